package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Operation;
import java.util.EnumSet;
import java.util.Set;

/**
 * R39: blocked data (the whole subject or some categories, each blocking with its ground) is kept
 * but not processed: only storage, blocking and destruction stay allowed, and legal-obligation
 * processing under a legal demand (§2(16)). Blocking is distinct from erasure.
 */
@Implements({"R39"})
final class BlockedData implements Rule {
  private static final Set<Operation> ALLOWED = EnumSet.of(Operation.STORAGE, Operation.BLOCKING, Operation.DESTRUCTION);

  @Override
  public void apply(Facts f, Verdict v) {
    if (ALLOWED.contains(f.request.operation())
        || (f.purpose.legalBasis() == LegalBasis.LEGAL_OBLIGATION && f.request.legalDemand())) {
      return;
    }
    for (DataCategory c : f.categories) {
      f.profile.blockingOf(c.id()).ifPresent(b -> v.deny(ReasonCode.SUBJECT_BLOCKED, "R39", f.compiled.blockingClauses, c.id(),
          Fact.of(FactText.BLOCKED, c.id().value(), Words.of(b.ground()))));
    }
  }
}
