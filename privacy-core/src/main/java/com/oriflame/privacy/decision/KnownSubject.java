package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;

/**
 * E1: a subject the stores do not know at the instant is denied, never permitted (ARCHITECTURE:
 * "unknown or missing subject data gives a denial"). The other rules then see an empty profile.
 */
@Implements({"E1"})
final class KnownSubject implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (!f.known) {
      v.deny(ReasonCode.SUBJECT_UNKNOWN, Rules.UNKNOWN_SUBJECT, f.purpose.clauses(), f.purpose.id(),
          Fact.of(FactText.SUBJECT_UNKNOWN, f.day(f.at)));
    }
  }
}
