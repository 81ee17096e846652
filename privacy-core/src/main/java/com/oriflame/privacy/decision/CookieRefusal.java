package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;

/** R33: cookies of a category the holder refused (in the browser or a banner, recorded as events) are denied. */
@Implements({"R33"})
final class CookieRefusal implements CookieRule {
  @Override
  public void apply(CookieFacts f, Verdict v) {
    f.consents.cookieRefused(f.cookie.id()).ifPresent(e -> v.deny(ReasonCode.COOKIE_REFUSED, "R33", f.cookie.clauses(),
        f.cookie.id(), e.id(), Fact.of(FactText.COOKIE_REFUSED, f.cookie.id().value(), f.day(e.effectiveAt()),
            Words.of(e.evidence().channel()))));
  }
}
