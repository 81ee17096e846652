package com.oriflame.privacy.policy;

import jakarta.validation.constraints.Min;

/**
 * How aggregate-only recipients receive data (§3.3, R13).
 *
 * <p>Stability: stable.
 *
 * @param minimumGroupSize groups smaller than this are suppressed
 * @param engineeringDefault whether the size is an engineering default rather than policy text
 *     (the policy only gives an example, "about 500 people under 30")
 */
public record AggregationTerms(@Min(2) int minimumGroupSize, boolean engineeringDefault) {

  /**
   * @throws IllegalArgumentException if the size is below 2
   *
   * @param minimumGroupSize groups smaller than this are suppressed
   * @param engineeringDefault whether the size is an engineering default rather than policy text
   *     (the policy only gives an example, "about 500 people under 30")
   */
  public AggregationTerms {
    if (minimumGroupSize < 2) {
      throw new IllegalArgumentException(
          "minimum group size must be at least 2, was " + minimumGroupSize);
    }
  }
}
