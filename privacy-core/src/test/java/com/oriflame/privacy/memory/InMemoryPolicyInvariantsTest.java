package com.oriflame.privacy.memory;

import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.testing.PolicyInvariants;

/** The bundled policy on the in-memory engine keeps every policy invariant. */
class InMemoryPolicyInvariantsTest extends PolicyInvariants {
  @Override
  protected Policy policy() {
    return Policies.oriflameKyrgyzstan2017();
  }
}
