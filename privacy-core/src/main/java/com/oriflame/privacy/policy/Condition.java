package com.oriflame.privacy.policy;

/**
 * A fact about the subject or the request that must hold before a purpose or recipient may be used.
 * The decision engine asks the host's ports for these facts; an unknown fact denies.
 *
 * <p>Stability: stable.
 */
public enum Condition {
  /** The message concerns goods similar to the subject's purchases or enquiries (§2(2), R8). */
  SIMILAR_GOODS_ONLY,
  /** The company has an open monetary claim against the subject (§2(6), R19). */
  OPEN_MONETARY_CLAIM,
  /** The subject's contract requires a credit assessment (§3.3, R14). */
  CREDIT_ASSESSMENT_REQUIRED,
  /** The use serves one of the purposes of §2 (§3.2, R16). */
  POLICY_PURPOSE_ONLY,
  /** The subject accepted the policy at registration (§0, §2 entrusting, R2, R21). */
  REGISTRATION_ACCEPTED,
  /** A legal demand, regulator request or legal duty exists (§2(16), §3.3, R18). */
  LEGAL_DEMAND
}
