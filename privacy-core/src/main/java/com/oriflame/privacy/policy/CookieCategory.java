package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cookie category of §8 (R32, R33). Essential cookies are never consent-based ({@link
 * LintCode#ESSENTIAL_COOKIE_CONSENT}).
 *
 * <p>Stability: stable.
 *
 * @param id the category's id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses that describe it
 * @param kind which of the four functions of §8 it is
 * @param legalBasis the basis it relies on
 * @param thirdParty whether third-party cookies belong to it (§8.4)
 * @param purposes purposes the cookies serve
 * @param categories data categories the cookies hold
 * @param refusalChannels how the subject may refuse them (the policy: the browser only)
 * @param refusalEffect what the user is told happens if they are refused
 */
public record CookieCategory(
    @NotNull @Valid CookieCategoryId id,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotNull CookieKind kind,
    @NotNull LegalBasis legalBasis,
    boolean thirdParty,
    @NotNull Set<@Valid PurposeId> purposes,
    @NotNull Set<@Valid CategoryId> categories,
    @NotNull Set<Channel> refusalChannels,
    @NotNull @Valid Labels refusalEffect) {

  /**
   * Copies collections; rejects missing required fields.
   *
   * @param id the category's id
   * @param labels names in Kyrgyz, Russian and English
   * @param clauses the clauses that describe it
   * @param kind which of the four functions of §8 it is
   * @param legalBasis the basis it relies on
   * @param thirdParty whether third-party cookies belong to it (§8.4)
   * @param purposes purposes the cookies serve
   * @param categories data categories the cookies hold
   * @param refusalChannels how the subject may refuse them (the policy: the browser only)
   * @param refusalEffect what the user is told happens if they are refused
   */
  public CookieCategory {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    String of = " of cookie category " + id;
    clauses = Copies.list(clauses, "clauses" + of);
    Objects.requireNonNull(kind, () -> "kind" + of);
    Objects.requireNonNull(legalBasis, () -> "legal basis" + of);
    purposes = Copies.orderedSet(purposes, "purposes" + of);
    categories = Copies.orderedSet(categories, "categories" + of);
    refusalChannels = Copies.orderedSet(refusalChannels, "refusal channels" + of);
    refusalEffect = Objects.requireNonNullElse(refusalEffect, Labels.none());
  }
}
