package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a subject's consent to one purpose stands at an instant.
 *
 * <p>Stability: stable.
 *
 * @param purpose the purpose
 * @param kind none, granted, withdrawn or expired
 * @param decisive the event that decided it; empty exactly when the kind is {@link Kind#NONE}
 * @param expiresAt when the grant expires; empty if it lasts until withdrawn (or there is none)
 * @param ignoredGrant a later grant that did not count because the wrong party acted (a minor's
 *     own consent, R5; a guardian's after majority), if there is one
 */
public record ConsentStatus(
    PurposeId purpose, Kind kind, Optional<ConsentEvent> decisive, Optional<Instant> expiresAt,
    Optional<ConsentEvent> ignoredGrant) {

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

  /**
   * Rejects missing fields and inconsistent combinations.
   *
   * @param purpose the purpose
   * @param kind none, granted, withdrawn or expired
   * @param decisive the event that decided it; empty exactly for {@link Kind#NONE}
   * @param expiresAt when the grant expires, if it does
   * @param ignoredGrant a later grant by the wrong party, if any
   */
  public ConsentStatus {
    Objects.requireNonNull(purpose, "purpose is missing");
    Objects.requireNonNull(kind, "kind is missing");
    Objects.requireNonNull(decisive, "decisive is missing; Optional.empty() for NONE");
    Objects.requireNonNull(expiresAt, "expiresAt is missing; Optional.empty() if the grant does not expire");
    Objects.requireNonNull(ignoredGrant, "ignoredGrant is missing; Optional.empty() if there is none");
    if ((kind == Kind.NONE) != decisive.isEmpty()) {
      throw new IllegalArgumentException("a decisive event is required exactly when the kind is not NONE");
    }
  }

  /**
   * @param purpose a purpose id
   * @return the status of a consent never granted, by anybody
   */
  public static ConsentStatus none(PurposeId purpose) {
    return new ConsentStatus(purpose, Kind.NONE, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** @return whether the consent is in force */
  public boolean granted() {
    return kind == Kind.GRANTED;
  }
}
