package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a subject's consent to one purpose stands at an instant.
 *
 * @param purpose the purpose
 * @param kind none, granted, withdrawn or expired
 * @param decisive the event that decided it ({@code null} for {@link Kind#NONE})
 * @param expiresAt when the grant expires, or {@code null} if it lasts until withdrawn
 * @param ignoredGrant a later grant that did not count because the wrong party acted (a minor's
 *     own consent, R5; a guardian's after majority), or {@code null}
 */
public record ConsentStatus(PurposeId purpose, Kind kind, ConsentEvent decisive, Instant expiresAt, ConsentEvent ignoredGrant) {

  /** The states of a consent. */
  public enum Kind {
    /** Never granted (or only by a party who could not grant it). */
    NONE,
    /** Granted, not withdrawn, not expired. */
    GRANTED,
    /** Withdrawn after the last grant. */
    WITHDRAWN,
    /** Granted, but its validity has run out. */
    EXPIRED
  }

  /** Rejects inconsistent combinations. */
  public ConsentStatus {
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(kind, "kind");
    if ((kind == Kind.NONE) != (decisive == null)) {
      throw new IllegalArgumentException("a decisive event is required exactly when the kind is not NONE");
    }
  }

  /** @return whether the consent is in force */
  public boolean granted() {
    return kind == Kind.GRANTED;
  }

  /** @return the deciding event, if any */
  public Optional<ConsentEvent> decidingEvent() {
    return Optional.ofNullable(decisive);
  }
}
