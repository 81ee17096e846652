package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.PrivacyException;

/**
 * A disclosure was logged with the id of a logged disclosure but different content. A retry must
 * repeat the same request; a new release needs a new id. Nothing was written.
 *
 * <p>Stability: stable.
 */
public final class DisclosureConflictException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  /** @param idLength the length of the reused id (the id is host text, so the message does not quote it) */
  public DisclosureConflictException(int idLength) {
    super("A disclosure id (" + idLength + " characters) is already logged with different content; retry with the same"
        + " request, or use a new id for a new release");
  }
}
