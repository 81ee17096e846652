package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.policy.CookieCategory;
import java.time.Instant;

/** What the cookie rules know: the holder's choices and acceptance (with linked identities) at the instant. */
final class CookieFacts {
  final CompiledPolicy compiled;
  final Holder holder;
  final CookieCategory cookie;
  final Instant at;
  final ConsentState consents;

  CookieFacts(CompiledPolicy compiled, Holder holder, CookieCategory cookie, Instant at, ConsentState consents) {
    this.compiled = compiled;
    this.holder = holder;
    this.cookie = cookie;
    this.at = at;
    this.consents = consents;
  }

  String day(Instant instant) {
    return instant.atZone(compiled.zone).toLocalDate().toString();
  }
}
