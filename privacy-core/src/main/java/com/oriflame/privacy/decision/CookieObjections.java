package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.PurposeId;

/**
 * R10: an objection in force reaches the cookies that serve the purposes it covers: a raised
 * marketing objection refuses behavioural-advertising cookies (§6.1, §8.4), just as it denies
 * the advertising purpose itself.
 */
@Implements({"R10"})
final class CookieObjections implements CookieRule {
  @Override
  public void apply(CookieFacts f, Verdict v) {
    for (PurposeId purpose : f.cookie.purposes()) {
      for (Objection o : f.compiled.objectionsAgainst(purpose)) {
        if (!o.recipients().isEmpty()) {
          continue;
        }
        f.consents.objection(o.id()).ifPresent(e -> v.deny(ReasonCode.OBJECTION_RAISED, "R10", o.clauses(), o.id(), e.id(),
            Fact.of(FactText.COOKIE_OBJECTION, o.id().value(), f.day(e.effectiveAt()), Words.of(e.evidence().channel()),
                purpose.value())));
      }
    }
  }
}
