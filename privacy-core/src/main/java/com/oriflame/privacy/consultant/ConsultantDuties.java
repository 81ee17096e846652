package com.oriflame.privacy.consultant;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.EntrustedUse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A Consultant's duties regarding the personal data of customers and downline entrusted to them
 * (§7): decisions on their uses of it (R24, R30), and the obligations with due dates that the
 * cancellation of their registration and the company's requests create (R31), listed when
 * overdue and closed with evidence. Every obligation created or closed is audited, in the same
 * atomic step as its row. Get it from {@code PrivacyEngine#consultants()}; instants come from the
 * engine's clock, due dates are counted in the engine's zone.
 *
 * <pre>{@code
 * ConsultantDuties duties = engine.consultants();
 * duties.check(EntrustedUse.process(consultant, customer, policy.categories("contact.mobile-phone")));
 * List<TrackedObligation> due = duties.cancelRegistration(consultant, "order 2025-17");
 * duties.overdue();                                        // a day later: return and destroy, unless closed
 * duties.close(due.get(0).id(), "returned on USB stick, act 2025-17/1");
 * }</pre>
 *
 * <p>Stability: experimental.
 */
public interface ConsultantDuties {

  /**
   * Decides a Consultant's use of entrusted data now (or at the use's instant): processing for a
   * purpose of §2 with the data subject's consent (R30); exchanges with the company, which carry
   * "encrypt in transit" (R24); no onward transfer (R30); nothing but sending the data back once
   * the registration is cancelled (R31). Store trouble denies (fail closed).
   *
   * @param use the use
   * @return the decision, naming the policy revision (R1)
   */
  Decision check(EntrustedUse use);

  /**
   * @param consultant a Consultant
   * @return their mandate now
   */
  Mandate mandate(SubjectId consultant);

  /**
   * Cancels the Consultant's registration now (R31): ends the contract on their profile if one is
   * in force, and creates, at this instant, one tracked obligation for each duty of the policy
   * triggered by deregistration (return the entrusted data; destroy it with the media holding
   * it), each due after its duty's deadline. Idempotent: if the registration was cancelled
   * already, returns the obligations that cancellation created.
   *
   * @param consultant the Consultant
   * @param reference the company's reference for the cancellation, e.g. the order number
   * @return the obligations, in duty order
   */
  List<TrackedObligation> cancelRegistration(SubjectId consultant, String reference);

  /**
   * Records a request from the company to the Consultant (R31): to check the entrusted data and
   * report the result ({@link ObligationCause#VERIFICATION_REQUEST}), to answer a query ({@link
   * ObligationCause#QUERY}), or to report on a suspected breach ({@link ObligationCause#BREACH}),
   * creating a tracked obligation due after the duty's deadline ("without delay").
   *
   * @param consultant the Consultant
   * @param cause what the company asks; not {@link ObligationCause#CANCELLATION}
   * @param reference the company's reference for the request
   * @return the obligation
   * @throws IllegalArgumentException if {@code cause} is a cancellation
   */
  TrackedObligation request(SubjectId consultant, ObligationCause cause, String reference);

  /**
   * Closes an open obligation now, with evidence that it was done.
   *
   * @param obligationId the obligation's id
   * @param evidence what shows it was done, e.g. a destruction act or the report's reference
   * @return the closed obligation
   * @throws IllegalArgumentException if there is no such obligation
   * @throws IllegalStateException if it is closed already
   */
  TrackedObligation close(String obligationId, String evidence);

  /**
   * @param obligationId an obligation's id
   * @return the obligation
   */
  Optional<TrackedObligation> find(String obligationId);

  /**
   * @param consultant a Consultant
   * @return every obligation on them, open and closed, oldest first
   */
  List<TrackedObligation> obligations(SubjectId consultant);

  /** @return every open obligation past due now, the longest overdue first */
  List<TrackedObligation> overdue();

  /**
   * @param at an instant
   * @return every obligation open and past due at {@code at}, the longest overdue first
   */
  List<TrackedObligation> overdue(Instant at);
}
