package com.oriflame.privacy.policy;

/**
 * Channels through which consents, objections, requests and notices arrive or are given.
 *
 * <p>Stability: stable.
 */
public enum Channel {
  /** The Consultant Application Form on paper (§0). Evidence carries the form number. */
  CAF_PAPER,
  /** The Consultant Application Form on the website (§0). */
  CAF_WEB,
  /** Other forms on the website, e.g. site registration (§1.1). */
  WEBSITE_FORM,
  /** The tick box in the settings of the subject's account (§2, §6.1). */
  ACCOUNT_SETTINGS,
  /** E-mail to customer service (§2, §3.3, §6.1, §6.2, §10). */
  EMAIL,
  /** A call to customer support (§2, §3.3, §6.1, §6.2, §10). */
  PHONE,
  /** A written communication on paper (§1.1 "in writing"). */
  WRITTEN,
  /** Publication on the website, e.g. a changed policy (§9). */
  WEBSITE,
  /** Availability at the company's premises (§9). */
  PREMISES,
  /** The browser's own cookie settings (§8). */
  BROWSER_SETTINGS,
  /** A migration of records from another system; not a channel the policy names. */
  BULK_IMPORT
}
