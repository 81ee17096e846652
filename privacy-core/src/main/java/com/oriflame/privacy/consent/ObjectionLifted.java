package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.ObjectionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The subject lifted an earlier objection.
 *
 * <p>Stability: stable.
 *
 * @param id the event's id
 * @param subject whom it is recorded against
 * @param objections the objections lifted
 * @param policyVersion the policy revision it was given under
 * @param effectiveAt when it takes effect
 * @param recordedAt when it was recorded
 * @param evidence how it came about
 */
public record ObjectionLifted(
    EventId id,
    SubjectId subject,
    Set<ObjectionId> objections,
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
   * @param objections the objections lifted
   * @param policyVersion the policy revision it was given under
   * @param effectiveAt when it takes effect
   * @param recordedAt when it was recorded
   * @param evidence how it came about
   */
  public ObjectionLifted {
    Objects.requireNonNull(id, "event id is missing");
    Objects.requireNonNull(subject, "subject is missing");
    objections = Copies.orderedSet(objections, "objections");
    if (objections.isEmpty()) {
      throw new IllegalArgumentException("objection.lifted event " + id + " names no objections");
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
    return EventKind.OBJECTION_LIFTED;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.objectionLifted(this);
  }
}
