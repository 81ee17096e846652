package com.oriflame.privacy.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * The subject accepted a revision of the policy: at registration by submitting the Consultant
 * Application Form on paper or on the web (§0, §4, R2), or by continued use of the site after a
 * new revision was published (§9, R34). Acceptance grants the purposes whose consent terms say
 * {@code grantedByPolicyAcceptance}, and is the registration consent that entrusting data to
 * processors needs (R21). Without it no consent-based purpose is permitted (R2).
 *
 * @param id the event's id
 * @param subject who accepted
 * @param policyVersion the revision accepted
 * @param effectiveAt when it takes effect
 * @param recordedAt when it was recorded
 * @param evidence how it came about: the CAF channel and form number
 */
public record PolicyAccepted(
    EventId id, SubjectId subject, String policyVersion, Instant effectiveAt, Instant recordedAt, Evidence evidence)
    implements ConsentEvent {

  /** Rejects missing fields. */
  public PolicyAccepted {
    Objects.requireNonNull(id, "event id is missing");
    Objects.requireNonNull(subject, "subject is missing");
    Events.requireCommon(policyVersion, effectiveAt, recordedAt, evidence);
    effectiveAt = Events.micros(effectiveAt);
    recordedAt = Events.micros(recordedAt);
  }

  @Override
  public Holder holder() {
    return subject;
  }

  @Override
  public String type() {
    return "policy.accepted";
  }
}
