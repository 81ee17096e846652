package com.oriflame.privacy.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The law the policy follows.
 *
 * <p>Stability: stable.
 *
 * @param title the law's title in Kyrgyz, Russian and English
 * @param number its number, e.g. {@code "58"}
 * @param date the date it was signed
 */
public record Law(@NotNull @Valid Labels title, @NotBlank String number, @NotNull LocalDate date) {

  /**
   * Rejects missing fields.
   *
   * @param title the law's title in Kyrgyz, Russian and English
   * @param number its number, e.g. {@code "58"}
   * @param date the date it was signed
   */
  public Law {
    title = Objects.requireNonNullElse(title, Labels.none());
    Objects.requireNonNull(number, "law number");
    Objects.requireNonNull(date, "law date");
  }
}
