package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.CategoryId;
import java.util.Optional;

/**
 * R5: for a subject under the age of majority (18 under Kyrgyz civil law, from the policy's
 * minors rule, counted in the engine's zone) every acceptance and consent comes from the guardian,
 * whose identity (the §1.1 item "guardian's first name and surname") must have been provided.
 * Where the birth date is unknown it cannot be told who may act, so nothing that needs an
 * acceptance or consent is permitted. Acts by the wrong party are ignored by the consent state and
 * reported by {@link Acceptance} and {@link ConsentBasis}.
 */
@Implements({"R5"})
final class Minors implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (!Acceptance.needsAcceptance(f)) {
      return;
    }
    Optional<Boolean> minor = f.minor();
    if (minor.isEmpty()) {
      v.deny(ReasonCode.AGE_UNKNOWN, "R5", f.compiled.minorsClauses, f.purpose.id(), Fact.of(FactText.AGE_UNKNOWN));
    } else if (minor.get()) {
      CategoryId guardian = f.compiled.policy.minors().guardianCategory();
      boolean identified = f.profile.providedCategories().stream().anyMatch(p -> p.covers(guardian));
      if (!identified) {
        v.deny(ReasonCode.GUARDIAN_NOT_IDENTIFIED, "R5", f.compiled.minorsClauses, guardian,
            Fact.of(FactText.GUARDIAN_NOT_IDENTIFIED, guardian.value()));
      }
    }
  }
}
