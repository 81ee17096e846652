package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The subject accepted a revision of the policy: at registration by submitting the Consultant
 * Application Form on paper or on the web (§0, §4, R2), or by continued use of the site after a
 * new revision was published (§9, R34).
 *
 * <p>A registration carries the form's tick boxes in the same event, so they take effect at the
 * same instant as the acceptance and no decision ever sees one without the other (R9, R11): the
 * purposes whose consent box was ticked ({@code consents}, e.g. SMS and e-mail marketing, §2(2))
 * and the objections whose opt-out box was ticked ({@code optOuts}, e.g. marketing and third-party
 * marketing, §6.1). Acceptance also grants the purposes whose consent terms say {@code
 * grantedByPolicyAcceptance}, unless an opt-out ticked on the same form blocks them.
 *
 * <p>Stability: stable.
 *
 * @param id the event's id
 * @param subject who accepted
 * @param policyVersion the revision accepted
 * @param effectiveAt when it takes effect
 * @param recordedAt when it was recorded
 * @param evidence how it came about: the CAF channel and form number, or the website
 * @param consents purposes consented to by ticking their box on the registration form
 * @param optOuts objections raised by ticking their opt-out box on the registration form
 */
public record PolicyAccepted(
    EventId id,
    SubjectId subject,
    String policyVersion,
    Instant effectiveAt,
    Instant recordedAt,
    Evidence evidence,
    Set<PurposeId> consents,
    Set<ObjectionId> optOuts)
    implements ConsentEvent {

  /**
   * Copies the tick boxes; rejects missing fields.
   *
   * @param id the event's id
   * @param subject who accepted
   * @param policyVersion the revision accepted
   * @param effectiveAt when it takes effect
   * @param recordedAt when it was recorded
   * @param evidence how it came about: the CAF channel and form number, or the website
   * @param consents purposes consented to by ticking their box on the registration form
   * @param optOuts objections raised by ticking their opt-out box on the registration form
   */
  public PolicyAccepted {
    Objects.requireNonNull(id, "event id is missing");
    Objects.requireNonNull(subject, "subject is missing");
    Events.requireCommon(policyVersion, effectiveAt, recordedAt, evidence);
    effectiveAt = Events.micros(effectiveAt);
    recordedAt = Events.micros(recordedAt);
    consents = Copies.orderedSet(consents, "consent boxes");
    optOuts = Copies.orderedSet(optOuts, "opt-out boxes");
  }

  /**
   * An acceptance with no tick box ticked.
   *
   * @param id the event's id
   * @param subject who accepted
   * @param policyVersion the revision accepted
   * @param effectiveAt when it takes effect
   * @param recordedAt when it was recorded
   * @param evidence how it came about
   */
  public PolicyAccepted(
      EventId id, SubjectId subject, String policyVersion, Instant effectiveAt, Instant recordedAt, Evidence evidence) {
    this(id, subject, policyVersion, effectiveAt, recordedAt, evidence, Set.of(), Set.of());
  }

  @Override
  public Holder holder() {
    return subject;
  }

  @Override
  public EventKind kind() {
    return EventKind.POLICY_ACCEPTED;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.acceptance(this);
  }
}
