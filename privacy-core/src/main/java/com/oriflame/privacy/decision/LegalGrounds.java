package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RecipientKind;

/**
 * R18: a disclosure to authorities, under any purpose, rests on a ground the request states: a
 * properly issued legal demand (§2(16)), or a recorded case of the subject, a dispute or a fraud
 * investigation (§3.3), recorded as the matching hold on the subject's profile at the instant.
 * Such disclosures need no consent and no objection blocks them; they are recorded with their
 * ground.
 */
@Implements({"R18"})
final class LegalGrounds implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.recipient.isEmpty() || f.recipient.get().kind() != RecipientKind.AUTHORITY) {
      return;
    }
    Recipient r = f.recipient.get();
    Ground ground = f.request.ground().orElse(null);
    if (ground == null || ground.kind() == Ground.Kind.BUSINESS_TRANSFER) {
      v.deny(ReasonCode.NO_LEGAL_GROUND, "R18", r.clauses(), r.id(), Fact.of(FactText.AUTHORITY_WITHOUT_GROUND, r.id().value()));
      return;
    }
    HoldReason needed = switch (ground.kind()) {
      case LEGAL_DEMAND, BUSINESS_TRANSFER -> null;
      case DISPUTE -> HoldReason.DISPUTE;
      case FRAUD_INVESTIGATION -> HoldReason.FRAUD_PREVENTION;
    };
    if (needed != null && !f.profile.legalHolds().contains(needed)) {
      v.deny(ReasonCode.NO_LEGAL_GROUND, "R18", r.clauses(), r.id(),
          Fact.of(FactText.CASE_NOT_RECORDED, Words.of(needed), f.day(f.at)));
    }
  }
}
