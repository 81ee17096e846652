package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.policy.RecipientId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How often data actually went to one recipient and destination country, from the disclosure log:
 * what the register declaration sets beside the recipients and cross-border transfers the policy
 * anticipates (R36, R22).
 *
 * <p>Stability: stable.
 *
 * @param recipient the policy's recipient
 * @param country the destination country; empty for disclosures that named none
 * @param crossBorder whether these were cross-border transfers
 * @param disclosures how many disclosures, at least 1
 * @param first the earliest
 * @param last the latest
 */
public record DisclosedRecipient(RecipientId recipient, Optional<String> country, boolean crossBorder, long disclosures,
    Instant first, Instant last) {

  /**
   * Rejects missing fields, a count below 1 and a last before the first.
   *
   * @param recipient the policy's recipient
   * @param country the destination country, if any
   * @param crossBorder whether these were cross-border transfers
   * @param disclosures how many disclosures
   * @param first the earliest
   * @param last the latest
   */
  public DisclosedRecipient {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(country, "country: Optional.empty() for none");
    if (disclosures < 1) {
      throw new IllegalArgumentException("disclosures must be at least 1, was " + disclosures);
    }
    Instants.supported(Objects.requireNonNull(first, "first"), "first");
    Instants.supported(Objects.requireNonNull(last, "last"), "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last disclosure " + last + " is before the first " + first);
    }
  }
}
