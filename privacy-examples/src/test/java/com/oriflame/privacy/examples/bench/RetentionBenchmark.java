package com.oriflame.privacy.examples.bench;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.examples.bench.Workload.Store;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.retention.LegalHold;
import com.oriflame.privacy.retention.RetentionPlan;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.spi.PersonalDataSource;
import com.oriflame.privacy.rights.SourceExport;
import com.oriflame.privacy.rights.SourceResult;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The nightly retention plan over the whole subject base (§6.2, R29): every subject with a contract
 * that ended between 2014 and 2022, one in a hundred under a debt hold; planned as of 2024-06-01.
 * Target: 1,000,000 subjects in memory under 10 s. On a database the planner reads each page of
 * 1,000 subjects with one set-based query per kind of record (ids, profiles, events, holds,
 * journal), never one per subject.
 *
 * <p>A plan over a million subjects holds several million actions: the fork gets an 8 GB heap.
 */
@Fork(jvmArgsAppend = "-Xmx8g")
public class RetentionBenchmark {
  static final Instant START = Instant.parse("2010-01-01T00:00:00Z");
  static final Instant FIRST_END = Instant.parse("2014-01-01T00:00:00Z");
  static final Instant AT = Instant.parse("2024-06-01T00:00:00Z");

  /** The engine over the subject base. */
  @State(Scope.Benchmark)
  public static class Base {
    @Param({"memory/1000000", "h2/20000"})
    String retentionBase;
    PrivacyEngine engine;
    List<PersonalDataSource> sources;

    @Setup
    public void setUp() {
      int n = Store.size(retentionBase);
      Stores stores = Store.of(retentionBase).open();
      MutableClock clock = MutableClock.at(START);
      engine = PrivacyEngine.builder().policy(Workload.POLICY).stores(stores).clock(clock).build();
      AuditDraft saved = new AuditDraft(START, "subject.saved", "", Workload.POLICY.version(), Map.of());
      for (int i = 0; i < n; i++) {
        SubjectId s = SubjectId.of(Workload.id(i));
        Instant end = FIRST_END.plus(Duration.ofHours(i % (24 * 365 * 9)));
        stores.subjects().save(new ProfileVersion(START, SubjectProfile.builder(s).contract(Contract.since(START).withEnd(end))
            .lastActivity(end).build()), saved);
        if (i % 100 == 7) {
          stores.legalHolds().save(LegalHold.builder(s, HoldReason.DEBT_COLLECTION, "invoice " + i).id("debt-" + i).build(START), saved);
        }
      }
      sources = List.of(new Source());
      RetentionPlan plan = plan();
      if (plan.subjects() != n || plan.actions().isEmpty() || plan.held().isEmpty()) {
        throw new IllegalStateException("the retention workload does not plan as designed: " + plan.summary());
      }
    }

    RetentionPlan plan() {
      return engine.retention().plan(AT, sources);
    }
  }

  /** A source the plan maps to; planning never calls it. */
  static final class Source implements PersonalDataSource {
    @Override
    public String id() {
      return "web-shop";
    }

    @Override
    public Set<CategoryId> categories() {
      return Set.of(CategoryId.of("identity"), CategoryId.of("contact"), CategoryId.of("financial"), CategoryId.of("commerce"));
    }

    @Override
    public SourceExport export(SubjectId subject, Set<CategoryId> categories) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SourceResult rectify(OperationKey key, SubjectId subject, Map<CategoryId, String> corrections) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SourceResult erase(OperationKey key, SubjectId subject, Set<CategoryId> categories) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SourceResult depersonalize(OperationKey key, SubjectId subject, Set<CategoryId> categories) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SourceResult block(OperationKey key, SubjectId subject, Set<CategoryId> categories) {
      throw new UnsupportedOperationException();
    }
  }

  @Benchmark
  public int plan(Base b) {
    return b.plan().actions().size();
  }
}
