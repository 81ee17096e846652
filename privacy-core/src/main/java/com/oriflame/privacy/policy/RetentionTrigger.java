package com.oriflame.privacy.policy;

/**
 * The event a retention period runs from.
 *
 * <p>Stability: stable.
 */
public enum RetentionTrigger {
  /** The data was collected. */
  COLLECTION,
  /** The contract ended: deregistration or account closure. */
  END_OF_CONTRACT,
  /** The subject's last activity. */
  LAST_ACTIVITY,
  /** The consent was withdrawn or an objection raised. */
  WITHDRAWAL,
  /** The purpose was fulfilled. */
  PURPOSE_FULFILLED
}
