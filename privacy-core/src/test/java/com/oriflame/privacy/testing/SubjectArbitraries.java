package com.oriflame.privacy.testing;

import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.Policy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators for subject profiles under a policy, by kind: adults, minors with (or without)
 * their guardian identified (R5), Consultants whose contract was terminated, closed accounts (R29)
 * and subjects of unknown age. Each kind holds at the reference instant {@code at}, read in the
 * policy's zone; the contract starts a day before it. Every profile provided every top-level
 * category of the policy (a minor without guardian: all but the guardian's), bought skin care
 * ({@code "skin-care"}, for R8) and has no blockings, holds or restrictions.
 *
 * <p>Profiles shrink toward the edge of their kind: an adult to one who came of age on that very
 * day, a minor to one who comes of age the next day, a termination or closure to {@code at}
 * itself. Shipped in the core's test-jar.
 */
public final class SubjectArbitraries {
  private SubjectArbitraries() {}

  /** The kinds of subject the generators make, in the order they shrink to. */
  public enum Kind {
    /** Of age, a contract in force. */
    ADULT,
    /** Under the age of majority; the guardian's identity provided (R5). */
    MINOR_WITH_GUARDIAN,
    /** Under the age of majority; the guardian's identity not provided (R5). */
    MINOR_WITHOUT_GUARDIAN,
    /** Of age; the contract ended within a year of the reference instant. */
    TERMINATED_CONSULTANT,
    /** Of age; the account closed within a year of the reference instant, ending the contract (R29). */
    CLOSED_ACCOUNT,
    /** No birth date known (R5: nothing resting on acceptance or consent may be permitted). */
    UNKNOWN_AGE
  }

  /**
   * @param policy the policy (its categories, majority age and zone)
   * @param subject the subject
   * @param at the reference instant
   * @return profiles of every {@link Kind}, adults most often
   */
  public static Arbitrary<SubjectProfile> profiles(Policy policy, SubjectId subject, Instant at) {
    return Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.just(Kind.ADULT)),
            Tuple.of(2, Arbitraries.just(Kind.MINOR_WITH_GUARDIAN)),
            Tuple.of(1, Arbitraries.of(Kind.MINOR_WITHOUT_GUARDIAN, Kind.TERMINATED_CONSULTANT,
                Kind.CLOSED_ACCOUNT, Kind.UNKNOWN_AGE)))
        .flatMap(kind -> profiles(kind, policy, subject, at));
  }

  /**
   * @param kind the kind of subject
   * @param policy the policy
   * @param subject the subject
   * @param at the reference instant
   * @return profiles of that kind
   */
  public static Arbitrary<SubjectProfile> profiles(Kind kind, Policy policy, SubjectId subject, Instant at) {
    return switch (kind) {
      case ADULT -> adults(policy, subject, at);
      case MINOR_WITH_GUARDIAN -> minors(policy, subject, at, true);
      case MINOR_WITHOUT_GUARDIAN -> minors(policy, subject, at, false);
      case TERMINATED_CONSULTANT -> terminatedConsultants(policy, subject, at);
      case CLOSED_ACCOUNT -> closedAccounts(policy, subject, at);
      case UNKNOWN_AGE -> adults(policy, subject, at).map(p -> p.toBuilder().birthDate(null).build());
    };
  }

  /**
   * @param policy the policy
   * @param subject the subject
   * @param at the reference instant
   * @return adults (aged from the majority age to sixty years over it) with a contract in force,
   *     sometimes requiring a credit assessment (R14) or owing money (R19)
   */
  public static Arbitrary<SubjectProfile> adults(Policy policy, SubjectId subject, Instant at) {
    int majority = policy.minors().majorityAge();
    Arbitrary<LocalDate> born = Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 364))
        .as((years, days) -> today(policy, at).minusYears(majority + years).minusDays(days));
    return Combinators.combine(born, Arbitraries.of(false, true), Arbitraries.of(false, true))
        .as((birth, credit, owes) -> base(subject, roots(policy, true)).birthDate(birth)
            .contract(Contract.since(at.minus(Duration.ofDays(1))).withCreditAssessmentRequired(credit))
            .openMonetaryClaim(owes)
            .build());
  }

  /**
   * @param policy the policy
   * @param subject the subject
   * @param at the reference instant
   * @return minors with the guardian's identity provided (the policy's guardian category, R5),
   *     coming of age from the day after {@code at} (they shrink to that edge) up to the majority age
   *     in years later
   */
  public static Arbitrary<SubjectProfile> minorsWithGuardians(Policy policy, SubjectId subject, Instant at) {
    return minors(policy, subject, at, true);
  }

  private static Arbitrary<SubjectProfile> minors(Policy policy, SubjectId subject, Instant at, boolean guardian) {
    int majority = policy.minors().majorityAge();
    Arbitrary<LocalDate> born = Combinators.combine(Arbitraries.integers().between(0, majority - 1),
            Arbitraries.integers().between(0, 364))
        .as((younger, days) -> today(policy, at).plusDays(1L + days).plusYears(younger).minusYears(majority));
    return born.map(birth -> base(subject, roots(policy, guardian)).birthDate(birth)
        .contract(Contract.since(at.minus(Duration.ofDays(1)))).build());
  }

  /**
   * @param policy the policy
   * @param subject the subject
   * @param at the reference instant
   * @return adult Consultants whose contract (begun two years before {@code at}) ended up to a
   *     year before or after {@code at}
   */
  public static Arbitrary<SubjectProfile> terminatedConsultants(Policy policy, SubjectId subject, Instant at) {
    return Combinators.combine(adults(policy, subject, at), Arbitraries.integers().between(-365, 365))
        .as((adult, days) -> adult.toBuilder()
            .contract(Contract.since(at.minus(Duration.ofDays(730))).withEnd(at.plus(Duration.ofDays(days)))).build());
  }

  /**
   * @param policy the policy
   * @param subject the subject
   * @param at the reference instant
   * @return adults whose account was closed (and contract ended with it) up to a year before or
   *     after {@code at} (§6.2, R29)
   */
  public static Arbitrary<SubjectProfile> closedAccounts(Policy policy, SubjectId subject, Instant at) {
    return Combinators.combine(adults(policy, subject, at), Arbitraries.integers().between(-365, 365))
        .as((adult, days) -> {
          Instant closed = at.plus(Duration.ofDays(days));
          return adult.toBuilder().contract(Contract.since(at.minus(Duration.ofDays(730))).withEnd(closed))
              .accountClosedAt(closed).build();
        });
  }

  private static LocalDate today(Policy policy, Instant at) {
    return at.atZone(policy.zone()).toLocalDate();
  }

  private static SubjectProfile.Builder base(SubjectId subject, Set<CategoryId> provided) {
    return SubjectProfile.builder(subject).providedCategories(provided).productLines(List.of("skin-care"));
  }

  /** The policy's top-level categories; without the guardian's identity, those that do not cover it. */
  static Set<CategoryId> roots(Policy policy, boolean withGuardian) {
    CategoryId guardian = policy.minors().guardianCategory();
    Set<CategoryId> roots = new LinkedHashSet<>();
    for (DataCategory c : policy.categories()) {
      if (c.id().parent().isEmpty() && (withGuardian || !c.id().covers(guardian))) {
        roots.add(c.id());
      }
    }
    return roots;
  }
}
