package com.oriflame.privacy.examples;

import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.testing.PolicyInvariants;

/** Every policy invariant holds for the bundled policy on the default (in-memory) engine. */
class OurPolicyInvariantsTest extends PolicyInvariants {
  @Override
  protected Policy policy() {
    return Policies.oriflameKyrgyzstan2017(); // yours: PolicyReader.read(Path.of("src/main/resources/our-policy.json"))
  }
}
