package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.PurposeTrait;

/**
 * R29 (and §2(1), §2(3)): a contract-based purpose needs the subject's contract (the Consultant
 * registration, the Purchase-Sale Agreement) in force at the instant; after it ended, only the
 * purposes that survive it (§6.2) go on.
 */
@Implements({"R29"})
final class ContractBasis implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.purpose.legalBasis() != LegalBasis.CONTRACT) {
      return;
    }
    Contract contract = f.profile.contract().orElse(null);
    if (contract == null) {
      v.deny(ReasonCode.NO_CONTRACT, Rules.CONTRACT, f.purpose.clauses(), f.purpose.id(), Fact.of(FactText.NO_CONTRACT));
    } else if (f.at.isBefore(contract.start())) {
      v.deny(ReasonCode.NO_CONTRACT, Rules.CONTRACT, f.purpose.clauses(), f.purpose.id(),
          Fact.of(FactText.CONTRACT_NOT_STARTED, f.day(contract.start())));
    } else if (contract.inForceAt(f.at)) {
      v.permit(ReasonCode.CONTRACT_IN_FORCE, Rules.CONTRACT, f.purpose.clauses(), f.purpose.id(), null,
          Fact.of(FactText.CONTRACT_IN_FORCE, f.day(contract.start())));
    } else if (f.purpose.has(PurposeTrait.SURVIVES_ACCOUNT_CLOSURE)) {
      v.permit(ReasonCode.SURVIVES_CLOSURE, "R29", f.compiled.closureClauses, f.purpose.id(), null,
          Fact.of(FactText.SURVIVES_CLOSURE, f.day(contract.end().orElseThrow()), f.purpose.id().value()));
    } else {
      v.deny(ReasonCode.CONTRACT_ENDED, Rules.CONTRACT, f.purpose.clauses(), f.purpose.id(),
          Fact.of(FactText.CONTRACT_ENDED, f.day(contract.end().orElseThrow())));
    }
  }
}
