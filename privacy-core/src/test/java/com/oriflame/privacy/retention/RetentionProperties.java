package com.oriflame.privacy.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Laws of retention planning and execution (§6.2, R29, Law L7). */
class RetentionProperties {
  static final Policy POLICY = Policies.oriflameKyrgyzstan2017();
  static final ZoneId ZONE = POLICY.zone();
  static final Instant BASE = Instant.parse("2012-01-01T00:00:00Z");
  static final List<CategoryId> CATEGORIES = List.of(CategoryId.of("identity"), CategoryId.of("identity.tax-id"),
      CategoryId.of("contact.email"), CategoryId.of("financial"), CategoryId.of("guardian"), CategoryId.of("device"),
      CategoryId.of("commerce"), CategoryId.of("credential"), CategoryId.of("content"));

  /** One subject's facts: a profile as of the epoch of its history, its register holds, and the instant planned for. */
  record World(SubjectProfile profile, List<LegalHold> holds, Instant at) {}

  static Arbitrary<Instant> instant() {
    return Arbitraries.longs().between(0, Duration.ofDays(365L * 16).toSeconds()).map(BASE::plusSeconds);
  }

  @Provide
  Arbitrary<World> worlds() {
    SubjectId s = SubjectId.of("s");
    Arbitrary<SubjectProfile> profiles = Combinators.combine(instant(), instant().optional(), instant().optional(),
        instant().optional(), Arbitraries.of(HoldReason.class).set().ofMaxSize(2)).as((start, end, closed, active, flags) -> {
          SubjectProfile.Builder b = SubjectProfile.builder(s).legalHolds(flags);
          b.contract(Contract.since(start).withEnd(end.filter(e -> e.isAfter(start)).orElse(null)));
          closed.ifPresent(b::accountClosedAt);
          active.ifPresent(b::lastActivity);
          return b.build();
        });
    Arbitrary<LegalHold> holds = Combinators.combine(Arbitraries.of(HoldReason.class), instant(), instant().optional(),
        Arbitraries.of(CATEGORIES).set().ofMaxSize(2), Arbitraries.integers().between(0, 9999)).as((reason, start, end, cats, n) ->
            new LegalHold("h" + n, s, reason, "case " + n, cats, Set.of(), start, end.filter(e -> e.isAfter(start))));
    return Combinators.combine(profiles, holds.list().ofMaxSize(3).uniqueElements(LegalHold::id), instant()).as(World::new);
  }

  static List<PlannedAction> plan(World w, List<HeldAction> held) {
    RetentionPlanner planner = RetentionPlanner.of(POLICY, ZONE, Map.of("src", Set.of(CategoryId.of("identity"),
        CategoryId.of("contact"), CategoryId.of("device"))));
    List<PlannedAction> due = new ArrayList<>();
    planner.plan(w.profile().id(), List.of(new ProfileVersion(BASE, w.profile())), List.of(), w.holds(), w.at(),
        new RetentionPlanner.Sink() {
          @Override
          public void due(PlannedAction action) {
            due.add(action);
          }

          @Override
          public void held(HeldAction action) {
            held.add(action);
          }
        });
    return due;
  }

