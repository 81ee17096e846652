package com.oriflame.privacy.policy;

import jakarta.validation.constraints.NotBlank;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Human-readable names of a policy element in Kyrgyz, Russian and English, for notices and
 * banners. A missing or blank language is kept as {@code null} so that {@link PolicyLinter} can
 * report it ({@link LintCode#MISSING_LABEL}) instead of failing the read.
 *
 * <p>Stability: stable.
 *
 * @param ky Kyrgyz label
 * @param ru Russian label
 * @param en English label
 */
public record Labels(@NotBlank String ky, @NotBlank String ru, @NotBlank String en) {

  /**
   * Blank labels are normalised to {@code null} (missing).
   *
   * @param ky Kyrgyz label
   * @param ru Russian label
   * @param en English label
   */
  public Labels {
    ky = blankToNull(ky);
    ru = blankToNull(ru);
    en = blankToNull(en);
  }

  /**
   * @param ky Kyrgyz label
   * @param ru Russian label
   * @param en English label
   * @return the labels
   */
  public static Labels of(String ky, String ru, String en) {
    return new Labels(ky, ru, en);
  }

  /** @return labels with no language given */
  public static Labels none() {
    return new Labels(null, null, null);
  }

  /**
   * @param language the language wanted
   * @return the label in that language, if given
   */
  public Optional<String> get(Language language) {
    return Optional.ofNullable(
        switch (language) {
          case KY -> ky;
          case RU -> ru;
          case EN -> en;
        });
  }

  /**
   * The label in {@code language}, else English, else any given label, else {@code fallback}.
   *
   * @param language the language wanted
   * @param fallback returned when no label is given at all
   * @return the best available label
   */
  public String in(Language language, String fallback) {
    return get(language)
        .or(() -> get(Language.EN))
        .or(() -> get(Language.RU))
        .or(() -> get(Language.KY))
        .orElse(fallback);
  }

  /** @return the languages with no label */
  public Set<Language> missing() {
    EnumSet<Language> missing = EnumSet.noneOf(Language.class);
    for (Language language : Language.values()) {
      if (get(language).isEmpty()) {
        missing.add(language);
      }
    }
    return missing;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
