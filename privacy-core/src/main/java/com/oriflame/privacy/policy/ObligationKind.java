package com.oriflame.privacy.policy;

/**
 * What a caller must do when it acts on a permit.
 *
 * <p>Stability: stable.
 */
public enum ObligationKind {
  /** Release aggregate figures only (§3.3, R13). */
  AGGREGATES_ONLY,
  /** Suppress groups smaller than the recipient's minimum group size (R13). */
  SUPPRESS_SMALL_GROUPS,
  /** Encrypt files of personal data sent over a public network (§7, R24). */
  ENCRYPT_IN_TRANSIT,
  /** Record the disclosure in the disclosure log (§3.3, R17, R18). */
  RECORD_DISCLOSURE,
  /** Log the cross-border transfer with country, recipient, purpose and categories (§4, R22). */
  LOG_CROSS_BORDER,
  /** Notify the subject of the transfer to a third party (Law Art. 24, R40). */
  NOTIFY_SUBJECT,
  /** Return and destroy entrusted data when the relationship ends (§7, R31). */
  RETURN_AND_DESTROY_ON_END
}
