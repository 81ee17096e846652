package com.oriflame.privacy.decision;

import java.util.List;

/**
 * The decision rules, in the order their reasons are listed. A reviewer reads this table first:
 * each entry is one small class whose Javadoc names the policy rules (R-numbers of the English
 * rendering's "Rules for software") and the clauses it implements. {@link DecisionEngine#decide}
 * is a loop over the table; the README prints it.
 *
 * <p>Engine rules that no R-number states get an id of their own, cited by reasons like the
 * R-numbers: E1 unknown subject, E2 purpose limitation, E3 recipients, E4 erasure, E5 restriction,
 * E6 retention, E7 contract, E8 bases that rest on acceptance, E9 strictly necessary, E10 default
 * deny, E11 store failure.
 */
final class Rules {
  static final String UNKNOWN_SUBJECT = "E1";
  static final String PURPOSE_LIMITATION = "E2";
  static final String RECIPIENTS = "E3";
  static final String ERASED = "E4";
  static final String RESTRICTED = "E5";
  static final String RETENTION = "E6";
  static final String CONTRACT = "E7";
  static final String ACCEPTED_BASIS = "E8";
  static final String STRICTLY_NECESSARY = "E9";
  static final String DEFAULT_DENY = "E10";
  static final String STORE_FAILURE = "E11";

  /** Every processing request, unless it disposes of data whose retention has run out. */
  static final List<Rule> PROCESSING = List.of(
      new KnownSubject(),        // E1
      new Erasure(),             // E4, §6.2
      new PurposeCategories(),   // E2, R6 (§2, §1.1)
      new PurposeOperations(),   // R20 (§2)
      new ProvidedCategories(),  // R4 (§1.1)
      new NeverStored(),         // R23 (§4)
      new Credentials(),         // R25 (§5)
      new RecipientScope(),      // E3, R13, R15, R24 (§3.3)
      new Processors(),          // R21 (§2)
      new Conditions(),          // R8, R14, R16, R18, R19, R21, R30 (§2, §3.2, §3.3, §7)
      new LegalGrounds(),        // R18 (§2(16), §3.3)
      new BusinessBuyers(),      // R17 (§3.1, §3.3)
      new CrossBorder(),         // R22 (§4, §3.2)
      new BlockedData(),         // R39 (Law)
      new Restrictions(),        // E5
      new AccountClosure(),      // R29 (§6.2)
      new LegalHolds(),          // R29 (§6.2)
      new Retention(),           // E6, R29 (§6.2, Law L7)
      new Objections(),          // R9, R10, R12 (§2, §3.3, §6.1)
      new Acceptance(),          // R2, R5 (§0, §9, Art. 9)
      new Minors(),              // R5 (§1.1)
      new ConsentBasis(),        // R5, R6, R7, R9, R11, R15, R34 (§1.1, §2(2), §6.1, §9)
      new ContractBasis(),       // E7, R29 (§2(1), §2(3), §6.2)
      new OtherBases(),          // R18, E8, E9 (§2(4), §2(13), §2(16))
      new Notifications());      // R40 (Art. 24)

  /**
   * Depersonalization, blocking or destruction of data whose every category's retention has run
   * out: what the retention rules ask for, whatever became of the purpose's basis.
   */
  static final List<Rule> DISPOSAL = List.of(
      new KnownSubject(),        // E1
      new PurposeCategories(),   // E2
      new LegalHolds(),          // R29 (§6.2)
      new Disposal());           // E6

  /** Essential cookies (§8.1): always, whatever was chosen; no store is read. */
  static final List<CookieRule> ESSENTIAL_COOKIES = List.of(new EssentialCookies()); // R32

  /** Every other cookie category (§8.2–§8.4). */
  static final List<CookieRule> COOKIES = List.of(
      new CookieRefusal(),       // R33 (§8)
      new CookieObjections(),    // R10 (§6.1, §8.4)
      new CookieBasis());        // R33, R5 (§8, Art. 9)

  private Rules() {}
}
