package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.decision.FastPathAgreementTest.World;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.testing.PrivacyArbitraries;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The compact state {@code filter} keeps per subject and campaign shape (a {@link DecisionSpan}:
 * the answer and the span of instants it holds for, two longs and a bit) agrees with the full rule
 * table ({@link DecisionEngine#decide(Request, SubjectRecord, java.util.function.Supplier)}) at
 * every instant of the span: random policies and the bundled one, random profiles, histories,
 * requests, and instants around every edge of the subject's story, plus the span's first instant,
 * its last, and one inside. A request whose shape has no key gets an empty span (answered for its
 * own instant only).
 */
class CompactStateAgreementTest {

  @Property(tries = 300)
  void compactStateAgreesWithFullEvaluationOnRandomPolicies(@ForAll("randomWorlds") World w) {
    agree(w, ZoneId.of("Asia/Bishkek"));
  }

  @Property(tries = 300)
  void compactStateAgreesWithFullEvaluationOnTheBundledPolicy(@ForAll("bundledWorlds") World w) {
    agree(w, w.policy().zone());
  }

  private static void agree(World w, ZoneId zone) {
    DecisionEngine engine = DecisionEngine.of(w.policy(), zone);
    SubjectSnapshot snapshot = engine.snapshot(FastPathAgreementTest.SUBJECT, w.record());
    for (Request r : w.requests()) {
      for (Instant built : w.instants()) {
        Request asked = engine.resolve(r.withInstant(built), built);
        DecisionSpan span = engine.span(asked, snapshot, List::of);
        assertEquals(engine.decide(asked, w.record(), List::of).permitted(), span.permitted(),
            () -> "the compact answer disagrees at its own instant " + built + " on " + asked);
        Object key = engine.spanKey(asked);
        if (key == null) {
          assertTrue(span.untilNanos() <= span.fromNanos(), "a request without key has an empty span");
          continue;
        }
        assertEquals(key, engine.spanKey(asked.withInstant(null)), "the key holds no instant");
        assertTrue(span.contains(built) || DecisionSpan.nanosOf(built) == Long.MIN_VALUE
            || span.untilNanos() <= span.fromNanos(), () -> "the span " + span + " misses its own instant " + built);
        List<Instant> probes = new ArrayList<>(w.instants());
        probes.addAll(inside(span));
        for (Instant at : probes) {
          if (span.contains(at)) {
            Request then = engine.resolve(r.withInstant(at), at);
            assertEquals(span.permitted(), engine.decide(then, w.record(), List::of).permitted(),
                () -> "the compact answer kept from " + built + " disagrees at " + at + " on " + then + " (" + span + ")");
          }
        }
      }
    }
  }

  /** The span's first and last instant and its middle, where they are instants. */
  private static List<Instant> inside(DecisionSpan span) {
    List<Instant> at = new ArrayList<>();
    long from = Math.max(span.fromNanos(), -2_208_988_800_000_000_000L); // 1900
    long until = Math.min(span.untilNanos(), 9_000_000_000_000_000_000L); // 2255
    if (from < until) {
      at.add(instant(from));
      at.add(instant(until - 1));
      at.add(instant(from / 2 + until / 2));
    }
    return at;
  }

  private static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
  }

  @Property(tries = 50)
  void requestsTheFastPathCannotKeyHaveNoKey(@ForAll("bundledWorlds") World w) {
    DecisionEngine engine = DecisionEngine.of(w.policy(), w.policy().zone());
    for (Request r : w.requests()) {
      if (r.recipient().isPresent() || r.operation().disposes()) {
        assertNull(engine.spanKey(r));
      }
    }
  }

  @Provide
  Arbitrary<World> randomWorlds() {
    return PrivacyArbitraries.validPolicies().flatMap(FastPathAgreementTest::worlds);
  }

  @Provide
  Arbitrary<World> bundledWorlds() {
    return FastPathAgreementTest.worlds(Policies.oriflameKyrgyzstan2017());
  }
}
