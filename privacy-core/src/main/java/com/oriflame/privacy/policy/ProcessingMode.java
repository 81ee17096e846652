package com.oriflame.privacy.policy;

/**
 * How processing is carried out; §2 says both modes are used and the subject must be told (R20).
 *
 * <p>Stability: stable.
 */
public enum ProcessingMode {
  /** By automated means. */
  AUTOMATED,
  /** By non-automated means (paper, manual lists). */
  NON_AUTOMATED
}
