package com.oriflame.privacy.rights;

import com.oriflame.privacy.consent.SubjectId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Data-subject requests (§6, §10; Law Art. 15, 17): receive them through the channels the policy
 * names (R26), move them through their lifecycle, each move stored with its audit record in one
 * atomic step, and list those overdue (R27). Get it from {@code PrivacyEngine#rights()}.
 * Thread-safe; two concurrent moves of one request never both succeed.
 *
 * <pre>{@code
 * RequestRecord r = engine.rights().receive(RequestIntake.of(RequestKind.ACCESS, subject, Channel.EMAIL));
 * engine.rights().verifyIdentity(r.id(), "agent-17", "passport checked at the office");
 * engine.rights().start(r.id());
 * engine.rights().complete(r.id());
 * List<RequestRecord> late = engine.rights().overdue(clock.instant());
 * }</pre>
 *
 * <p>Moves the lifecycle does not allow ({@link RequestState#next()}) throw {@link
 * RequestStateException} with the state; a request whose kind needs a verified identity (the
 * policy's {@code SubjectRight.identityVerification}: access, rectification, erasure, blocking,
 * closure) cannot be started before {@link #verifyIdentity} (R28). {@link #start} and {@link
 * #complete} repeated on a request already in that state return it unchanged, so an orchestrator
 * can resume after a crash.
 *
 * <p>Stability: experimental.
 */
public interface RightsService {

  /**
   * Checks and records a request with its receipt instant and channel (R26), its deadline pinned
   * to the policy revision in force (R27, R37) and its fee rule (R38). An objection raises the
   * objections in the consent ledger, and a consent withdrawal withdraws the purposes, at once.
   * Receiving again under an id already stored with the same content returns the stored request.
   *
   * @param intake the request as it arrived
   * @return the recorded request, {@link RequestState#RECEIVED}
   * @throws RequestRejectedException if the channel is not one the policy names for it ({@link
   *     RequestRejectionCode#CHANNEL_NOT_ACCEPTED}; audited as {@code request.rejected}), the kind
   *     lacks its details, the instant is in the future or the id is taken by another request
   * @throws com.oriflame.privacy.UnknownIdException if it names a category, objection or purpose the policy does not define
   * @throws com.oriflame.privacy.consent.ConsentRejectedException if the ledger refuses the objection or withdrawal
   */
  RequestRecord receive(RequestIntake intake);

  /**
   * Records that staff verified the requester's identity (R28).
   *
   * @param id the request
   * @param actor who verified, a staff reference of the host
   * @param evidence how, e.g. "passport seen at the office"; stored, never logged
   * @return the request, {@link RequestState#IDENTITY_VERIFIED}
   * @throws RequestStateException unless it is {@link RequestState#RECEIVED}
   */
  RequestRecord verifyIdentity(RequestId id, String actor, String evidence);

  /**
   * Closes the request because the identity could not be verified; it is never executed (R28).
   *
   * @param id the request
   * @param actor who tried
   * @param note why it failed
   * @return the request, {@link RequestState#VERIFICATION_FAILED}
   * @throws RequestStateException unless it is {@link RequestState#RECEIVED}
   */
  RequestRecord verificationFailed(RequestId id, String actor, String note);

  /**
   * Closes the request because the requester did not complete the verification in time (R28).
   *
   * @param id the request
   * @return the request, {@link RequestState#VERIFICATION_EXPIRED}
   * @throws RequestStateException unless it is {@link RequestState#RECEIVED}
   */
  RequestRecord verificationExpired(RequestId id);

  /**
   * Starts carrying out the request; unchanged if it is already in progress.
   *
   * @param id the request
   * @return the request, {@link RequestState#IN_PROGRESS}
   * @throws RequestStateException if it is closed, or its kind needs a verified identity and it has none (R28)
   */
  RequestRecord start(RequestId id);

  /**
   * Like {@link #start(RequestId)}, naming who acted.
   *
   * @param id the request
   * @param actor who started it, a staff reference of the host
   * @return the request, {@link RequestState#IN_PROGRESS}
   * @throws RequestStateException if it is closed, or its kind needs a verified identity and it has none (R28)
   */
  RequestRecord start(RequestId id, String actor);

  /**
   * Completes the request; unchanged if it is already completed.
   *
   * @param id the request
   * @return the request, {@link RequestState#COMPLETED}
   * @throws RequestStateException unless it is {@link RequestState#IN_PROGRESS} (or completed)
   */
  RequestRecord complete(RequestId id);

  /**
   * Like {@link #complete(RequestId)}, naming who acted and how it was answered.
   *
   * @param id the request
   * @param actor who completed it
   * @param note how it was answered or resolved (for a complaint: the outcome of the investigation, R35)
   * @return the request, {@link RequestState#COMPLETED}
   * @throws RequestStateException unless it is {@link RequestState#IN_PROGRESS} (or completed)
   */
  RequestRecord complete(RequestId id, String actor, String note);

  /**
   * Refuses the request in writing on a legal ground of Art. 15 (Art. 17(f); R27, R38).
   *
   * @param id the request
   * @param ground the legal ground, cited in the refusal
   * @param actor who refused
   * @param reasoning the reasoning given to the subject; stored, never logged
   * @return the request, {@link RequestState#REFUSED}
   * @throws RequestStateException if it is closed
   */
  RequestRecord refuse(RequestId id, RefusalGround ground, String actor, String reasoning);

  /**
   * Records that the subject withdrew the request.
   *
   * @param id the request
   * @return the request, {@link RequestState#WITHDRAWN}
   * @throws RequestStateException if it is closed
   */
  RequestRecord withdraw(RequestId id);

  /**
   * @param id a request id
   * @return the request, if stored
   */
  Optional<RequestRecord> find(RequestId id);

  /**
   * @param id a request id
   * @return the request
   * @throws com.oriflame.privacy.UnknownIdException if no request has that id
   */
  RequestRecord get(RequestId id);

  /**
   * @param subject a subject
   * @return the subject's requests, oldest first
   */
  List<RequestRecord> forSubject(SubjectId subject);

  /**
   * @param at an instant
   * @return the open requests whose deadline has passed at {@code at}, earliest deadline first (R27)
   */
  List<RequestRecord> overdue(Instant at);

  /**
   * @param from the start, inclusive
   * @param to the end, exclusive
   * @return the open requests whose deadline expires in {@code [from, to)}, earliest first
   */
  List<RequestRecord> dueBetween(Instant from, Instant to);

  /** @return the calculator that gives deadlines at receipt */
  DeadlineCalculator deadlines();
}
