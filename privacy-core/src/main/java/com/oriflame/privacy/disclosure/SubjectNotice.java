package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.internal.Instants;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * The notice a subject is owed for a disclosure of their data to a third party that is not a
 * processor (Law Art. 24, Decree No. 759; R40): pending until the host has sent it and marked it
 * sent. The disclosure carries what the notice tells: recipient, party, purpose, categories,
 * country and date.
 *
 * <p>Stability: stable.
 *
 * @param disclosure the disclosure the notice is about; its id is the notice's id
 * @param sentAt when the host sent it; empty while pending
 */
public record SubjectNotice(Disclosure disclosure, Optional<Instant> sentAt) {

  /**
   * Rejects a disclosure that needs no notice; keeps the instant to the microsecond.
   *
   * @param disclosure the disclosure the notice is about
   * @param sentAt when the host sent it, or {@code Optional.empty()} while pending
   */
  public SubjectNotice {
    Objects.requireNonNull(disclosure, "disclosure of notice is missing");
    if (!disclosure.noticeRequired()) {
      throw new IllegalArgumentException("disclosure " + disclosure.id() + " to " + disclosure.recipient()
          + " needs no notice to the subject (a processor, or aggregates)");
    }
    sentAt = Objects.requireNonNull(sentAt, "sentAt: Optional.empty() while pending")
        .map(s -> Instants.supported(s, "sentAt").truncatedTo(ChronoUnit.MICROS));
  }

  /** @return the notice's id: the disclosure's */
  public String id() {
    return disclosure.id();
  }

  /** @return whether it still has to be sent */
  public boolean pending() {
    return sentAt.isEmpty();
  }

  /** @return the stored form of the notice's row: the disclosure's form and the sending instant */
  public String canonical() {
    String sent = sentAt.map(Instant::toString).orElse("");
    return disclosure.canonical() + "notice/1;" + sent.length() + ":" + sent + ";";
  }
}
