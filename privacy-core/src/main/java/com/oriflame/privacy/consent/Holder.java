package com.oriflame.privacy.consent;

/**
 * Whoever consent events are recorded against: a known {@link SubjectId}, or a not-yet-known
 * website visitor's pseudonymous {@link BrowserId} (cookie preferences, §8). {@code toString()}
 * prints a pseudonym, never the id.
 *
 * <p>Stability: stable.
 */
public sealed interface Holder permits SubjectId, BrowserId {
  /** @return the id as the host gave it; may be personal data, never log it */
  String value();
}
