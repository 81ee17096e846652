package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.testing.EngineUnderTest;
import com.oriflame.privacy.testing.PolicyInvariants;
import java.time.Clock;

/**
 * The bundled policy keeps every policy invariant on the JDBC adapter over H2: the kit run the way
 * a host runs it against its own engine configuration. Each try migrates a new database, so fewer
 * tries run than on the in-memory engine.
 */
class H2PolicyInvariantsTest extends PolicyInvariants {
  @Override
  protected Policy policy() {
    return Policies.oriflameKyrgyzstan2017();
  }

  @Override
  protected EngineUnderTest engine(Policy policy, Clock clock) {
    return EngineUnderTest.of(PrivacyEngine.builder().policy(policy).stores(H2Databases.stores()).clock(clock).build());
  }

  @Override
  protected int tries() {
    return 15;
  }
}
