package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Records what people agreed to, append-only, each event with its audit record in one atomic step,
 * and answers what they had agreed to at any instant. Get it from {@code PrivacyEngine#consents()}.
 * Thread-safe.
 *
 * <p>The convenience methods stamp events with a random id, the engine clock's instant (effective
 * and recorded) and the policy's current revision. Use {@link #append} for imports and retries
 * that carry their own id and instants: appends are idempotent by id.
 *
 * <p>Unknown purpose, objection and cookie ids fail fast with {@code UnknownIdException}. Events
 * that could never be valid are refused with an {@link IllegalArgumentException} saying why (see
 * {@link LedgerChecks}): consent to a purpose that is not consent-based or through a channel the
 * purpose does not accept, an acceptance through a channel that cannot accept the policy (a phone
 * call), a back-dated grant, acceptance or lifted objection (bulk imports excepted), a post-dated
 * withdrawal or objection, a revision the policy does not know.
 */
public interface ConsentLedger {

  /**
   * Records acceptance of the current policy revision with no tick box ticked: at registration
   * through the CAF (§0, R2), or by continued use of the website after a new revision (§9, R34).
   *
   * @param subject who accepted
   * @param evidence the CAF channel and form number, or the website
   * @return the event and its receipt
   * @throws IllegalArgumentException if the channel cannot accept the policy (e.g. a phone call)
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
   * @throws IllegalArgumentException if the channel is not a registration form's or a box is one
   *     the form does not offer
   */
  Recorded register(SubjectId subject, Registration registration);

  /**
   * @param subject the subject
   * @param purpose a consent-based purpose
   * @param evidence how the consent was given; for a minor the actor must be the guardian (R5)
   * @return the event and its receipt
   */
  Recorded grant(SubjectId subject, Purpose purpose, Evidence evidence);

  /**
   * @param subject the subject
   * @param purposes consent-based purposes
   * @param evidence how the consent was given
   * @return the event and its receipt
   */
  Recorded grant(SubjectId subject, Set<PurposeId> purposes, Evidence evidence);

  /**
   * Withdrawal takes effect from its recorded instant, through any channel (R7).
   *
   * @param subject the subject
   * @param purpose a consent-based purpose
   * @param evidence how the withdrawal arrived, e.g. e-mail
   * @return the event and its receipt
   */
  Recorded withdraw(SubjectId subject, Purpose purpose, Evidence evidence);

  /**
   * @param subject the subject
   * @param purposes consent-based purposes
   * @param evidence how the withdrawal arrived
   * @return the event and its receipt
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
   * @param subject the subject
   * @param objections objection ids
   * @param evidence how it arrived
   * @return the event
   */
  Recorded object(SubjectId subject, Set<ObjectionId> objections, Evidence evidence);

  /**
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

  /**
   * Appends a ready-made event (imports, retries with a fixed id). Idempotent by id.
   *
   * @param event the event
   * @return the stored event, whether this call stored it, and its receipt if it has one
   * @throws com.oriflame.privacy.spi.EventConflictException if the id is stored with other content
   */
  Recorded append(ConsentEvent event);

  /**
   * @param holder a subject or browser id
   * @return every event recorded against it, in {@link ConsentEvent#ORDER}
   */
  List<ConsentEvent> history(Holder holder);

  /**
   * @param subject the subject
   * @param at any instant, past or present
   * @return what the subject had agreed to and objected to at {@code at}
   */
  ConsentState state(SubjectId subject, Instant at);

  /**
   * Subjects who came of age by {@code at} (in the engine's zone) while consents given by their
   * guardian are still in force and unconfirmed by themselves (R5).
   *
   * @param at the instant
   * @return the subjects due to confirm, in id order
   */
  List<SubjectId> dueForConfirmation(Instant at);

  /**
   * @param event an event id
   * @return the receipt of a stored grant, withdrawal or acceptance
   */
  Optional<ConsentReceipt> receipt(EventId event);
}
