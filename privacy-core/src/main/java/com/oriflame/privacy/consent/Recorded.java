package com.oriflame.privacy.consent;

import java.util.Objects;
import java.util.Optional;

/**
 * What recording a consent event did.
 *
 * <p>Stability: stable.
 *
 * @param event the stored event (the earlier one, if this was a retry)
 * @param appended whether this call stored it
 * @param receipt the consent receipt, for grants, withdrawals and acceptances; empty for other events
 */
public record Recorded(ConsentEvent event, boolean appended, Optional<ConsentReceipt> receipt) {

  /**
   * Rejects missing fields.
   *
   * @param event the stored event
   * @param appended whether this call stored it
   * @param receipt the consent receipt, or {@code Optional.empty()} for an event without one
   */
  public Recorded {
    Objects.requireNonNull(event, "event is missing");
    Objects.requireNonNull(receipt, "receipt is missing; Optional.empty() for an event without one");
  }
}
