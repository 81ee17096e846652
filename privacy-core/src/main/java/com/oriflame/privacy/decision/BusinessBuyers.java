package com.oriflame.privacy.decision;

import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RecipientKind;
import java.util.Optional;

/**
 * R17: personal data is never sold or traded (§3.1). It goes to the buyer of a business or its
 * assets only while a transfer to that named buyer is recorded and in force, and the request names
 * that transfer as its ground (§3.3); the disclosure of the transferred subject base is recorded.
 */
@Implements({"R17"})
final class BusinessBuyers implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.recipient.isEmpty() || f.recipient.get().kind() != RecipientKind.BUSINESS_BUYER) {
      return;
    }
    Recipient r = f.recipient.get();
    Ground ground = f.request.ground().orElse(null);
    if (ground == null || ground.kind() != Ground.Kind.BUSINESS_TRANSFER) {
      v.deny(ReasonCode.NO_BUSINESS_TRANSFER, "R17", r.clauses(), r.id(), Fact.of(FactText.BUYER_WITHOUT_TRANSFER, r.id().value()));
      return;
    }
    Optional<BusinessTransfer> transfer = f.businessTransfers().stream().filter(t -> t.id().equals(ground.reference())).findFirst();
    if (transfer.isEmpty()) {
      v.deny(ReasonCode.NO_BUSINESS_TRANSFER, "R17", r.clauses(), r.id(), Fact.of(FactText.TRANSFER_NOT_RECORDED, ground.reference()));
    } else if (!transfer.get().inForceAt(f.at)) {
      v.deny(ReasonCode.NO_BUSINESS_TRANSFER, "R17", r.clauses(), r.id(),
          Fact.of(FactText.TRANSFER_NOT_IN_FORCE, transfer.get().id(), transfer.get().buyer(), f.day(f.at)));
    }
  }
}
