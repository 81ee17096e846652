package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;

/** E4: the data of an erased subject is gone; nothing may be done with it (§6.2). */
@Implements({"E4"})
final class Erasure implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.profile.erased()) {
      v.deny(ReasonCode.SUBJECT_ERASED, Rules.ERASED, f.compiled.erasureClauses, f.purpose.id(), Fact.of(FactText.ERASED));
    }
  }
}
