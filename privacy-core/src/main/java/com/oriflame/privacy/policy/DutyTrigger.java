package com.oriflame.privacy.policy;

/**
 * What sets a Consultant's duty of §7 going.
 *
 * <p>Stability: stable.
 */
public enum DutyTrigger {
  /** The duty holds for as long as the Consultant processes entrusted data. */
  ALWAYS,
  /** Cancellation of the Consultant's registration (R31). */
  DEREGISTRATION,
  /** A verification request or query from the company (R31). */
  COMPANY_REQUEST
}
