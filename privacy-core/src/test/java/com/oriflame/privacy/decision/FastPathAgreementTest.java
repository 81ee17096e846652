package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.testing.EventArbitraries;
import com.oriflame.privacy.testing.InstantArbitraries;
import com.oriflame.privacy.testing.PrivacyArbitraries;
import com.oriflame.privacy.testing.RequestArbitraries;
import com.oriflame.privacy.testing.SubjectArbitraries;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The fast path ({@link DecisionEngine#decide(Request, SubjectSnapshot, java.util.function.Supplier)},
 * which reuses permits within the intervals of a subject's snapshot) and the full rule table
 * ({@link DecisionEngine#decide(Request, SubjectRecord, java.util.function.Supplier)}) give the
 * same decision on every request: random policies and the bundled one, random profiles (with a
 * later second version), histories, requests, and instants at the edges of the subject's story,
 * a nanosecond, second, minute or day on either side. Each request is asked at several instants on
 * one snapshot, in turn, so reused permits are checked against the full table too; and again
 * without its instant, decided for that instant as "now" ({@link DecisionEngine#decide(Request,
 * Instant, SubjectSnapshot, java.util.function.Supplier)}), which must not copy the request.
 */
class FastPathAgreementTest {
  private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  static final SubjectId SUBJECT = SubjectId.of("fast-path-subject");

  /** One subject's world: policy, records, and requests each asked at several instants. */
  record World(Policy policy, SubjectRecord record, List<Request> requests, List<Instant> instants) {
    @Override
    public String toString() {
      return "World[" + policy.id() + ", " + record.profileHistory() + ", " + record.events().size() + " events, requests "
          + requests + ", instants " + instants + "]";
    }
  }

  @Property(tries = 300)
  void fastPathAgreesWithFullEvaluationOnRandomPolicies(@ForAll("randomWorlds") World w) {
    agree(w, ZoneId.of("Asia/Bishkek"));
  }

  @Property(tries = 300)
  void fastPathAgreesWithFullEvaluationOnTheBundledPolicy(@ForAll("bundledWorlds") World w) {
    agree(w, w.policy().zone());
  }

  private static void agree(World w, ZoneId zone) {
    DecisionEngine engine = DecisionEngine.of(w.policy(), zone);
    SubjectSnapshot snapshot = engine.snapshot(SUBJECT, w.record());
    List<Request> open = w.requests().stream().map(r -> r.withInstant(null)).toList();
    for (int round = 0; round < 2; round++) {
      for (int k = 0; k < open.size(); k++) {
        Request r = w.requests().get(k);
        for (Instant at : w.instants()) {
          Request asked = engine.resolve(r.withInstant(at), at);
          Decision full = engine.decide(asked, w.record(), List::of);
          Decision fast = engine.decide(asked, snapshot, List::of);
          assertEquals(full, fast, () -> "fast path disagrees at " + at + " on " + asked);
          // the same request without its instant, decided for "now": no copy, the same reasons
          Request now = open.get(k);
          Decision asIs = engine.decide(now, at, snapshot, List::of);
          assertSame(now, asIs instanceof Decision.Permit p ? p.request() : ((Decision.Deny) asIs).request());
          assertEquals(at, asIs.at());
          assertEquals(List.of(full.permitted(), full.legalBasis(), full.reasons(), full.obligations(), full.revision()),
              List.of(asIs.permitted(), asIs.legalBasis(), asIs.reasons(), asIs.obligations(), asIs.revision()),
              () -> "fast path on a request without instant disagrees at " + at + " on " + asked);
          if (asIs.permitted() && now.resolution().memoizable && snapshot.interval(at) != Integer.MIN_VALUE) {
            assertSame(asIs, engine.decide(now, at, snapshot, List::of), "a reused permit for the same request and instant");
          }
        }
      }
    }
  }

  @Provide
  Arbitrary<World> randomWorlds() {
    return PrivacyArbitraries.validPolicies().flatMap(FastPathAgreementTest::worlds);
  }

  @Provide
  Arbitrary<World> bundledWorlds() {
    return worlds(Policies.oriflameKyrgyzstan2017());
  }

  static Arbitrary<World> worlds(Policy policy) {
    Arbitrary<SubjectProfile> profiles = SubjectArbitraries.profiles(policy, SUBJECT, T0);
    return Combinators.combine(profiles, profiles, Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 400))
        .as((first, second, versions, laterDays) -> {
          List<ProfileVersion> history = new ArrayList<>();
          if (versions > 0) {
            history.add(new ProfileVersion(T0.minus(Duration.ofDays(30)), first));
          }
          if (versions > 1) {
            history.add(new ProfileVersion(T0.plus(Duration.ofDays(laterDays)), second));
          }
          return history;
        })
        .flatMap(history -> {
          SubjectProfile profile = history.isEmpty() ? SubjectProfile.empty(SUBJECT) : history.get(0).profile();
          return EventArbitraries.histories(policy, profile, T0).flatMap(events -> {
            List<Instant> edges = new ArrayList<>(InstantArbitraries.edges(policy, profile, events));
            history.forEach(v -> edges.add(v.validFrom()));
            edges.add(T0);
            Arbitrary<Instant> at = Combinators.combine(InstantArbitraries.around(edges), Arbitraries.of(0L, 1L, -1L))
                .as(Instant::plusNanos);
            Arbitrary<List<Request>> requests = RequestArbitraries.requests(policy, SUBJECT, at).list().ofMinSize(1).ofMaxSize(4);
            return Combinators.combine(requests, at.list().ofMinSize(1).ofMaxSize(5))
                .as((rs, instants) -> new World(policy, new SubjectRecord(history, events), rs, instants));
          });
        });
  }

}
