package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;

/**
 * R20: the operation is one of the purpose's operations (the list at the end of §2), and the
 * processing mode the request states (automated or not) is one the purpose allows.
 */
@Implements({"R20"})
final class PurposeOperations implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (!f.purpose.operations().contains(f.request.operation())) {
      v.deny(ReasonCode.OPERATION_NOT_IN_PURPOSE, "R20", f.purpose.clauses(), f.purpose.id(),
          Fact.of(FactText.OPERATION_NOT_IN_PURPOSE, Words.of(f.request.operation()), f.purpose.id().value()));
    }
    if (!f.purpose.modes().contains(f.request.mode())) {
      v.deny(ReasonCode.MODE_NOT_IN_PURPOSE, "R20", f.purpose.clauses(), f.purpose.id(),
          Fact.of(FactText.MODE_NOT_IN_PURPOSE, Words.of(f.request.mode()), f.purpose.id().value()));
    }
  }
}
