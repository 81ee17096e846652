package com.oriflame.privacy.consent;

import com.oriflame.privacy.PrivacyException;

/**
 * An event was appended with the id of a stored event but different content. Retries must reuse
 * the same content; a new fact needs a new id. Nothing was written.
 *
 * <p>Thrown by {@link ConsentLedger#append} and by every {@code ConsentStore} adapter (the port's
 * contract), so it lives beside the ledger API rather than among the ports.
 *
 * <p>Stability: stable.
 */
public final class EventConflictException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  private final transient EventId id;

  /** @param id the reused event id */
  public EventConflictException(EventId id) {
    // the id is host text (it may be personal data), so the message names only its length; the caller has it in hand
    super("An event id (" + id.value().length() + " characters) is already stored with different content; use a new id"
        + " for a new fact");
    this.id = id;
  }

  /** @return the reused id */
  public EventId id() {
    return id;
  }
}
