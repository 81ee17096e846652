package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import java.util.Set;

/**
 * Records consent events, each with its audit record in one atomic step: the methods the {@link
 * ConsentLedger} records live with (effective now) and the recorder {@link
 * ConsentLedger#importing(java.time.Instant)} returns records history with (effective at the
 * instant given). Every event gets a fresh id and the engine clock's now as its recorded instant.
 *
 * <p>Refusals are {@link ConsentRejectedException}s whose {@link RejectionCode} says why (see
 * {@link LedgerChecks}); nothing is written then. Unknown purpose, objection, cookie category and
 * form ids are {@link RejectionCode#UNKNOWN_ELEMENT}. A {@code null} argument is a {@link
 * NullPointerException} naming it.
 *
 * <p>Stability: stable. Thread-safe.
 */
public interface ConsentRecorder {

  /**
   * Records acceptance of the policy with no tick box ticked: at registration through the CAF (§0,
   * R2), or by continued use of the website after a new revision (§9, R34).
   *
   * @param subject who accepted
   * @param evidence the CAF channel and form number, or the website
   * @return the event and its receipt
   * @throws ConsentRejectedException {@link RejectionCode#ACCEPTANCE_CHANNEL} if the channel
   *     cannot accept the policy (e.g. a phone call)
   */
  Recorded acceptPolicy(SubjectId subject, Evidence evidence);

  /**
   * Records a submitted registration form: the acceptance of the policy and the form's tick boxes
   * (consents given, opt-outs raised) as one event, effective at one instant (§0, §6.1, R2, R9,
   * R11).
   *
   * @param subject who registered (for a minor, the evidence's actor is the guardian, R5)
   * @param registration the form's evidence and ticked boxes
   * @return the event and its receipt
   * @throws ConsentRejectedException if the channel is not a registration form's ({@link
   *     RejectionCode#ACCEPTANCE_CHANNEL}) or a box is one the form does not offer ({@link
   *     RejectionCode#NO_CONSENT_BOX}, {@link RejectionCode#NO_OPT_OUT_BOX})
   */
  Recorded register(SubjectId subject, Registration registration);

  /**
   * Records consent to one purpose.
   *
   * @param subject the subject
   * @param purpose a consent-based purpose
   * @param evidence how the consent was given; for a minor the actor must be the guardian (R5)
   * @return the event and its receipt
   * @throws ConsentRejectedException {@link RejectionCode#NOT_CONSENT_BASED} for a purpose that is
   *     not consent-based, {@link RejectionCode#GRANT_CHANNEL} for a channel the purpose does not
   *     accept grants on
   */
  Recorded grant(SubjectId subject, Purpose purpose, Evidence evidence);

  /**
   * Records consent to several purposes in one event.
   *
   * @param subject the subject
   * @param purposes consent-based purposes
   * @param evidence how the consent was given
   * @return the event and its receipt
   * @throws ConsentRejectedException as {@link #grant(SubjectId, Purpose, Evidence)}
   */
  Recorded grant(SubjectId subject, Set<PurposeId> purposes, Evidence evidence);

  /**
   * Records a withdrawal; it takes effect from its instant, through any channel (R7).
   *
   * @param subject the subject
   * @param purpose a consent-based purpose
   * @param evidence how the withdrawal arrived, e.g. e-mail
   * @return the event and its receipt
   * @throws ConsentRejectedException {@link RejectionCode#NOT_CONSENT_BASED} for a purpose that is
   *     not consent-based
   */
  Recorded withdraw(SubjectId subject, Purpose purpose, Evidence evidence);

  /**
   * Records a withdrawal of several purposes in one event.
   *
   * @param subject the subject
   * @param purposes consent-based purposes
   * @param evidence how the withdrawal arrived
   * @return the event and its receipt
   * @throws ConsentRejectedException as {@link #withdraw(SubjectId, Purpose, Evidence)}
   */
  Recorded withdraw(SubjectId subject, Set<PurposeId> purposes, Evidence evidence);

  /**
   * Raises an objection (opt-out, §2, §3.3, §6.1).
   *
   * @param subject the subject
   * @param objection the objection
   * @param evidence how it arrived
   * @return the event
   */
  Recorded object(SubjectId subject, Objection objection, Evidence evidence);

  /**
   * Raises several objections in one event.
   *
   * @param subject the subject
   * @param objections objection ids
   * @param evidence how it arrived
   * @return the event
   */
  Recorded object(SubjectId subject, Set<ObjectionId> objections, Evidence evidence);

  /**
   * Lifts objections.
   *
   * @param subject the subject
   * @param objections the objections to lift
   * @param evidence how it arrived
   * @return the event
   */
  Recorded liftObjection(SubjectId subject, Set<ObjectionId> objections, Evidence evidence);

  /**
   * Records cookie choices (§8, R33) of a subject or a not-yet-known visitor.
   *
   * @param holder subject or browser id
   * @param allowed categories allowed
   * @param refused categories refused
   * @param evidence how the choice was made
   * @return the event
   */
  Recorded setCookiePreferences(Holder holder, Set<CookieCategoryId> allowed, Set<CookieCategoryId> refused, Evidence evidence);

  /**
   * Links a visitor's browser id to the subject who signed in: their cookie choices then count for
   * each other.
   *
   * @param browser the visitor's browser id
   * @param subject the subject
   * @param evidence how it happened (usually the website)
   * @return the event
   */
  Recorded linkVisitor(BrowserId browser, SubjectId subject, Evidence evidence);
}
