package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Recorded;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.testing.Consultants;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The guarantees under load and faults, on a real database (H2 and PostgreSQL subclasses): 8
 * threads × 2,000 appends lose and double nothing and the ledger verifies; with 30 % of statements
 * failing, 10,000 checks and 200 filters never permit what the data denies, and writes are all or
 * nothing.
 */
abstract class GuaranteesChecks {
  private static final Instant REGISTERED = Instant.parse("2024-01-02T10:00:00Z");
  private static final Instant NOW = Instant.parse("2024-02-01T09:00:00Z");
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");

  /** @return a data source on a new, empty database or schema */
  abstract DataSource dataSource();

  /** @return migrated stores on {@code ds} */
  abstract JdbcStores stores(DataSource ds);

  /** @return a short name of the database, for the figures */
  abstract String database();

  private Request smsTo(SubjectId s) {
    return Consultants.smsAboutSkinCare(policy, s);
  }

  @Test
  @DisplayName("8 threads × 2,000 appends (a tenth retried) lose nothing, double nothing and leave a ledger that verifies")
  void concurrentAppends() throws Exception {
    int threads = 8;
    int perThread = 2_000;
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores(dataSource())).build();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          int retriedStored = 0;
          for (int i = 0; i < perThread; i++) {
            SubjectId s = SubjectId.of(i % 2 == 0 ? "shared" : "own-" + thread);
            Instant at = NOW.plusSeconds(i);
            ConsentEvent g = new ConsentGranted(EventId.of("t" + thread + "-" + i), s, Set.of(sms.id()), policy.version(),
                at, at, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
            assertTrue(engine.consents().append(g).appended());
            if (i % 10 == 0) {
              Recorded again = engine.consents().append(g);
              assertFalse(again.appended());
              assertEquals(g, again.event());
              retriedStored++;
            }
          }
          return retriedStored;
        }));
      }
      for (Future<Integer> f : futures) {
        assertEquals(perThread / 10, f.get(10, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(threads * perThread / 2, engine.consents().history(SubjectId.of("shared")).size());
    for (int t = 0; t < threads; t++) {
      assertEquals(perThread / 2, engine.consents().history(SubjectId.of("own-" + t)).size());
    }
    assertEquals(threads * perThread, engine.audit().head().sequence(), "one audit record per append, none per retry");
    VerificationResult v = engine.verifyAudit();
    assertTrue(v.intact(), v::toString);
    System.out.printf("[guarantees] %s concurrent appends: %d threads x %d, %d retries, 0 lost, 0 doubled, ledger verified (%d ms)%n",
        database(), threads, perThread, threads * perThread / 10, millis);
  }

  @Test
  @DisplayName("with 30 % of statements failing, 10,000 checks and 200 filters never permit what the data denies; writes are all or nothing")
  void injectedFaults() {
    ProxyDataSource ds = new ProxyDataSource(dataSource());
    MutableClock clock = new MutableClock(NOW);
    // every check must read the (faulty) database: keep no subject snapshots
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores(ds)).clock(clock).cacheExpiry(java.time.Duration.ZERO).build();
    List<SubjectId> subjects = new ArrayList<>();
    Set<SubjectId> permittedWhenHealthy = new LinkedHashSet<>();
    for (int i = 0; i < 40; i++) {
      SubjectId s = SubjectId.of("subject-" + i);
      subjects.add(s);
      Consultants.register(engine, clock, s, REGISTERED);
      if (i % 2 == 0) {
        engine.consents().grant(s, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
        permittedWhenHealthy.add(s);
      }
    }
    for (SubjectId s : subjects) {
      assertEquals(permittedWhenHealthy.contains(s), engine.check(smsTo(s)).permitted());
    }

    Random random = new Random(8);
    ds.failing = sql -> random.nextInt(100) < 30;
    int checks = 10_000;
    int faulted = 0;
    int permitsUnderFault = 0;
    int permits = 0;
    for (int i = 0; i < checks; i++) {
      SubjectId s = subjects.get(random.nextInt(subjects.size()));
      int before = ds.failures.get();
      Decision d = engine.check(smsTo(s));
      boolean hit = ds.failures.get() != before;
      if (hit) {
        faulted++;
        if (d.permitted()) {
          permitsUnderFault++;
        } else {
          assertEquals(ReasonCode.STORE_UNAVAILABLE, d.reasons().get(0).code(), d::toString);
        }
      }
      if (d.permitted()) {
        permits++;
        assertTrue(permittedWhenHealthy.contains(s), "a fault must never permit what the data denies");
      }
    }
    assertEquals(0, permitsUnderFault, "a check that met a store fault denies");
    int filters = 200;
    for (int i = 0; i < filters; i++) {
      Set<SubjectId> got = engine.filter(subjects, smsTo(subjects.get(0)));
      assertTrue(permittedWhenHealthy.containsAll(got), "filter under faults permits a subset of the healthy answer");
    }
    // writes under faults: each returns (stored with its audit record) or throws StoreException (nothing stored)
    int writes = 500;
    int failedWrites = 0;
    List<ConsentEvent> returned = new ArrayList<>();
    for (int i = 0; i < writes; i++) {
      Instant at = NOW.plusSeconds(i);
      ConsentEvent g = new ConsentGranted(EventId.of("w-" + i), subjects.get(i % 40), Set.of(sms.id()), policy.version(),
          at, at, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
      try {
        returned.add(engine.consents().append(g).event());
      } catch (StoreException e) {
        failedWrites++;
      }
    }
    ds.failing = sql -> false;
    for (ConsentEvent e : returned) {
      assertTrue(engine.consents().history(e.holder()).contains(e));
    }
    VerificationResult v = engine.verifyAudit();
    assertTrue(v.intact(), () -> "every stored row has its audit record and vice versa: " + v);
    assertTrue(faulted > checks / 5 && failedWrites > 0, "the faults were real");
    System.out.printf("[guarantees] %s injected faults: 30 %% of statements failed; %d checks (%d met a fault, %d permits, 0 under a fault),"
        + " %d filters within the healthy answer, %d writes (%d failed whole, 0 half-written)%n",
        database(), checks, faulted, permits, filters, writes, failedWrites);
  }
}
