package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.PolicyRevision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whether cookies of one category may be set for a subject or visitor (§8, R32, R33).
 *
 * @param holder the subject or the visitor's browser id
 * @param category the cookie category
 * @param at the instant decided for
 * @param permitted whether the cookies may be set
 * @param legalBasis the cookie category's legal basis
 * @param reasons why
 * @param revision the policy revision (R1)
 */
public record CookieDecision(
    Holder holder, CookieCategoryId category, Instant at, boolean permitted, LegalBasis legalBasis, List<Reason> reasons,
    PolicyRevision revision) {

  /** Copies reasons; rejects missing fields. */
  public CookieDecision {
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(legalBasis, "legalBasis");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(revision, "revision");
  }
}
