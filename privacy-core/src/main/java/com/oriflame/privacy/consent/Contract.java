package com.oriflame.privacy.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * The subject's contract with the operator: the Consultant registration or the Purchase-Sale
 * Agreement. Contract-based purposes need it to be in force (§2(1), §2(3)).
 *
 * @param start when it took effect
 * @param end when it ended (deregistration, account closure), or {@code null} while in force
 * @param creditAssessmentRequired whether it requires a credit assessment (§3.3, R14)
 */
public record Contract(Instant start, Instant end, boolean creditAssessmentRequired) {

  /** Rejects a missing start and an end before the start. */
  public Contract {
    Objects.requireNonNull(start, "contract start is missing");
    start = Events.micros(start, "contract start");
    end = Events.micros(end, "contract end");
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("contract ends before it starts");
    }
  }

  /**
   * @param start when it took effect
   * @return an open-ended contract without credit assessment
   */
  public static Contract since(Instant start) {
    return new Contract(start, null, false);
  }

  /**
   * @param at an instant
   * @return whether the contract is in force at {@code at}
   */
  public boolean inForceAt(Instant at) {
    return !at.isBefore(start) && (end == null || at.isBefore(end));
  }

  /** @return this contract ended at {@code when} */
  public Contract endedAt(Instant when) {
    return new Contract(start, when, creditAssessmentRequired);
  }

  /** @return this contract with the credit-assessment flag set as given */
  public Contract withCreditAssessment(boolean required) {
    return new Contract(start, end, required);
  }
}
