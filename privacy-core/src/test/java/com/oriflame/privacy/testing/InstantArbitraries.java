package com.oriflame.privacy.testing;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.EventKind;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RetentionRule;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for instants around the edges where decisions change: a grant, a withdrawal,
 * an objection, the expiry of a consent's validity, a minor's coming of age (R5), the end of a
 * contract or account (R29) and the end of a retention period. Each instant is an edge or one
 * second, one minute or one day on either side of it, and shrinks to the first edge itself.
 * Dates are read in the policy's zone, as the engine does unless its builder sets another.
 * Shipped in the core's test-jar.
 */
public final class InstantArbitraries {
  private InstantArbitraries() {}

  private static final List<Duration> OFFSETS = List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(1),
      Duration.ofMinutes(-1), Duration.ofMinutes(1), Duration.ofDays(-1), Duration.ofDays(1));

  /**
   * @param edges the edges (at least one)
   * @return an edge, or an instant one second, minute or day before or after one
   */
  public static Arbitrary<Instant> around(Collection<Instant> edges) {
    if (edges.isEmpty()) {
      throw new IllegalArgumentException("around(edges) needs at least one edge instant, got none");
    }
    List<Instant> sorted = new ArrayList<>(new TreeSet<>(edges));
    return Combinators.combine(Arbitraries.of(sorted), Arbitraries.of(OFFSETS)).as(Instant::plus);
  }

  /**
   * @param policy the policy (consent validity, retention periods, majority age, zone)
   * @param profile the subject's profile
   * @param history the subject's events
   * @param fallback the instant to use when the subject has no edge at all
   * @return instants around the edges of {@link #edges}, or around {@code fallback} if there are none
   */
  public static Arbitrary<Instant> edgeInstants(Policy policy, SubjectProfile profile, List<ConsentEvent> history, Instant fallback) {
    List<Instant> edges = edges(policy, profile, history);
    return around(edges.isEmpty() ? List.of(fallback) : edges);
  }

  /**
   * The edges of a subject's story, in time order: every event's instant; the expiry of every
   * grant whose purpose has a validity; the day the subject comes of age; the end of the contract
   * and the closure of the account; the end of every retention period that runs from the contract's
   * end, the last activity or a withdrawal.
   *
   * @param policy the policy
   * @param profile the subject's profile
   * @param history the subject's events
   * @return the edges, each once, earliest first
   */
  public static List<Instant> edges(Policy policy, SubjectProfile profile, List<ConsentEvent> history) {
    ZoneId zone = policy.zone();
    TreeSet<Instant> edges = new TreeSet<>();
    for (ConsentEvent e : history) {
      edges.add(e.effectiveAt());
      if (e.kind() == EventKind.CONSENT_GRANTED) {
        for (PurposeId id : ((ConsentGranted) e).purposes()) {
          policy.purposes().find(id).flatMap(Purpose::consent).flatMap(ConsentTerms::validity)
              .ifPresent(validity -> edges.add(plus(e.effectiveAt(), validity, zone)));
        }
      }
    }
    profile.majorityAt(policy.minors().majorityAge(), zone).ifPresent(edges::add);
    Optional<Instant> end = profile.contract().flatMap(Contract::end).or(profile::accountClosedAt);
    end.ifPresent(edges::add);
    profile.accountClosedAt().ifPresent(edges::add);
    for (RetentionRule rule : policy.retentionRules()) {
      switch (rule.trigger()) {
        case END_OF_CONTRACT -> {
          end.ifPresent(at -> edges.add(plus(at, rule.period(), zone)));
        }
        case LAST_ACTIVITY -> {
          profile.lastActivity().ifPresent(at -> edges.add(plus(at, rule.period(), zone)));
        }
        case WITHDRAWAL -> history.stream().filter(e -> e.kind() == EventKind.CONSENT_WITHDRAWN)
            .map(e -> plus(((ConsentWithdrawn) e).effectiveAt(), rule.period(), zone)).forEach(edges::add);
        case COLLECTION, PURPOSE_FULFILLED -> { }
      }
    }
    return List.copyOf(edges);
  }

  private static Instant plus(Instant from, Period period, ZoneId zone) {
    return from.atZone(zone).plus(period).toInstant();
  }
}
