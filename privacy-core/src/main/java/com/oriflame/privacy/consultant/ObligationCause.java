package com.oriflame.privacy.consultant;

/**
 * What created a Consultant's tracked obligation (§7, R31).
 *
 * <p>Stability: experimental.
 */
public enum ObligationCause {
  /** The Consultant's registration was cancelled: return and destroy the entrusted data. */
  CANCELLATION,
  /** The company asked the Consultant to check the entrusted data and report the result. */
  VERIFICATION_REQUEST,
  /** The company asked the Consultant a question about their processing of entrusted data. */
  QUERY,
  /** A breach of entrusted data at the Consultant was suspected or found: the company asks for a report. */
  BREACH
}
