package com.oriflame.privacy.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * One ledger row as a store keeps it, for audit verification: its key, its canonical stored form,
 * or what makes it unreadable. {@link #toString()} never prints the form: it holds personal data.
 *
 * <p>Stability: stable (service-provider interface).
 *
 * @param key the row's key as stored: the event id for consent events, the transfer id for business
 *     transfers, {@code ""} for profile versions (their form names subject and instant)
 * @param form the canonical form ({@code EventCodec.write}, {@code ProfileCodec.write}, {@code
 *     BusinessTransfer.canonical}); {@code ""} if the row cannot be read
 * @param problem what makes the row unreadable (without stored values); empty for a readable row
 */
public record StoredRow(String key, String form, Optional<String> problem) {

  /**
   * Rejects missing fields.
   *
   * @param key the row's key as stored
   * @param form the canonical form; {@code ""} if the row cannot be read
   * @param problem what makes the row unreadable, or {@code Optional.empty()} for a readable row
   */
  public StoredRow {
    Objects.requireNonNull(key, "key is missing");
    Objects.requireNonNull(form, "form is missing");
    Objects.requireNonNull(problem, "problem is missing; Optional.empty() for a readable row");
  }

  /**
   * @param key the row's key
   * @param form its canonical form
   * @return a readable row
   */
  public static StoredRow of(String key, String form) {
    return new StoredRow(key, form, Optional.empty());
  }

  /**
   * @param key the row's key, as far as it could be read
   * @param problem what is wrong, without stored values
   * @return an unreadable row
   */
  public static StoredRow unreadable(String key, String problem) {
    return new StoredRow(key, "", Optional.of(Objects.requireNonNull(problem, "problem is missing")));
  }

  @Override
  public String toString() {
    return "StoredRow[" + form.length() + " chars" + problem.map(p -> ", unreadable: " + p).orElse("") + "]";
  }
}
