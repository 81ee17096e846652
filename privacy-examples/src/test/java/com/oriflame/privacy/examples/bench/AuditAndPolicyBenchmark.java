package com.oriflame.privacy.examples.bench;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.LintReport;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyLinter;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** {@code verifyAudit} over a ledger of many records (in memory); loading and linting the bundled policy. */
public class AuditAndPolicyBenchmark {
  /** An in-memory ledger of {@code records} grants and withdrawals, each with its audit record. */
  @State(Scope.Benchmark)
  public static class Ledger {
    @Param("100000")
    int records;
    PrivacyEngine engine;

    @Setup
    public void setUp() {
      MutableClock clock = MutableClock.at(Workload.REGISTERED);
      engine = PrivacyEngine.builder().policy(Workload.POLICY).stores(InMemoryStores.create()).clock(clock).build();
      Evidence caf = Evidence.of(Channel.CAF_PAPER, "CAF");
      SubjectId[] subjects = Workload.subjects(1_000).toArray(new SubjectId[0]);
      for (int k = 0; k < records; k++) {
        clock.advance(Duration.ofSeconds(1));
        SubjectId s = subjects[k % subjects.length];
        if ((k / subjects.length) % 2 == 0) {
          engine.consents().grant(s, Workload.SMS, caf);
        } else {
          engine.consents().withdraw(s, Workload.SMS, caf);
        }
      }
      VerificationResult result = engine.verifyAudit();
      if (!result.intact() || result.verified() < records) {
        throw new IllegalStateException("the ledger does not verify: " + result);
      }
    }
  }

  @Benchmark
  public VerificationResult verifyAudit(Ledger ledger) {
    return ledger.engine.verifyAudit();
  }

  @Benchmark
  public Policy policyLoadAndLint() {
    return Policies.loadResource(Policies.ORIFLAME_KG_2017_RESOURCE);
  }

  @Benchmark
  public LintReport policyLint() {
    return PolicyLinter.lint(Workload.POLICY);
  }
}
