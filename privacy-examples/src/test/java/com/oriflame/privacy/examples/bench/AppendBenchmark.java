package com.oriflame.privacy.examples.bench;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.examples.bench.Workload.Store;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.testing.Consultants;
import com.oriflame.privacy.testing.MutableClock;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Consent events appended with their audit records: {@code appendWithAudit}, one event in its own
 * transaction (a grant, then a withdrawal, in turn over 100 registered subjects, one millisecond
 * apart); {@code appendAllWithAudit}, a batch of {@value #BATCH} such events in one transaction
 * ({@code consents().appendAll}, one chain-head lock): events per second = {@value #BATCH} / time.
 */
@State(Scope.Benchmark)
public class AppendBenchmark {
  private static final Evidence CAF = Evidence.of(Channel.CAF_PAPER, "CAF");
  private static final int SUBJECTS = 100;
  static final int BATCH = 100;

  @Param({"memory", "h2", "postgres"})
  String store;
  private PrivacyEngine engine;
  private MutableClock clock;
  private final SubjectId[] subjects = new SubjectId[SUBJECTS];
  private long appended;

  @Setup
  public void setUp() {
    clock = MutableClock.at(Workload.REGISTERED);
    engine = PrivacyEngine.builder().policy(Workload.POLICY).stores(Store.of(store + "/0").open()).clock(clock).build();
    for (int i = 0; i < SUBJECTS; i++) {
      subjects[i] = Consultants.register(engine, clock, SubjectId.of(Workload.id(i)), Workload.REGISTERED);
    }
  }

  @Benchmark
  public Object appendWithAudit() {
    long k = appended++;
    clock.advance(Duration.ofMillis(1));
    SubjectId subject = subjects[(int) (k % SUBJECTS)];
    return (k / SUBJECTS) % 2 == 0 ? engine.consents().grant(subject, Workload.SMS, CAF) : engine.consents().withdraw(subject, Workload.SMS, CAF);
  }

  @Benchmark
  public Object appendAllWithAudit() {
    List<ConsentEvent> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      long k = appended++;
      clock.advance(Duration.ofMillis(1));
      Instant at = clock.instant();
      SubjectId subject = subjects[(int) (k % SUBJECTS)];
      EventId id = EventId.of("bench-" + store + "-" + k);
      Set<PurposeId> sms = Set.of(Workload.SMS.id());
      batch.add((k / SUBJECTS) % 2 == 0 ? new ConsentGranted(id, subject, sms, Workload.POLICY.version(), at, at, CAF)
          : new ConsentWithdrawn(id, subject, sms, Workload.POLICY.version(), at, at, CAF));
    }
    return engine.consents().appendAll(batch);
  }
}
