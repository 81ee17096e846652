package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The subject (or their guardian) consented to purposes (§2(2), §4, R7).
 *
 * <p>Stability: stable.
 *
 * @param id the event's id
 * @param subject whom it is recorded against
 * @param purposes the consent-based purposes consented to
 * @param policyVersion the policy revision it was given under
 * @param effectiveAt when it takes effect
 * @param recordedAt when it was recorded
 * @param evidence how it came about
 */
public record ConsentGranted(
    EventId id,
    SubjectId subject,
    Set<PurposeId> purposes,
    String policyVersion,
    Instant effectiveAt,
    Instant recordedAt,
    Evidence evidence)
    implements ConsentEvent {

  /**
   * Rejects missing fields and an empty set.
   *
   * @param id the event's id
   * @param subject whom it is recorded against
   * @param purposes the consent-based purposes consented to
   * @param policyVersion the policy revision it was given under
   * @param effectiveAt when it takes effect
   * @param recordedAt when it was recorded
   * @param evidence how it came about
   */
  public ConsentGranted {
    Objects.requireNonNull(id, "event id is missing");
    Objects.requireNonNull(subject, "subject is missing");
    purposes = Copies.orderedSet(purposes, "purposes");
    if (purposes.isEmpty()) {
      throw new IllegalArgumentException("consent.granted event " + id + " names no purposes");
    }
    Events.requireCommon(policyVersion, effectiveAt, recordedAt, evidence);
    effectiveAt = Events.micros(effectiveAt);
    recordedAt = Events.micros(recordedAt);
  }

  @Override
  public Holder holder() {
    return subject;
  }

  @Override
  public EventKind kind() {
    return EventKind.CONSENT_GRANTED;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.grant(this);
  }
}
