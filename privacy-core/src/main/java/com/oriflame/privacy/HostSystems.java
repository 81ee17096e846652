package com.oriflame.privacy;

import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.rights.AccessExport;
import com.oriflame.privacy.rights.ErasurePlan;
import com.oriflame.privacy.rights.ErasureReport;
import com.oriflame.privacy.rights.RequestId;
import com.oriflame.privacy.rights.RequestKind;
import com.oriflame.privacy.rights.RequestKindException;
import com.oriflame.privacy.rights.RequestRecord;
import com.oriflame.privacy.rights.RequestState;
import com.oriflame.privacy.rights.RequestStateException;
import com.oriflame.privacy.rights.SourceStep;
import com.oriflame.privacy.rights.WorkProgress;
import java.util.List;

/**
 * The work of a data-subject request across the host's systems (the registered {@link
 * DataSources}): exporting, erasing, closing the account, rectifying and blocking. From {@code
 * PrivacyEngine.hostSystems()}.
 *
 * <p>The request drives the work. Every operation takes a request received through {@code
 * PrivacyEngine.rights()} and carries out only what that request asked for: the subject, the
 * categories and the corrections come from its {@link RequestRecord}. Before anything is sent to a
 * source the operation checks that
 *
 * <ul>
 *   <li>the request exists ({@link com.oriflame.privacy.UnknownIdException} otherwise);
 *   <li>its kind fits the operation: {@link RequestKind#ACCESS} for {@link #export}, {@link
 *       RequestKind#ERASURE} for {@link #erase}, {@link RequestKind#ACCOUNT_CLOSURE} for {@link
 *       #closeAccount}, {@link RequestKind#RECTIFICATION} for {@link #rectify}, {@link
 *       RequestKind#BLOCKING} for {@link #block} ({@link RequestKindException} otherwise);
 *   <li>it may be executed: {@link RequestState#IDENTITY_VERIFIED} or {@link
 *       RequestState#IN_PROGRESS}, or also {@link RequestState#RECEIVED} if the policy's right for
 *       its kind needs no identity verification. An unverified request is never executed (R28),
 *       nor a closed one ({@link RequestStateException} naming the state otherwise).
 * </ul>
 *
 * <p>The request then moves to {@link RequestState#IN_PROGRESS} (audited) before the first step,
 * and to {@link RequestState#COMPLETED}, with a note that carries counts and category ids only, when
 * every step is done. Every step it sends to a source is recorded in the {@link
 * com.oriflame.privacy.spi.StepStore} with its audit record, keyed by request id, source and step
 * ({@link com.oriflame.privacy.rights.OperationKey}). A step already done is never sent again, so
 * calling again with the same request after a crash or a failed source resumes the work: it retries
 * only what is not done. A source that fails leaves the request in progress, with the failure
 * recorded on its step.
 *
 * <pre>{@code
 * RequestRecord r = engine.rights().receive(RequestIntake.of(RequestKind.ERASURE, subject, Channel.EMAIL));
 * engine.rights().verifyIdentity(r.id(), "agent-17", "passport checked at the office");
 * ErasureReport report = engine.hostSystems().erase(r.id()); // request IN_PROGRESS, then COMPLETED
 * }</pre>
 *
 * <p>Stability: experimental.
 */
public interface HostSystems {

  /** @return the registered sources */
  DataSources sources();

  /**
   * Answers an access request (§6.2, Law Art. 17(e)): reads every source and the ledger. Nothing is
   * changed; each source read is recorded as a step (a read that failed is read again on the next
   * call). Credentials never appear (R25). The request is completed once every source was read.
   *
   * @param request an {@link RequestKind#ACCESS} request that may be executed
   * @param language the subject's language, for {@link AccessExport#report}
   * @return the export; {@link AccessExport#complete()} is false if a source could not be read
   * @throws RequestKindException if the request is not an access request
   * @throws RequestStateException if the request may not be executed (R28) or is closed
   */
  AccessExport export(RequestId request, Language language);

  /**
   * Plans the erasure or account closure a request asks for, without carrying it out and without
   * moving the request: what would go and what would be kept, why and until when. As it changes
   * nothing, any state is accepted (staff may look before the identity is verified).
   *
   * @param request an {@link RequestKind#ERASURE} request (its categories; none means every
   *     category) or an {@link RequestKind#ACCOUNT_CLOSURE} request
   * @return the plan as of now
   * @throws RequestKindException if the request is neither an erasure nor an account closure
   */
  ErasurePlan plan(RequestId request);

  /**
   * Erases what may go of the request's categories (none: every category) in every source and
   * depersonalizes what its retention rule depersonalizes; keeps what an active hold or the
   * contract in force keeps (§6.2).
   *
   * @param request an {@link RequestKind#ERASURE} request that may be executed
   * @return what went and what was kept, why and until when
   * @throws RequestKindException if the request is not an erasure request
   * @throws RequestStateException if the request may not be executed (R28) or is closed
   */
  ErasureReport erase(RequestId request);

  /**
   * Closes the account (§6.2, R29): erases what may go in every source, keeps what the holds of
   * §6.2 keep, and when every source has answered records the closure on the subject's profile at
   * that instant, so every purpose that does not survive closure is denied from then on.
   *
   * @param request an {@link RequestKind#ACCOUNT_CLOSURE} request that may be executed
   * @return what went and what was kept; {@link ErasureReport#closedAt()} once closed
   * @throws RequestKindException if the request is not an account closure
   * @throws RequestStateException if the request may not be executed (R28) or is closed
   */
  ErasureReport closeAccount(RequestId request);

  /**
   * Rectification by staff on a request (§6.2, R28): sends the request's corrections to every
   * source that may hold their categories and records, on every step and on the request's moves,
   * who acted.
   *
   * @param request a {@link RequestKind#RECTIFICATION} request that may be executed
   * @param staff the acting staff member's id (not personal data of the subject)
   * @return the steps
   * @throws RequestKindException if the request is not a rectification
   * @throws RequestStateException if the request may not be executed (R28) or is closed
   */
  WorkProgress rectify(RequestId request, String staff);

  /**
   * Blocks the request's categories (none: every category) in every source (R39): processing
   * stops, the data is kept.
   *
   * @param request a {@link RequestKind#BLOCKING} request that may be executed
   * @return the steps
   * @throws RequestKindException if the request is not a blocking request
   * @throws RequestStateException if the request may not be executed (R28) or is closed
   */
  WorkProgress block(RequestId request);

  /**
   * @param request a request id
   * @return every step recorded for its work, ordered by source then step
   * @throws UnknownIdException if no request has the id
   */
  List<SourceStep> steps(RequestId request);
}
