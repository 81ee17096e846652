package com.oriflame.privacy.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The subject's contract with the operator: the Consultant registration or the Purchase-Sale
 * Agreement. Contract-based purposes need it to be in force (§2(1), §2(3)). Start with {@link
 * #since}; {@link #withEnd} and {@link #withCreditAssessmentRequired} set the other fields.
 *
 * <p>Stability: stable.
 *
 * @param start when it took effect (kept to the microsecond)
 * @param end when it ended (deregistration, account closure); empty while in force
 * @param creditAssessmentRequired whether it requires a credit assessment (§3.3, R14)
 */
public record Contract(Instant start, Optional<Instant> end, boolean creditAssessmentRequired) {

  /**
   * Keeps instants to the microsecond; rejects a missing start and an end before the start.
   *
   * @param start when it took effect
   * @param end when it ended; {@code Optional.empty()} while in force
   * @param creditAssessmentRequired whether it requires a credit assessment
   */
  public Contract {
    Objects.requireNonNull(start, "start is missing");
    Objects.requireNonNull(end, "end is missing; Optional.empty() for a contract in force");
    start = Events.micros(start, "start");
    end = end.map(e -> Events.micros(e, "end"));
    if (end.isPresent() && end.get().isBefore(start)) {
      throw new IllegalArgumentException("end " + end.get() + " is before the contract's start " + start);
    }
  }

  /**
   * @param start when it took effect
   * @return an open-ended contract without credit assessment
   */
  public static Contract since(Instant start) {
    return new Contract(start, Optional.empty(), false);
  }

  /**
   * @param at an instant
   * @return whether the contract is in force at {@code at}
   */
  public boolean inForceAt(Instant at) {
    return !at.isBefore(start) && (end.isEmpty() || at.isBefore(end.get()));
  }

  /**
   * @param value when it ended, not before its start; {@code null} for a contract in force
   * @return this contract with that end
   */
  public Contract withEnd(Instant value) {
    return new Contract(start, Optional.ofNullable(value), creditAssessmentRequired);
  }

  /**
   * @param value whether the contract requires a credit assessment (§3.3, R14)
   * @return this contract with the flag set as given
   */
  public Contract withCreditAssessmentRequired(boolean value) {
    return new Contract(start, end, value);
  }
}
