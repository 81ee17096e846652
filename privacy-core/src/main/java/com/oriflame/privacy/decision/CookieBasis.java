package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.internal.Implements;

/**
 * R33 and Art. 9: cookies other than essential ones need a ground: consent-based categories an
 * allow choice the holder made; the others (whose basis, legitimate interest, the policy never
 * names) an allow choice or the holder's acceptance of the policy (for a browser, that of the
 * subject it is linked to). A minor's own choice does not count (R5).
 */
@Implements({"R33", "R5"})
final class CookieBasis implements CookieRule {
  @Override
  public void apply(CookieFacts f, Verdict v) {
    CookiePreferencesSet allowed = f.consents.cookieAllowed(f.cookie.id()).orElse(null);
    if (allowed != null) {
      v.permit(ReasonCode.COOKIES_ALLOWED, "R33", f.cookie.clauses(), f.cookie.id(), allowed.id(),
          Fact.of(FactText.COOKIE_ALLOWED, f.cookie.id().value(), f.day(allowed.effectiveAt())));
      return;
    }
    if (f.cookie.legalBasis().consentBased()) {
      v.deny(ReasonCode.NO_CONSENT, "R33", f.cookie.clauses(), f.cookie.id(), Fact.of(FactText.COOKIE_NEEDS_CONSENT, f.cookie.id().value()));
      return;
    }
    PolicyAccepted accepted = f.consents.acceptance().orElse(null);
    if (accepted == null) {
      v.deny(ReasonCode.NO_POLICY_ACCEPTANCE, "R33", f.cookie.clauses(), f.cookie.id(),
          Fact.of(FactText.COOKIE_NOT_ACCEPTED, f.cookie.id().value()));
    } else {
      v.permit(ReasonCode.COOKIES_ALLOWED, "R33", f.cookie.clauses(), f.cookie.id(), accepted.id(),
          Fact.of(FactText.COOKIE_BY_ACCEPTANCE, f.cookie.id().value(), f.day(accepted.effectiveAt())));
    }
  }
}
