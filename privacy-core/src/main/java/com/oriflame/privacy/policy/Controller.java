package com.oriflame.privacy.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * The operator (controller; in the law's words the holder of personal data arrays).
 *
 * <p>Stability: stable.
 *
 * @param name names in Kyrgyz, Russian and English
 * @param address postal address as published
 * @param country ISO 3166-1 alpha-2 country code
 */
public record Controller(@NotNull @Valid Labels name, @NotBlank String address, @NotBlank String country) {

  /**
   * Rejects missing fields.
   *
   * @param name names in Kyrgyz, Russian and English
   * @param address postal address as published
   * @param country ISO 3166-1 alpha-2 country code
   */
  public Controller {
    name = Objects.requireNonNullElse(name, Labels.none());
    Objects.requireNonNull(address, "controller address");
    Objects.requireNonNull(country, "controller country");
  }
}
