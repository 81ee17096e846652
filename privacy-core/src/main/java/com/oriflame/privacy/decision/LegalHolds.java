package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.retention.LegalHold;

/**
 * R29: data kept for a reason of §6.2 (legal duties, fraud, debts, disputes, enforcement, faults)
 * is not destroyed or depersonalized while a legal hold of that reason is active on the subject:
 * a hold flag on the profile covers the categories of every purpose that serves it, a hold in the
 * register those it keeps ({@link com.oriflame.privacy.retention.HoldCoverage}). Blocking stays
 * possible.
 */
@Implements({"R29"})
final class LegalHolds implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    Operation op = f.request.operation();
    if (op != Operation.DESTRUCTION && op != Operation.DEPERSONALIZATION) {
      return;
    }
    for (HoldReason hold : f.profile.legalHolds()) {
      for (DataCategory c : f.categories) {
        if (f.compiled.holdCovers(hold, c.id())) {
          v.deny(ReasonCode.LEGAL_HOLD, "R29", f.compiled.closureClauses, c.id(),
              Fact.of(FactText.HELD, Words.of(hold), c.id().value()));
        }
      }
    }
    for (LegalHold hold : f.holds) {
      for (DataCategory c : f.categories) {
        if (f.compiled.holdCoverage.keeps(hold, c.id())) {
          v.deny(ReasonCode.LEGAL_HOLD, "R29", f.compiled.closureClauses, c.id(),
              Fact.of(FactText.HELD, Words.of(hold.reason()), c.id().value()));
        }
      }
    }
  }
}
