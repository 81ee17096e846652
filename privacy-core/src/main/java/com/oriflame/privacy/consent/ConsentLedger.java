package com.oriflame.privacy.consent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records what people agreed to, append-only, each event with its audit record in one atomic step,
 * and answers what they had agreed to at any instant. Get it from {@code PrivacyEngine#consents()}.
 * Thread-safe.
 *
 * <p>The recording methods ({@link ConsentRecorder}) stamp events with a fresh id, the engine
 * clock's instant (effective and recorded) and the policy's current revision. Record history from
 * another system with {@link #importing(Instant)}: the same methods, effective at the instant of
 * the original act. {@link #append} takes a ready-made event (a retry with a fixed id): appends are
 * idempotent by id.
 *
 * <p>Events that could never be valid are refused with a {@link ConsentRejectedException} whose
 * {@link RejectionCode} says why (see {@link LedgerChecks}): an unknown purpose, objection or
 * cookie id, consent to a purpose that is not consent-based or through a channel the purpose does
 * not accept, an acceptance through a channel that cannot accept the policy (a phone call), a
 * back-dated grant, acceptance or lifted objection outside an import, a post-dated withdrawal or
 * objection, a revision the policy does not know.
 *
 * <p>Stability: stable.
 */
public interface ConsentLedger extends ConsentRecorder {

  /**
   * A recorder for history kept elsewhere (a migration, a paper archive, another system's
   * consents): every event it records takes effect at {@code at}, is recorded now, carries the
   * revision of the policy in force at {@code at} (the latest of the policy's change history
   * published by that date, in the engine's zone) and the evidence as given (its channel is the
   * original act's, e.g. {@code CAF_PAPER} with the form number). Each event is audited like a live
   * one.
   *
   * <p>Imported events pass the checks of a live recording made at {@code at} (channels, tick
   * boxes, consent-based purposes, revisions), and more: {@code at} must not be after the engine
   * clock's now ({@link RejectionCode#IN_THE_FUTURE}) nor before the policy's first revision
   * ({@link RejectionCode#BEFORE_POLICY}); a withdrawal must follow a grant of the purpose in the
   * subject's history ({@link RejectionCode#WITHDRAWAL_BEFORE_GRANT}) and a lifted objection the
   * objection ({@link RejectionCode#LIFT_BEFORE_OBJECTION}), so import a history in the order it
   * happened. Importing the same act again (same holder, kind, instant, ids and evidence) records
   * nothing and returns the stored event with {@code appended() == false}, so an interrupted
   * import can be run again.
   *
   * <pre>{@code
   * ConsentRecorder past = engine.consents().importing(Instant.parse("2019-05-14T09:30:00Z"));
   * past.register(subject, Registration.through(Evidence.of(Channel.CAF_PAPER, "CAF 004711")).consentingTo(sms));
   * }</pre>
   *
   * @param at when the imported acts took effect; not after the engine clock's now
   * @return a recorder whose events take effect at {@code at}
   * @throws ConsentRejectedException {@link RejectionCode#IN_THE_FUTURE} if {@code at} is after
   *     now, {@link RejectionCode#BEFORE_POLICY} if no revision of the policy was in force at
   *     {@code at}
   */
  ConsentRecorder importing(Instant at);

  /**
   * Appends a ready-made event (a retry with a fixed id, an event built by another tool), after the
   * checks of {@link LedgerChecks}. Idempotent by id. Prefer {@link #importing(Instant)} for
   * history: it builds the events and checks them against the subject's history too.
   *
   * @param event the event
   * @return the stored event, whether this call stored it, and its receipt if it has one
   * @throws ConsentRejectedException if the event could never be valid ({@link LedgerChecks})
   * @throws EventConflictException if the id is stored with other content
   */
  Recorded append(ConsentEvent event);

  /**
   * Appends ready-made events in one atomic step, for bulk imports (a migration, another system's
   * export): each passes the checks of {@link #append} ({@link LedgerChecks}) before anything is
   * written, then all are stored with their audit records in one transaction that takes the audit
   * chain head once, so a batch costs far less than as many single appends. All or nothing: a
   * refused event, an id stored (or repeated in the batch) with other content, or a store failure
   * writes none of them. Idempotent by id like {@code append}, so an interrupted import can be run
   * again: events stored before, or repeated in the batch, come back with {@code appended() ==
   * false}. Unlike {@link #importing(Instant)} it does not check the events against the subject's
   * history; build the events in the order things happened.
   *
   * @param events the events, in the order to audit them (thousands per call is fine)
   * @return one result per event, in order
   * @throws ConsentRejectedException if an event could never be valid; nothing is written then
   * @throws EventConflictException if an id is stored, or repeated, with other content
   */
  List<Recorded> appendAll(List<? extends ConsentEvent> events);

  /**
   * Every event recorded against a holder.
   *
   * @param holder a subject or browser id
   * @return every event recorded against it, in {@link ConsentEvent#ORDER}
   */
  List<ConsentEvent> history(Holder holder);

  /**
   * Projects the subject's events in effect at an instant.
   *
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
   * The receipt of a stored event, with the subject reference of the engine's pseudonym key.
   *
   * @param event an event id
   * @return the receipt of a stored grant, withdrawal or acceptance
   */
  Optional<ConsentReceipt> receipt(EventId event);
}
