package com.oriflame.privacy.decision;

/** One family of cookie rules (§8), like {@link Rule} for processing requests. */
interface CookieRule {
  /**
   * @param f what is known about the holder at the instant
   * @param v where findings go
   */
  void apply(CookieFacts f, Verdict v);
}
