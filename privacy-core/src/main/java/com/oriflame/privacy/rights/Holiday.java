package com.oriflame.privacy.rights;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A public holiday (a non-working day) of a {@link WorkingCalendar}.
 *
 * <p>Stability: experimental.
 *
 * @param date the day
 * @param name what it is, e.g. {@code "Nooruz"}
 */
public record Holiday(LocalDate date, String name) {

  /**
   * Rejects a missing date; a missing name becomes empty.
   *
   * @param date the day
   * @param name what it is
   */
  public Holiday {
    Objects.requireNonNull(date, "holiday date is missing");
    name = name == null ? "" : name;
  }
}
