package com.oriflame.privacy.policy;

/**
 * Notices a collection form carries (§0, §1.1, §4, §6.1; R11).
 *
 * <p>Stability: stable.
 */
public enum NoticeKind {
  /** Submitting the form is acceptance of the whole policy (§0). */
  POLICY_ACCEPTANCE,
  /** Providing data is voluntary; withholding it may limit services (§1.1). */
  VOLUNTARY_PROVISION,
  /** The data may be used for marketing (§6.1). */
  MARKETING_USE,
  /** The data may be disclosed to third parties for their marketing (§6.1). */
  THIRD_PARTY_MARKETING,
  /** The data may be transferred and processed abroad (§4). */
  CROSS_BORDER_TRANSFER
}
