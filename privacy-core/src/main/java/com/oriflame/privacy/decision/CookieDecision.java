package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.PolicyRevision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whether cookies of one category may be set for a subject or visitor (§8, R32, R33), with every
 * reason, like any other {@link Decision}.
 *
 * <p>Stability: stable.
 *
 * @param holder the subject or the visitor's browser id
 * @param category the cookie category
 * @param at the instant decided for
 * @param permitted whether the cookies may be set
 * @param legalBasis the cookie category's legal basis
 * @param reasons why: every failing condition, or the grounds of the permit
 * @param revision the policy revision (R1)
 */
public record CookieDecision(
    Holder holder, CookieCategoryId category, Instant at, boolean permitted, LegalBasis legalBasis, List<Reason> reasons,
    PolicyRevision revision) implements Decision {

  /**
   * Copies reasons; rejects missing fields and reasons that contradict the outcome.
   *
   * @param holder the subject or the visitor's browser id
   * @param category the cookie category
   * @param at the instant decided for
   * @param permitted whether the cookies may be set
   * @param legalBasis the cookie category's legal basis
   * @param reasons why: every failing condition, or the grounds of the permit
   * @param revision the policy revision (R1)
   */
  public CookieDecision {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(legalBasis, "legalBasis");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty() || reasons.stream().anyMatch(r -> r.code().permits() != permitted)) {
      throw new IllegalArgumentException("a cookie decision has at least one reason, each agreeing with the outcome");
    }
    Objects.requireNonNull(revision, "revision");
  }

  @Override
  public List<Obligation> obligations() {
    return List.of();
  }

  @Override
  public String topic() {
    return category.value();
  }
}
