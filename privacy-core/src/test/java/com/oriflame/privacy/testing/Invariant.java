package com.oriflame.privacy.testing;

import java.util.List;
import java.util.Optional;

/**
 * The policy invariants {@link PolicyInvariants} checks, each with a stable id, a name and the
 * rules of the policy it restates (R-numbers of the English rendering's "Rules for software",
 * E-numbers of the engine's own rules). Ids never change meaning; new invariants get new ids.
 */
public enum Invariant {
  /** R7: from a withdrawal on, until the next grant, a request for the purpose is denied as withdrawn. */
  WITHDRAWAL_WINS("withdrawal-wins", "withdrawalWins",
      "a withdrawal denies the purpose from its recorded instant until the next grant", "R7"),
  /**
   * R10: while the subject objects to marketing (every objection without a recipient scope raised),
   * every marketing-type purpose (traits marketing, electronic marketing, third-party marketing) is
   * denied by an objection; so is a purpose whose covering objection is in force.
   */
  OBJECTIONS_BLOCK_MARKETING("objections-block-marketing", "objectionsBlockMarketing",
      "an objection to marketing blocks every marketing-type purpose", "R10"),
  /** E2 (purpose limitation, §2) and R6: a request naming a category its purpose does not cover is denied. */
  FOREIGN_CATEGORIES_DENIED("foreign-categories-denied", "foreignCategoriesDenied",
      "a category outside the purpose is denied", "E2", "R6"),
  /** R32: essential (strictly necessary) cookies are permitted whatever the holder chose. */
  ESSENTIAL_COOKIES_ALLOWED("essential-cookies-allowed", "essentialCookiesAllowed",
      "strictly necessary cookies are always allowed", "R32"),
  /** R13: a disclosure of identified or pseudonymised rows to an advertising recipient is denied. */
  ADVERTISING_AGGREGATES_ONLY("advertising-aggregates-only", "advertisingGetsAggregatesOnly",
      "advertising recipients get aggregates only", "R13"),
  /**
   * R5: a minor's processing that rests on acceptance or consent is permitted only with the
   * guardian's identity provided, the guardian's acceptance on record and, for a consent-based
   * purpose, the guardian's consent.
   */
  MINORS_NEED_GUARDIAN("minors-need-guardian", "minorsNeedTheirGuardian",
      "minors need their guardian", "R5"),
  /** {@code filter} permits exactly the subjects for whom {@code check} permits the same request. */
  FILTER_AGREES_WITH_CHECK("filter-agrees-with-check", "filterAgreesWithCheck",
      "filter agrees with check"),
  /**
   * R7, R12 (an act takes effect from its recorded instant): recording events and profile versions
   * that take effect after an instant does not change any decision at that instant.
   */
  NO_LOOK_AHEAD("no-look-ahead", "noLookAhead",
      "a decision at an instant never depends on events recorded later", "R7", "R12");

  private final String id;
  private final String property;
  private final String label;
  private final List<String> rules;

  Invariant(String id, String property, String label, String... rules) {
    this.id = id;
    this.property = property;
    this.label = label;
    this.rules = List.of(rules);
  }

  /** @return the stable id, e.g. {@code withdrawal-wins} */
  public String id() {
    return id;
  }

  /** @return what the invariant says, e.g. "withdrawal wins ..." */
  public String label() {
    return label;
  }

  /** @return the rules it restates, e.g. {@code [R7]}; empty for a law of the engine itself */
  public List<String> rules() {
    return rules;
  }

  /** @return the name of the {@link PolicyInvariants} property that checks it */
  public String property() {
    return property;
  }

  /**
   * @param property a property method's name
   * @return the invariant that property checks
   */
  public static Optional<Invariant> ofProperty(String property) {
    for (Invariant i : values()) {
      if (i.property.equals(property)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** @return id, label and rules, e.g. {@code withdrawal-wins (R7): a withdrawal denies ...} */
  @Override
  public String toString() {
    return id + (rules.isEmpty() ? "" : " " + rules) + ": " + label;
  }
}
