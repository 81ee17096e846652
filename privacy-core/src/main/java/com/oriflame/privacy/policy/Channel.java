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
  BULK_IMPORT;

  /**
   * The channel's name in Kyrgyz, Russian and English, as decisions' facts and access reports
   * print it.
   *
   * @return the labels
   */
  public Labels labels() {
    return switch (this) {
      case CAF_PAPER -> Labels.of("кагаз CAF", "CAF на бумаге", "CAF on paper");
      case CAF_WEB -> Labels.of("сайттагы CAF", "CAF на сайте", "CAF on the web");
      case WEBSITE_FORM -> Labels.of("сайттагы форма", "форма на сайте", "website form");
      case ACCOUNT_SETTINGS -> Labels.of("эсеп жөндөөлөрү", "настройки учётной записи", "account settings");
      case EMAIL -> Labels.of("электрондук почта", "электронная почта", "e-mail");
      case PHONE -> Labels.of("телефон", "телефон", "phone");
      case WRITTEN -> Labels.of("кат", "письмо", "letter");
      case WEBSITE -> Labels.of("вебсайт", "веб-сайт", "website");
      case PREMISES -> Labels.of("ишкананын имараты", "помещения компании", "premises");
      case BROWSER_SETTINGS -> Labels.of("браузердин жөндөөлөрү", "настройки браузера", "browser settings");
      case BULK_IMPORT -> Labels.of("массалык импорт", "массовый импорт", "bulk import");
    };
  }
}
