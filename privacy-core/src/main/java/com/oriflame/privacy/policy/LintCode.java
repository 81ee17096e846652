package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Implements;

/**
 * What a {@link PolicyLinter} finding is about, with its severity and the rule it enforces.
 *
 * <p>Stability: stable.
 */
public enum LintCode {
  /** Two elements of one kind share an id. */
  DUPLICATE_ID(Severity.ERROR, "ids must be unique within each kind of element"),
  /** A category id is referenced but not defined (R3). */
  @Implements({"R3"})
  DANGLING_CATEGORY(Severity.ERROR, "define the category or fix the reference"),
  /** A recipient id is referenced but not defined. */
  DANGLING_RECIPIENT(Severity.ERROR, "define the recipient or fix the reference"),
  /** A purpose id is referenced but not defined. */
  DANGLING_PURPOSE(Severity.ERROR, "define the purpose or fix the reference"),
  /** An objection id is referenced but not defined. */
  DANGLING_OBJECTION(Severity.ERROR, "define the objection or fix the reference"),
  /** A retention rule id is referenced but not defined. */
  DANGLING_RETENTION_RULE(Severity.ERROR, "define the retention rule or fix the reference"),
  /** A clause reference points to no clause of the catalogue. */
  DANGLING_CLAUSE(Severity.ERROR, "add the clause to 'clauses' or fix the reference"),
  /** An element cites no clause, so decisions about it could not say why. */
  MISSING_CLAUSE(Severity.ERROR, "cite the clauses the element comes from"),
  /** A category's parent is not defined (ids are hierarchical). */
  ORPHAN_CATEGORY(Severity.ERROR, "define the parent category, e.g. 'contact' for 'contact.email'"),
  /** A purpose has no legal basis. */
  MISSING_LEGAL_BASIS(Severity.ERROR, "give the purpose exactly one legal basis"),
  /** A consent-based purpose has no consent terms. */
  CONSENT_TERMS_MISSING(Severity.ERROR, "add 'consent' with grant and withdrawal channels"),
  /** A consent-based purpose cannot be withdrawn through any channel (§6.1, R7). */
  @Implements({"R7"})
  CONSENT_WITHOUT_WITHDRAWAL_CHANNEL(Severity.ERROR, "list the channels that accept a withdrawal"),
  /** A purpose that is not consent-based carries consent terms, which will be ignored. */
  CONSENT_TERMS_WITHOUT_CONSENT_BASIS(Severity.WARNING, "remove 'consent' or change the legal basis"),
  /**
   * Marketing that reaches the subject by e-mail or phone is not consent-based (§2, R7): a purpose
   * with the e-mail/SMS marketing trait, or any marketing-type purpose (marketing, survey) that
   * gives e-mail addresses or phone numbers to messaging providers, whatever traits it carries.
   */
  @Implements({"R7"})
  ELECTRONIC_MARKETING_WITHOUT_CONSENT(Severity.ERROR, "e-mail and SMS marketing needs the 'consent' basis"),
  /** A marketing purpose cannot be objected to (§6.1, R10). */
  @Implements({"R10"})
  MARKETING_NOT_OBJECTABLE(Severity.ERROR, "name the purpose in the marketing objection"),
  /** An objection would block a legal-obligation purpose (R10, R18). */
  @Implements({"R10", "R18"})
  OBJECTION_BLOCKS_LEGAL_OBLIGATION(Severity.ERROR, "legal duties cannot be objected to; remove the purpose"),
  /** An objection can be raised through no channel. */
  OBJECTION_WITHOUT_CHANNEL(Severity.ERROR, "list the channels that accept the objection"),
  /** A leaf category that is stored is governed by no retention rule. */
  CATEGORY_WITHOUT_RETENTION(Severity.ERROR, "add the category to a retention rule"),
  /** A never-stored category (online payment data) is stored by a purpose (§4, R23). */
  @Implements({"R23"})
  NEVER_STORED_CATEGORY_STORED(Severity.ERROR, "never store online payment data; drop the storing operations"),
  /** An advertising recipient may receive data about individuals (§3.3, R13). */
  @Implements({"R13"})
  ADVERTISING_NOT_AGGREGATE(Severity.ERROR, "advertising recipients get aggregates only: set dataForm 'aggregate-only'"),
  /** An aggregate-only recipient has no small-group suppression. */
  @Implements({"R13"})
  AGGREGATION_TERMS_MISSING(Severity.ERROR, "set 'aggregation.minimumGroupSize'"),
  /** A credit agency may receive data without the contract requiring a credit assessment (R14). */
  @Implements({"R14"})
  CREDIT_AGENCY_UNCONDITIONAL(Severity.ERROR, "add condition 'credit-assessment-required'"),
  /** Essential cookies are made consent-based (§8.1, R32). */
  @Implements({"R32"})
  ESSENTIAL_COOKIE_CONSENT(Severity.ERROR, "essential cookies are never consent-based"),
  /** The policy does not define each of the four cookie functions of §8 (R32). */
  @Implements({"R32"})
  COOKIE_KINDS_INCOMPLETE(Severity.WARNING, "define essential, performance, functional and behavioural-advertising cookies"),
  /** A label is missing in Kyrgyz, Russian or English. */
  MISSING_LABEL(Severity.ERROR, "give the label in ky, ru and en"),
  /** A collection form for a marketing purpose lacks the notice (§6.1, R11). */
  @Implements({"R11"})
  FORM_MISSING_NOTICE(Severity.ERROR, "add the notice to the form"),
  /** A collection form for a marketing purpose lacks the opt-out tick box (§6.1, R11). */
  @Implements({"R11"})
  FORM_MISSING_OPT_OUT_BOX(Severity.ERROR, "add the objection's tick box to the form"),
  /** A publication purpose covers a category that the Purchase-Sale Agreement does not make public (§1.1, R6). */
  @Implements({"R6"})
  PUBLICATION_BEYOND_AGREEMENT(Severity.ERROR, "only the five items of §1.1 may be published"),
  /** A purpose that survives account closure names no legal-hold reason, so it can never keep data past retention (R29). */
  @Implements({"R29"})
  SURVIVING_PURPOSE_WITHOUT_HOLD(Severity.ERROR, "list the hold reasons of §6.2 the purpose serves in 'holds'"),
  /** A cross-border transfer names a recipient not marked as possibly abroad (§4, R22). */
  @Implements({"R22"})
  TRANSFER_RECIPIENT_NOT_ABROAD(Severity.WARNING, "set 'mayBeAbroad' on the recipient"),
  /** The last revision of the change history is not the policy's own version (§9, R34). */
  @Implements({"R34"})
  REVISION_NOT_IN_HISTORY(Severity.WARNING, "append the current revision to 'changes.history'"),
  /** A purpose would disclose, transfer or hand a credential (the account password) to a recipient (§5, R25). */
  @Implements({"R25"})
  CREDENTIAL_DISCLOSED(Severity.ERROR, "credentials are never disclosed: drop the category, the recipients or the disclosing operations"),
  /** A purpose gives data to business buyers without being the business-transfer purpose (§3.1, §3.3, R17). */
  @Implements({"R17"})
  BUSINESS_BUYER_OUTSIDE_TRANSFER(Severity.ERROR,
      "only a purpose with trait 'business-transfer' may disclose to business buyers; data is never sold or traded"),
  /** A cross-border transfer names no destination country (§4, R22, Law Art. 30 register entry). */
  @Implements({"R22"})
  TRANSFER_WITHOUT_COUNTRY(Severity.ERROR, "list the ISO 3166-1 destination countries in 'countries'"),
  /** A purpose allows neither automated nor non-automated processing, so no request could ever use it (§2, R20). */
  @Implements({"R20"})
  PROCESSING_MODE_MISSING(Severity.ERROR, "list the processing modes the purpose uses in 'modes'"),
  /** A publication purpose does not rest on consent (§1.1: signing the Purchase-Sale Agreement is consent, R6). */
  @Implements({"R6"})
  PUBLICATION_WITHOUT_CONSENT(Severity.ERROR, "publication rests on the consent given by signing the agreement: use basis 'consent'"),
  /** A retention rule runs from a trigger the engine has no fact for, so it could never apply. */
  RETENTION_TRIGGER_UNSUPPORTED(Severity.ERROR,
      "use trigger 'collection', 'end-of-contract', 'last-activity' or 'withdrawal'"),
  /** A purpose names no data category, so no request could ever be made for it. */
  PURPOSE_WITHOUT_CATEGORIES(Severity.ERROR, "list the data categories the purpose uses in 'categories'"),
  /**
   * A retention period, a consent validity or a deadline is longer than 200 years: no real rule
   * needs it, and date arithmetic on it could leave the supported range of dates.
   */
  PERIOD_TOO_LONG(Severity.ERROR, "use at most 200 years (P200Y, P2400M, 73048 days)"),
  /**
   * A date of the policy (its effective date, a revision's publication date, the law's date) lies
   * outside the supported range of years 1900 to 9999.
   */
  DATE_OUT_OF_RANGE(Severity.ERROR, "use a date from 1900-01-01 to 9999-12-31"),
  /** The operator's register number is not set (Law Art. 30, R36). */
  @Implements({"R36"})
  REGISTER_NUMBER_MISSING(Severity.WARNING, "set 'registerNumber' or call Policy.withRegisterNumber");

  private final Severity severity;
  private final String hint;

  LintCode(Severity severity, String hint) {
    this.severity = severity;
    this.hint = hint;
  }

  /** @return how serious findings of this code are */
  public Severity severity() {
    return severity;
  }

  /** @return how to fix a finding of this code */
  public String hint() {
    return hint;
  }
}
