package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.ObjectionId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The subject objected (opted out): marketing §6.1, third-party marketing §2, network sharing §3.3.
 *
 * <p>Stability: stable.
 *
 * @param id the event's id
 * @param subject whom it is recorded against
 * @param objections the objections raised
 * @param policyVersion the policy revision it was given under
 * @param effectiveAt when it takes effect
 * @param recordedAt when it was recorded
 * @param evidence how it came about
 */
public record ObjectionRaised(
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
   * @param objections the objections raised
   * @param policyVersion the policy revision it was given under
   * @param effectiveAt when it takes effect
   * @param recordedAt when it was recorded
   * @param evidence how it came about
   */
  public ObjectionRaised {
    Objects.requireNonNull(id, "event id is missing");
    Objects.requireNonNull(subject, "subject is missing");
    objections = Copies.orderedSet(objections, "objections");
    if (objections.isEmpty()) {
      throw new IllegalArgumentException("objection.raised event " + id + " names no objections");
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
    return EventKind.OBJECTION_RAISED;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.objection(this);
  }
}
