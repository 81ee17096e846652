package com.oriflame.privacy.policy;

/**
 * Reasons to keep data past its retention period: the closed-account list of §6.2 (R29).
 *
 * <p>Stability: stable.
 */
public enum HoldReason {
  /** Tax and other legal duties. */
  LEGAL_COMPLIANCE,
  /** Fraud prevention. */
  FRAUD_PREVENTION,
  /** Collection of payments and amounts owed. */
  DEBT_COLLECTION,
  /** Resolution of disputes. */
  DISPUTE,
  /** Enforcement of the policy, terms and agreements. */
  ENFORCEMENT,
  /** Elimination of faults (troubleshooting). */
  FAULT_ELIMINATION
}
