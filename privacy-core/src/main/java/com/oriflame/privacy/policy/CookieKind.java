package com.oriflame.privacy.policy;

/**
 * The four functions of cookies in §8 (R32).
 *
 * <p>Stability: stable.
 */
public enum CookieKind {
  /** Essential (strictly necessary), §8.1: never consent-based. */
  ESSENTIAL,
  /** Performance, §8.2. */
  PERFORMANCE,
  /** Functional, §8.3. */
  FUNCTIONAL,
  /** Behavioural (interest-based) advertising, including third-party cookies, §8.4. */
  BEHAVIOURAL_ADVERTISING
}
