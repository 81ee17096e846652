package com.oriflame.privacy.consent;

import java.util.Objects;
import java.util.Optional;

/**
 * What recording a consent event did.
 *
 * @param event the stored event (the earlier one, if this was a retry)
 * @param appended whether this call stored it
 * @param receipt the consent receipt, for grants, withdrawals and acceptances; else {@code null}
 */
public record Recorded(ConsentEvent event, boolean appended, ConsentReceipt receipt) {

  /** Rejects a missing event. */
  public Recorded {
    Objects.requireNonNull(event, "event");
  }

  /** @return the receipt, if the event has one */
  public Optional<ConsentReceipt> consentReceipt() {
    return Optional.ofNullable(receipt);
  }
}
