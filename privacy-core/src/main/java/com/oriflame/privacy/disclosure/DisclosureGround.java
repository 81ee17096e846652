package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.policy.LegalBasis;

/**
 * What a logged disclosure rests on: a ground the request stated (a legal demand, a recorded case,
 * a business transfer), the contract with a processor acting for the operator (§2, R21), or else
 * the legal basis of the purpose it served.
 *
 * <p>Stability: stable.
 */
public enum DisclosureGround {
  /** A properly issued legal demand or regulator request (§2(16), §3.3, R18). */
  LEGAL_DEMAND,
  /** A dispute with the subject, recorded as a dispute hold (§3.3, R18). */
  DISPUTE,
  /** A fraud investigation, recorded as a fraud-prevention hold (§3.3, R18). */
  FRAUD_INVESTIGATION,
  /** A recorded business transfer to the buyer (§3.3, R17). */
  BUSINESS_TRANSFER,
  /** Processing entrusted to a processor under its contract with the operator (§2, R21). */
  PROCESSOR_CONTRACT,
  /** The subject's consent, the purpose's basis (§2, Art. 9). */
  CONSENT,
  /** The subject's contract, the purpose's basis (§2(1), §2(3)). */
  CONTRACT,
  /** A legal obligation of the operator, the purpose's basis (§2(4), §2(16)). */
  LEGAL_OBLIGATION,
  /** The operator's legitimate interest, the purpose's basis as the rendering infers it. */
  LEGITIMATE_INTEREST,
  /** The subject's vital interest, the purpose's basis. */
  VITAL_INTEREST,
  /** A public interest, the purpose's basis. */
  PUBLIC_INTEREST;

  /**
   * @param basis a purpose's legal basis
   * @return the ground a disclosure resting on that basis alone is logged with
   */
  public static DisclosureGround of(LegalBasis basis) {
    return switch (basis) {
      case CONSENT -> CONSENT;
      case CONTRACT -> CONTRACT;
      case LEGAL_OBLIGATION -> LEGAL_OBLIGATION;
      case LEGITIMATE_INTEREST -> LEGITIMATE_INTEREST;
      case VITAL_INTEREST -> VITAL_INTEREST;
      case PUBLIC_INTEREST -> PUBLIC_INTEREST;
    };
  }
}
