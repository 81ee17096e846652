package com.oriflame.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The supported range of instants and dates: years 1900 to 9999. Values outside it are refused
 * where they enter (the API, readers, stores), so arithmetic on them (periods, ages, zones) never
 * overflows and a stored absurd value cannot make a decision throw. Not API.
 */
public final class Instants {
  /** The earliest supported instant, 1900-01-01T00:00:00Z. */
  public static final Instant MIN = Instant.parse("1900-01-01T00:00:00Z");
  /** The latest supported instant, 9999-12-31T23:59:59.999999Z. */
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");
  private static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  private static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  private Instants() {}

  /**
   * @param value an instant, or {@code null}
   * @param what what it is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if it lies outside years 1900 to 9999
   */
  public static Instant supported(Instant value, String what) {
    if (value != null && (value.isBefore(MIN) || value.isAfter(MAX))) {
      throw new IllegalArgumentException(what + " " + value + " is outside the supported range, years 1900 to 9999");
    }
    return value;
  }

  /**
   * @param value a date, or {@code null}
   * @param what what it is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException if it lies outside years 1900 to 9999
   */
  public static LocalDate supported(LocalDate value, String what) {
    if (value != null && (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE))) {
      throw new IllegalArgumentException(what + " " + value + " is outside the supported range, years 1900 to 9999");
    }
    return value;
  }
}
