package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.ConsultantDuty;
import com.oriflame.privacy.policy.DutyId;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Purpose;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * R24, R30, R31 (§7): a Consultant's use of data entrusted to them, decided on top of the rule
 * table's decision about the same data. Processing needs a purpose of §2 that rests on the data
 * subject's consent (R30; whether the consent is in force is the table's {@code ConsentBasis});
 * an onward transfer is denied (R30: "unless the law provides otherwise", and a disclosure the
 * law demands goes through the company under its own legal-demand purpose); files between the
 * Consultant and the company are encrypted in transit (R24); once the Consultant's registration
 * is cancelled, or was never in force, only sending the data back to the company remains (R31).
 * A denial lists the table's failing conditions too.
 */
@Implements({"R24", "R30", "R31"})
final class EntrustedData {
  static final DutyId NO_ONWARD_TRANSFER = DutyId.of("duty.no-onward-transfer");
  static final DutyId SUBJECT_CONSENT = DutyId.of("duty.subject-consent");
  static final DutyId PURPOSE_LIMITATION = DutyId.of("duty.purpose-limitation");
  static final DutyId ENCRYPT = DutyId.of("duty.encrypt-in-transit");
  static final DutyId RETURN = DutyId.of("duty.return-entrusted-data");

  private EntrustedData() {}

  static Decision decide(CompiledPolicy compiled, EntrustedUse use, Request request, Instant at, Decision core, boolean registered,
      Optional<Instant> cancelledAt) {
    Purpose purpose = compiled.policy.purpose(request.purpose());
    List<Reason> denials = new ArrayList<>();
    List<Reason> permits = new ArrayList<>();
    List<Obligation> obligations = new ArrayList<>();
    String categories = use.categories().stream().map(CategoryId::value).collect(Collectors.joining(", "));
    if (use.kind() != EntrustedUseKind.SEND_TO_COMPANY) {
      if (cancelledAt.isPresent() && !at.isBefore(cancelledAt.get())) {
        denials.add(new Reason(ReasonCode.MANDATE_ENDED, "R31", clauses(compiled, RETURN, purpose), RETURN, null,
            Fact.of(FactText.MANDATE_CANCELLED, day(compiled, cancelledAt.get()))));
      } else if (!registered) {
        denials.add(new Reason(ReasonCode.MANDATE_ENDED, "R31", clauses(compiled, RETURN, purpose), RETURN, null,
            Fact.of(FactText.MANDATE_NOT_REGISTERED, day(compiled, at))));
      }
    }
    switch (use.kind()) {
      case PROCESS -> {
        if (purpose.legalBasis() != LegalBasis.CONSENT) {
          denials.add(new Reason(ReasonCode.ENTRUSTED_WITHOUT_CONSENT, "R30", clauses(compiled, SUBJECT_CONSENT, purpose), purpose.id(),
              null, Fact.of(FactText.ENTRUSTED_WITHOUT_CONSENT, purpose.id().value(), purpose.legalBasis().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
        if (purpose.clauses().stream().noneMatch(c -> c.section().value().equals("§2"))) {
          denials.add(new Reason(ReasonCode.CONDITION_NOT_MET, "R30", clauses(compiled, PURPOSE_LIMITATION, purpose), purpose.id(),
              null, Fact.of(FactText.ENTRUSTED_NOT_A_POLICY_PURPOSE, purpose.id().value())));
        }
        merge(core, denials, permits, obligations);
      }
      case ONWARD_TRANSFER -> {
        denials.add(new Reason(ReasonCode.ONWARD_TRANSFER, "R30", clauses(compiled, NO_ONWARD_TRANSFER, purpose), NO_ONWARD_TRANSFER,
            null, Fact.of(FactText.ONWARD_TRANSFER, categories)));
        merge(core, denials, permits, obligations);
      }
      case RECEIVE_FROM_COMPANY -> merge(core, denials, permits, obligations);
      case SEND_TO_COMPANY -> permits.add(new Reason(ReasonCode.ENTRUSTED_EXCHANGE, "R24", clauses(compiled, ENCRYPT, purpose), ENCRYPT,
          null, Fact.of(FactText.ENTRUSTED_EXCHANGE, categories)));
    }
    if (!denials.isEmpty()) {
      return new Decision.Deny(request, at, purpose.legalBasis(), denials, compiled.revision);
    }
    if (obligations.stream().noneMatch(o -> o.kind() == ObligationKind.ENCRYPT_IN_TRANSIT)
        && use.kind() != EntrustedUseKind.PROCESS) {
      obligations.add(0, new Obligation(ObligationKind.ENCRYPT_IN_TRANSIT, clauses(compiled, ENCRYPT, purpose),
          Obligations.detail(ObligationKind.ENCRYPT_IN_TRANSIT, null, null)));
    }
    return new Decision.Permit(request, at, purpose.legalBasis(), permits, obligations, compiled.revision);
  }

  /** Takes the table's reasons and obligations; a store failure or a missing decision denies. */
  private static void merge(Decision core, List<Reason> denials, List<Reason> permits, List<Obligation> obligations) {
    if (core.permitted()) {
      permits.addAll(core.reasons());
      obligations.addAll(core.obligations());
    } else {
      denials.addAll(core.reasons());
    }
  }

  private static List<ClauseRef> clauses(CompiledPolicy compiled, DutyId duty, Purpose purpose) {
    return compiled.policy.duties().find(duty).map(ConsultantDuty::clauses).orElse(purpose.clauses());
  }

  private static String day(CompiledPolicy compiled, Instant instant) {
    return instant.atZone(compiled.zone).toLocalDate().toString();
  }
}
