package com.oriflame.privacy.policy;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A time limit for answering a request or carrying out a duty.
 *
 * <p>Stability: stable.
 *
 * @param amount how many units
 * @param unit calendar or working days
 * @param engineeringDefault whether this is a default rather than policy or statute text
 */
public record Deadline(@Min(0) int amount, @NotNull DeadlineUnit unit, boolean engineeringDefault) {

  /**
   * @throws IllegalArgumentException if {@code amount} is negative
   *
   * @param amount how many units
   * @param unit calendar or working days
   * @param engineeringDefault whether this is a default rather than policy or statute text
   */
  public Deadline {
    if (amount < 0) {
      throw new IllegalArgumentException("deadline must not be negative, was " + amount);
    }
    Objects.requireNonNull(unit, "unit");
  }

  @Override
  public String toString() {
    return amount
        + (unit == DeadlineUnit.WORKING_DAYS ? " working day" : " day")
        + (amount == 1 ? "" : "s")
        + (engineeringDefault ? " (default)" : "");
  }
}
