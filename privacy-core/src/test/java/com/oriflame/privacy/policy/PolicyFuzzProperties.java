package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.DecisionEngine;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.decision.SubjectRecord;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing of policy files: mutated copies of the bundled policy ({@link PolicyMutants}) are read,
 * linted and, when clean, used for decisions. Whatever the bytes, reading throws only {@link
 * PolicyFormatException} (with a 1-based line and column and a short message) and linting only
 * {@link InvalidPolicyException}; each input is answered within {@value #BOUND_MILLIS} ms; and a
 * policy that reads and lints clean can decide every purpose and cookie category without an
 * exception.
 *
 * <p>2,000 tries in the normal build; {@code -Dprivacy.fuzz.tries=10000} (or the Maven profile
 * {@code fuzz}, which sets it) runs more.
 */
class PolicyFuzzProperties {
  /** The system property that sets the number of tries. */
  static final String TRIES = "privacy.fuzz.tries";
  /**
   * CPU time of this thread allowed for reading and linting one input: the 2 s, measured as
   * CPU time so that a loaded CI machine does not fail the bound (the slowest input takes about
   * 100 ms; the quadratic suggestion search took 5–8 s).
   */
  static final long BOUND_MILLIS = 2_000;
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
  /** The longest message a {@link PolicyFormatException} may have for the source name used here. */
  static final int MAX_MESSAGE = 1_000;
  private static final List<Instant> INSTANTS = List.of(
      Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2020-06-01T12:00:00Z"), Instant.parse("9999-12-31T23:59:59Z"));
  private static final SubjectId SUBJECT = SubjectId.of("fuzz-subject");
  private static final BrowserId BROWSER = BrowserId.of("fuzz-browser");

  static {
    // the first reads load classes and compile hot code; keep that out of the time bound
    for (int i = 0; i < 5; i++) {
      Policies.requireValid(PolicyReader.read(new ByteArrayInputStream(PolicyMutants.BUNDLED), "warm-up"), "warm-up");
    }
  }

  /** Sets the tries from {@value #TRIES} when it is given; the annotation's count otherwise. */
  static final class Tries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      String tries = System.getProperty(TRIES);
      if (tries != null && !tries.isBlank()) {
        context.attributes().setTries(Integer.parseInt(tries.trim()));
      }
      return property.execute();
    }

    @Override
    public int aroundPropertyProximity() {
      return -100; // outermost: the tries must be set before the property starts
    }
  }

  @Provide
  Arbitrary<PolicyMutants.Mutant> mutants() {
    return PolicyMutants.mutants();
  }

  @Property(tries = 2_000)
  @AddLifecycleHook(Tries.class)
  @Tag("fuzz")
  @Label("any bytes: only our exceptions, at a place, quickly; a clean policy can decide")
  void mutatedPolicies(@ForAll("mutants") PolicyMutants.Mutant mutant) {
    Policy policy = null;
    String outcome;
    long start = THREADS.getCurrentThreadCpuTime();
    try {
      policy = Policies.requireValid(PolicyReader.read(new ByteArrayInputStream(mutant.bytes()), "fuzz.json"), "fuzz.json");
      outcome = "clean";
    } catch (PolicyFormatException e) {
      outcome = "PolicyFormatException";
      assertTrue(e.line() >= 1 && e.column() >= 1, () -> "no place: " + e.getMessage());
      assertTrue(e.problem() != null && !e.problem().isBlank(), () -> "no problem: " + e.getMessage());
      assertTrue(e.getMessage().length() <= MAX_MESSAGE, () -> e.getMessage().length() + " characters: "
          + e.getMessage().substring(0, 200));
    } catch (InvalidPolicyException e) {
      outcome = "InvalidPolicyException";
    }
    long millis = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
    assertTrue(millis < BOUND_MILLIS, () -> "took " + millis + " ms of CPU");
    Statistics.label("outcome").collect(outcome);
    if (policy != null) {
      decideEverything(policy);
    }
  }

  /**
   * Every purpose with all its categories, and every cookie category, at the edges of the supported
   * time range, for an unknown subject and for one who accepted the policy and gave every consent on
   * the first supported day (so that consent validities and retention periods run from 1900).
   */
  private static void decideEverything(Policy policy) {
    DecisionEngine engine = DecisionEngine.of(policy, policy.zone());
    Instant first = INSTANTS.get(0);
    for (SubjectRecord record : List.of(SubjectRecord.NONE, consentedOn(policy, first))) {
      for (Instant at : INSTANTS) {
        for (Purpose p : policy.purposes()) {
          Request request = Request.of(SUBJECT, p.id(), p.categories()).withInstant(at);
          assertNotNull(engine.decide(request, record, List::of));
          assertNotNull(engine.decide(request.withDataCollectedAt(first), record, List::of));
        }
        for (CookieCategory c : policy.cookieCategories()) {
          assertNotNull(engine.decideCookies(BROWSER, c.id(), at, record));
          assertNotNull(engine.decideCookies(SUBJECT, c.id(), at, record));
        }
      }
    }
  }

  /** The subject accepted the policy and gave every consent, through a grant channel, at {@code at}. */
  private static SubjectRecord consentedOn(Policy policy, Instant at) {
    List<ConsentEvent> events = new ArrayList<>();
    events.add(new PolicyAccepted(EventId.of("accepted"), SUBJECT, policy.version(), at, at, Evidence.of(Channel.CAF_WEB, "fuzz")));
    for (Purpose p : policy.purposes()) {
      if (p.consent().isPresent()) {
        Channel channel = p.consent().get().grantChannels().stream().findFirst().orElse(Channel.CAF_WEB);
        events.add(new ConsentGranted(EventId.of("granted-" + events.size()), SUBJECT, Set.of(p.id()), policy.version(),
            at, at, Evidence.of(channel, "fuzz")));
      }
    }
    return new SubjectRecord(List.of(), events);
  }
}
