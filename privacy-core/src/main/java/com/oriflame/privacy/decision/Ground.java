package com.oriflame.privacy.decision;

import java.util.Objects;

/**
 * The ground a disclosure rests on when the policy asks for one: a legal demand or regulator
 * request (§2(16), R18), a recorded case of the subject (a dispute, a fraud investigation, §3.3),
 * or a recorded business transfer (§3.3, R17). Disclosures to authorities need one of the first
 * three; disclosures to business buyers need the last.
 *
 * <p>Stability: stable.
 *
 * @param kind what kind of ground
 * @param reference the demand's number, the case's or transfer's id; never personal data
 */
public record Ground(Kind kind, String reference) {

  /** The kinds of ground. */
  public enum Kind {
    /** A properly issued legal demand, regulator request or legal duty (§2(16), §3.3). */
    LEGAL_DEMAND,
    /** A dispute with the subject, recorded as a dispute hold on the subject's profile (§3.3, §6.2). */
    DISPUTE,
    /** A fraud investigation, recorded as a fraud-prevention hold on the subject's profile (§3.3). */
    FRAUD_INVESTIGATION,
    /** A business transfer recorded in {@code PrivacyEngine#businessTransfers()} (§3.3, R17). */
    BUSINESS_TRANSFER
  }

  /**
   * Rejects missing fields.
   *
   * @param kind what kind of ground
   * @param reference the demand's number, the case's or transfer's id; never personal data
   */
  public Ground {
    Objects.requireNonNull(kind, "ground kind is missing");
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("a " + kind + " ground needs its reference (demand number, case or transfer id)");
    }
  }

  /**
   * @param reference the demand's number
   * @return a legal demand ground
   */
  public static Ground legalDemand(String reference) {
    return new Ground(Kind.LEGAL_DEMAND, reference);
  }

  /**
   * @param caseReference the dispute's reference
   * @return a dispute ground
   */
  public static Ground dispute(String caseReference) {
    return new Ground(Kind.DISPUTE, caseReference);
  }

  /**
   * @param caseReference the investigation's reference
   * @return a fraud investigation ground
   */
  public static Ground fraudInvestigation(String caseReference) {
    return new Ground(Kind.FRAUD_INVESTIGATION, caseReference);
  }

  /**
   * @param transferId the recorded business transfer's id
   * @return a business transfer ground
   */
  public static Ground businessTransfer(String transferId) {
    return new Ground(Kind.BUSINESS_TRANSFER, transferId);
  }

  @Override
  public String toString() {
    return "Ground[" + kind + "]";
  }
}