  @Property(tries = 400)
  @Tag("R29")
  void neverBeforeThePeriodEnds(@ForAll("worlds") World w) {
    SubjectProfile p = w.profile();
    for (PlannedAction a : plan(w, new ArrayList<>())) {
      RetentionRule rule = POLICY.retentionRule(a.rule());
      assertFalse(a.dueAt().isAfter(w.at()), "due after the instant planned for");
      // the period has run, by the instant, from the fact the rule's trigger names, read independently of the planner
      List<Instant> from = new ArrayList<>();
      switch (rule.trigger()) {
        case END_OF_CONTRACT -> from.add(p.contract().flatMap(Contract::end).filter(e -> !e.isAfter(w.at()))
            .orElseGet(() -> p.accountClosedAt().orElseThrow()));
        case LAST_ACTIVITY -> from.add(p.lastActivity().filter(x -> !x.isAfter(w.at())).orElse(BASE));
        case COLLECTION -> {
          from.add(BASE);
          p.lastActivity().filter(x -> !x.isAfter(w.at())).ifPresent(from::add);
          p.accountClosedAt().filter(x -> !x.isAfter(w.at())).ifPresent(from::add);
          p.contract().flatMap(Contract::end).filter(x -> !x.isAfter(w.at())).ifPresent(from::add);
          p.contract().map(Contract::start).filter(x -> !x.isAfter(w.at())).ifPresent(from::add);
        }
        default -> throw new AssertionError("no withdrawal was generated, so no " + rule.trigger() + " action can be due");
      }
      for (Instant f : from) {
        assertFalse(f.atZone(ZONE).plus(rule.period()).toInstant().isAfter(w.at()),
            () -> a.rule() + " due before its period ran from " + f + ": " + a);
      }
    }
  }

  @Property(tries = 400)
  @Tag("R29")
  void neverWhileAHoldApplies(@ForAll("worlds") World w) {
    List<HeldAction> held = new ArrayList<>();
    for (PlannedAction a : plan(w, held)) {
      for (CategoryId c : a.categories()) {
        for (LegalHold h : w.holds()) {
          if (h.activeAt(w.at())) {
            assertFalse(keeps(h.categories().isEmpty() ? reasonCategories(h.reason()) : h.categories(), c),
                () -> "hold " + h + " keeps " + c + " but " + a + " acts on it");
          }
        }
        for (HoldReason flag : w.profile().legalHolds()) {
          assertFalse(keeps(reasonCategories(flag), c), () -> "the hold flag " + flag + " keeps " + c + " but " + a + " acts on it");
        }
      }
    }
    for (HeldAction h : held) {
      assertFalse(h.reasons().isEmpty());
    }
  }

  @Property(tries = 200)
  @Tag("R29")
  void eachReasonCitesItsRuleAndClauses(@ForAll("worlds") World w) {
    for (PlannedAction a : plan(w, new ArrayList<>())) {
      assertTrue(a.reason().startsWith(a.rule().value() + " ("), a.reason());
      for (ClauseRef c : POLICY.retentionRule(a.rule()).clauses()) {
        assertTrue(a.reason().contains(c.value()), a.reason());
      }
      assertEquals(POLICY.retentionRule(a.rule()).action(), a.operation());
    }
  }

  private static Set<CategoryId> reasonCategories(HoldReason reason) {
    Set<CategoryId> result = new java.util.HashSet<>();
    for (Purpose p : POLICY.purposes()) {
      if (p.holds().contains(reason)) {
        result.addAll(p.categories());
      }
    }
    return result;
  }

  private static boolean keeps(Set<CategoryId> kept, CategoryId c) {
    return kept.stream().anyMatch(k -> k.covers(c) || c.covers(k));
  }

  // ---- execution

  /** A subject base of closed and ended contracts, some held, and a source holding their data. */
  record Base(int subjects, int held, int batch, int crashAfter) {}

  @Provide
  Arbitrary<Base> bases() {
    return Combinators.combine(Arbitraries.integers().between(1, 12), Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(1, 7), Arbitraries.integers().between(0, 30)).as(Base::new);
  }

  private static final class Run {
    final MutableClock clock = MutableClock.at("2015-01-01T00:00:00Z");
    final InMemoryStores stores = InMemoryStores.create();
    final PrivacyEngine engine = PrivacyEngine.builder().policy(POLICY).stores(stores).clock(clock).build();
    final MemorySource source = new MemorySource("shop", Set.of(CategoryId.of("identity"), CategoryId.of("financial"),
        CategoryId.of("credential"), CategoryId.of("device")));

