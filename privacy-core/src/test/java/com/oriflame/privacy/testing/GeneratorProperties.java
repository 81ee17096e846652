package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyLinter;
import com.oriflame.privacy.policy.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.Tuple.Tuple3;

/**
 * The generators keep their promises, on the bundled policy and on random small and large valid
 * policies: histories the ledger accepts, profiles of the kind asked for, requests with known ids,
 * instants around the edges, and invariants that hold for the real engine whatever the policy.
 */
class GeneratorProperties {
  static final Policy BUNDLED = Policies.oriflameKyrgyzstan2017();
  static final Instant T0 = Scenarios.T0;
  static final SubjectId A = SubjectId.of("a");

  @Provide
  Arbitrary<Policy> policies() {
    return Arbitraries.oneOf(Arbitraries.just(BUNDLED), PrivacyArbitraries.validPolicies(),
        PrivacyArbitraries.largeValidPolicies());
  }

  @Provide
  Arbitrary<Tuple3<Policy, SubjectProfile, List<ConsentEvent>>> histories() {
    return policies().flatMap(p -> SubjectArbitraries.profiles(p, A, T0)
        .flatMap(profile -> EventArbitraries.histories(p, profile, T0).map(h -> Tuple.of(p, profile, h))));
  }

  private static PrivacyEngine engine(Policy policy, Instant now) {
    return PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(new MutableClock(now)).build();
  }

  @Property(tries = 200)
  @Label("every generated history is in time order, takes effect when recorded and is accepted by the ledger")
  void historiesAreAccepted(@ForAll("histories") Tuple3<Policy, SubjectProfile, List<ConsentEvent>> world) {
    List<ConsentEvent> events = world.get3();
    Instant last = T0;
    for (ConsentEvent e : events) {
      assertTrue(e.effectiveAt().isAfter(last), e::toString);
      assertEquals(e.effectiveAt(), e.recordedAt());
      last = e.effectiveAt();
    }
    PrivacyEngine engine = engine(world.get1(), last.plusSeconds(1));
    engine.subjects().save(world.get2(), Scenarios.VALID_FROM);
    for (ConsentEvent e : events) {
      assertTrue(engine.consents().append(e).appended(), () -> Scenario.describe(e));
    }
  }

  @Provide
  Arbitrary<Tuple3<Policy, SubjectArbitraries.Kind, SubjectProfile>> profiles() {
    return policies().flatMap(p -> Arbitraries.of(SubjectArbitraries.Kind.class)
        .flatMap(k -> SubjectArbitraries.profiles(k, p, A, T0).map(profile -> Tuple.of(p, k, profile))));
  }

  @Property(tries = 200)
  @Tag("R5")
  @Tag("R29")
  @Label("R5 R29 every profile is of its kind at the reference instant")
  void profilesAreOfTheirKind(@ForAll("profiles") Tuple3<Policy, SubjectArbitraries.Kind, SubjectProfile> p) {
    Policy policy = p.get1();
    SubjectProfile profile = p.get3();
    boolean minor = EventArbitraries.minorAt(policy, profile, T0);
    boolean guardian = profile.providedCategories().stream().anyMatch(c -> c.covers(policy.minors().guardianCategory()));
    Instant yearAway = T0.plus(Duration.ofDays(366));
    switch (p.get2()) {
      case ADULT -> assertTrue(!minor && profile.birthDate().isPresent()
          && profile.contract().filter(c -> c.inForceAt(T0)).isPresent());
      case MINOR_WITH_GUARDIAN -> assertTrue(minor && guardian);
      case MINOR_WITHOUT_GUARDIAN -> assertTrue(minor && !guardian);
      case TERMINATED_CONSULTANT -> assertTrue(!minor
          && profile.contract().flatMap(Contract::end).filter(end -> end.isBefore(yearAway)).isPresent());
      case CLOSED_ACCOUNT -> assertTrue(!minor && profile.accountClosedAt().filter(c -> c.isBefore(yearAway)).isPresent());
      case UNKNOWN_AGE -> assertTrue(profile.birthDate().isEmpty());
    }
  }

  @Provide
  Arbitrary<Tuple2<Policy, Request>> requests() {
    return policies().flatMap(p -> RequestArbitraries.requests(p, A, InstantArbitraries.around(List.of(T0)))
        .map(r -> Tuple.of(p, r)));
  }

  @Property(tries = 200)
  @Label("requests name the policy's ids, categories their purpose covers and a recipient for every disclosure")
  void requestsFitTheirPolicy(@ForAll("requests") Tuple2<Policy, Request> pr) {
    Policy policy = pr.get1();
    Request r = pr.get2();
    Purpose p = policy.purpose(r.purpose());
    assertTrue(r.categories().stream().allMatch(p::allows), r::toString);
    assertFalse(r.operation().discloses() && !p.recipients().isEmpty() && r.recipient().isEmpty(), r::toString);
    engine(policy, T0).check(r);
  }

  @Property(tries = 100)
  @Label("instants around edges lie within a day of an edge (of the fallback if the subject has none)")
  void instantsAroundEdges(@ForAll("histories") Tuple3<Policy, SubjectProfile, List<ConsentEvent>> world) {
    List<Instant> found = InstantArbitraries.edges(world.get1(), world.get2(), world.get3());
    List<Instant> edges = found.isEmpty() ? List.of(T0) : found;
    Instant t = InstantArbitraries.edgeInstants(world.get1(), world.get2(), world.get3(), T0).sample();
    assertTrue(edges.stream().anyMatch(e -> Duration.between(e, t).abs().compareTo(Duration.ofDays(1)) <= 0), t::toString);
  }

  @Property(tries = 20)
  @Label("large valid policies lint without errors and are large")
  void largePolicies(@ForAll("large") Policy policy) {
    assertFalse(PolicyLinter.lint(policy).hasErrors(), () -> PolicyLinter.lint(policy).toString());
    assertTrue(policy.purposes().size() >= 8 && policy.categories().size() >= 6);
  }

  @Provide
  Arbitrary<Policy> large() {
    return PrivacyArbitraries.largeValidPolicies();
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return policies().flatMap(p -> Arbitraries.of(Invariant.class).flatMap(i -> Scenarios.of(i, p)));
  }

  @Property(tries = 300)
  @Label("every invariant holds for the engine on any valid policy: the kit never blames a correct engine")
  void invariantsHoldOnValidPolicies(@ForAll("scenarios") Scenario scenario) {
    InvariantChecks.run(EngineUnderTest.of(engine(scenario.policy(), scenario.now())), scenario);
  }
}
