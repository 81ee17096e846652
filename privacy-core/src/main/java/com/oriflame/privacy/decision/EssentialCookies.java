package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;

/**
 * R32: essential (strictly necessary) cookies are never consent-based (§8.1): they are always
 * permitted, whatever was chosen, and no store is read for them.
 */
@Implements({"R32"})
final class EssentialCookies implements CookieRule {
  @Override
  public void apply(CookieFacts f, Verdict v) {
    v.permit(ReasonCode.ESSENTIAL_COOKIES, "R32", f.cookie.clauses(), f.cookie.id(), null,
        Fact.of(FactText.COOKIE_ESSENTIAL, f.cookie.id().value()));
  }
}
