package com.oriflame.privacy.consultant;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.ConsultantDuty;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Consultant's mandate over the personal data of customers and downline entrusted to them (§7),
 * as of an instant: whether it is in force, the purpose their processing is decided under (a
 * purpose of §2 resting on the data subject's consent, R30), the standing duties (purpose
 * limitation, no onward transfer, the subject's consent, encryption in transit: R24, R30), and the
 * obligations still open (R31).
 *
 * <p>Stability: experimental.
 *
 * @param consultant the Consultant
 * @param at the instant it describes
 * @param inForce whether the Consultant's registration is in force and not cancelled at {@code at}
 * @param cancelledAt when the registration was cancelled, if it was
 * @param purpose the purpose their processing of entrusted data is decided under
 * @param standingDuties the policy's duties that hold for as long as they process entrusted data
 * @param openObligations their obligations not yet closed, overdue ones included
 */
public record Mandate(
    SubjectId consultant,
    Instant at,
    boolean inForce,
    Optional<Instant> cancelledAt,
    PurposeId purpose,
    List<ConsultantDuty> standingDuties,
    List<TrackedObligation> openObligations) {

  /**
   * Copies lists; rejects missing fields.
   *
   * @param consultant the Consultant
   * @param at the instant it describes
   * @param inForce whether the registration is in force at {@code at}
   * @param cancelledAt when the registration was cancelled, if it was
   * @param purpose the purpose entrusted processing is decided under
   * @param standingDuties the standing duties
   * @param openObligations the open obligations
   */
  public Mandate {
    Objects.requireNonNull(consultant, "consultant");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(cancelledAt, "cancelledAt");
    Objects.requireNonNull(purpose, "purpose");
    standingDuties = Copies.list(standingDuties, "standing duties");
    openObligations = Copies.list(openObligations, "open obligations");
  }

  /** @return the open obligations past due at {@link #at()} */
  public List<TrackedObligation> overdue() {
    return openObligations.stream().filter(o -> o.overdueAt(at)).toList();
  }
}
