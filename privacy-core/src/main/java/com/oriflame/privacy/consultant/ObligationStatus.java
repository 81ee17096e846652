package com.oriflame.privacy.consultant;

/**
 * Where a tracked obligation stands at an instant.
 *
 * <p>Stability: experimental.
 */
public enum ObligationStatus {
  /** Not yet done, not yet due. */
  OPEN,
  /** Not done, and its due instant has passed. */
  OVERDUE,
  /** Done, with evidence, by its due instant. */
  CLOSED,
  /** Done, with evidence, after its due instant. */
  CLOSED_LATE
}
