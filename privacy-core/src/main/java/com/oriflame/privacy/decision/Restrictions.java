package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;

/** E5: the host may restrict the subject's data for single purposes; a restricted purpose is denied. */
@Implements({"E5"})
final class Restrictions implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.profile.restrictedPurposes().contains(f.purpose.id())) {
      v.deny(ReasonCode.PURPOSE_RESTRICTED, Rules.RESTRICTED, f.purpose.clauses(), f.purpose.id(),
          Fact.of(FactText.RESTRICTED, f.purpose.id().value()));
    }
  }
}
