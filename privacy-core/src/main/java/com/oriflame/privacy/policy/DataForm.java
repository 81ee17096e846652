package com.oriflame.privacy.policy;

/**
 * The form in which a recipient may receive data.
 *
 * <p>Stability: stable.
 */
public enum DataForm {
  /** Data about identifiable individuals. */
  IDENTIFIED,
  /** Per-subject rows under a pseudonym; still personal data. */
  PSEUDONYMISED,
  /** Only aggregate figures about groups, never per-subject rows (§3.3, R13). */
  AGGREGATE_ONLY
}
