package com.oriflame.privacy.policy;

import java.util.Locale;

/**
 * The three languages every label of the bundled policy is given in.
 *
 * <p>Stability: stable.
 */
public enum Language {
  /** Kyrgyz, the language of the original policy. */
  KY("ky"),
  /** Russian, the official language used alongside Kyrgyz. */
  RU("ru"),
  /** English, the engineering rendering. */
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** @return the BCP 47 language tag, e.g. {@code "ky"} */
  public String tag() {
    return tag;
  }

  /** @return the matching {@link Locale} */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }
}
