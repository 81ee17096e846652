package com.oriflame.privacy.policy;

/**
 * Properties of a data category that decisions depend on.
 *
 * <p>Stability: stable.
 */
public enum CategoryTrait {
  /** Never persisted by the operator's systems: online payment data (§4, R23). */
  NEVER_STORED,
  /** A credential such as the account password: never exported, logged or receipted (§5, R25). */
  CREDENTIAL,
  /** Only collected for minors: the guardian's name (§1.1, R5). */
  MINORS_ONLY,
  /** May be published under the Purchase-Sale Agreement (§1.1, R6). */
  PUBLIC_UNDER_AGREEMENT,
  /**
   * An e-mail address or telephone number through which the subject can be reached: marketing that
   * reaches the subject through it needs consent (§2(2), R7).
   */
  ELECTRONIC_CONTACT
}
