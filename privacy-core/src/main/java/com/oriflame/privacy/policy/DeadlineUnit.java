package com.oriflame.privacy.policy;

/**
 * Units in which deadlines are counted.
 *
 * <p>Stability: stable.
 */
public enum DeadlineUnit {
  /** Calendar days. */
  CALENDAR_DAYS,
  /** Working days of the operator's calendar. */
  WORKING_DAYS
}
