package com.oriflame.privacy.policy;

/**
 * Properties of a purpose that objections, forms and decisions depend on.
 *
 * <p>Stability: stable.
 */
public enum PurposeTrait {
  /** A marketing-type purpose: blocked by the marketing objection (§6.1, R10). */
  MARKETING,
  /** Marketing by e-mail or SMS about similar goods (§2(2), R7, R8). */
  ELECTRONIC_MARKETING,
  /** Disclosure to third parties for their own marketing (§2, R9). */
  THIRD_PARTY_MARKETING,
  /** Customer satisfaction surveys (§2(14), §3.3, R15). */
  SURVEY,
  /** Making data publicly available (§1.1, R6). */
  PUBLICATION,
  /** Kept for closed accounts: legal compliance, fraud, debts, disputes, enforcement, faults (§6.2, R29). */
  SURVIVES_ACCOUNT_CLOSURE,
  /**
   * Strictly necessary to run the site safely (§2(13), §8.1): the only purposes besides legal
   * obligations that need no acceptance of the policy on record.
   */
  STRICTLY_NECESSARY,
  /**
   * Disclosure of the subject base to the buyer of a business or its assets (§3.3, R17): the only
   * purpose that may give data to business buyers, and only while such a transfer is recorded.
   */
  BUSINESS_TRANSFER
}
