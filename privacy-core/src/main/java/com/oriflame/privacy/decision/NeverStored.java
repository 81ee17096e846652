package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.DataCategory;

/**
 * R23: online payment-transaction data is never collected or stored by the operator (§4). Every
 * operation that {@linkplain com.oriflame.privacy.policy.Operation#writes() writes} (collection,
 * systematization, accumulation, storage, clarification) on it is denied; the linter uses the same
 * definition of "write".
 */
@Implements({"R23"})
final class NeverStored implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (!f.request.operation().writes()) {
      return;
    }
    for (DataCategory c : f.categories) {
      if (f.compiled.touchesNeverStored(c.id())) {
        v.deny(ReasonCode.NEVER_STORED, "R23", c.clauses(), c.id(),
            Fact.of(FactText.NEVER_STORED, Words.of(f.request.operation()), c.id().value()));
      }
    }
  }
}