    Run(Base b) {
      for (int i = 0; i < b.subjects(); i++) {
        SubjectId s = SubjectId.of("subject-" + i);
        Instant end = Instant.parse("2016-01-01T00:00:00Z").plus(Duration.ofDays(97L * i));
        engine.subjects().save(SubjectProfile.builder(s).contract(Contract.since(clock.instant()).withEnd(end)).build(), clock.instant());
        source.hold(s, CategoryId.of("identity.full-name"), CategoryId.of("financial.bank-details"), CategoryId.of("credential.password"),
            CategoryId.of("device.os"));
        if (i < b.held()) {
          engine.retention().holds().place(LegalHold.builder(s, HoldReason.FRAUD_PREVENTION, "F-" + i).id("hold-" + i)
              .categories(List.of(CategoryId.of("financial"))));
        }
      }
      clock.set("2024-01-01T00:00:00Z");
    }

    long audited() {
      long[] n = {0};
      engine.audit().scan(1, r -> n[0] += r.action().equals("retention.applied") ? 1 : 0);
      return n[0];
    }
  }

  @Property(tries = 60)
  @Tag("R29")
  void runningAPlanTwiceEqualsOnce(@ForAll("bases") Base b) {
    Run once = new Run(b);
    RetentionPlan p1 = once.engine.retention().plan(List.of(once.source));
    once.engine.retention().execute(p1, List.of(once.source), b.batch(), RetentionProgress.NONE);

    Run twice = new Run(b);
    RetentionPlan p2 = twice.engine.retention().plan(List.of(twice.source));
    assertEquals(p1.actions().stream().map(PlannedAction::id).toList(), p2.actions().stream().map(PlannedAction::id).toList());
    twice.engine.retention().execute(p2, List.of(twice.source), b.batch(), RetentionProgress.NONE);
    ExecutionReport again = twice.engine.retention().execute(p2, List.of(twice.source), b.batch(), RetentionProgress.NONE);

    assertEquals(0, again.applied());
    assertEquals(p2.actions().size(), again.alreadyApplied());
    assertEquals(once.source.snapshot(), twice.source.snapshot());
    assertEquals(once.source.changes.get(), twice.source.changes.get());
    assertEquals(once.audited(), twice.audited());
    assertEquals(p1.actions().size(), twice.audited());
    assertTrue(twice.engine.verifyAudit().intact());
    for (int i = 0; i < Math.min(b.held(), b.subjects()); i++) {
      assertEquals("held", twice.source.state(SubjectId.of("subject-" + i), CategoryId.of("financial.bank-details")));
    }
  }

  @Property(tries = 60)
  @Tag("R29")
  void aCrashMidWayResumes(@ForAll("bases") Base b) {
    Run clean = new Run(b);
    RetentionPlan plan = clean.engine.retention().plan(List.of(clean.source));
    clean.engine.retention().execute(plan, List.of(clean.source), b.batch(), RetentionProgress.NONE);

    Run crashed = new Run(b);
    RetentionPlan same = crashed.engine.retention().plan(List.of(crashed.source));
    crashed.source.crashAfter(b.crashAfter());
    List<ExecutionReport> progress = new ArrayList<>();
    boolean died = false;
    try {
      crashed.engine.retention().execute(same, List.of(crashed.source), b.batch(), progress::add);
    } catch (MemorySource.Crash e) {
      died = true;
    }
    for (int i = 1; i < progress.size(); i++) {
      assertTrue(progress.get(i).processed() > progress.get(i - 1).processed(), "progress moves forward");
    }
    crashed.source.crashAfter(-1);
    // a new process: a new engine on the same stores, planning again and running the rest
    PrivacyEngine restarted = PrivacyEngine.builder().policy(POLICY).stores(crashed.stores).clock(crashed.clock).build();
    ExecutionReport rest = restarted.retention().execute(same, List.of(crashed.source), b.batch(), RetentionProgress.NONE);
    assertTrue(rest.complete(), rest.toString());
    if (!died) {
      assertEquals(0, rest.applied());
    }
    assertEquals(clean.source.snapshot(), crashed.source.snapshot());
    assertEquals(clean.audited(), crashed.audited(), "each action is audited once");
    assertEquals(Optional.empty(), Optional.ofNullable(restarted.verifyAudit().intact() ? null : "broken"));
  }
}
