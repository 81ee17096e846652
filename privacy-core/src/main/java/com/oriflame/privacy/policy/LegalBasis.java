package com.oriflame.privacy.policy;

/**
 * The legal basis a purpose relies on: exactly one per purpose. The first four are the bases the
 * policy uses (it names consent and contract and describes legal duties; legitimate interest is an
 * inferred classification, see the English rendering). The last two complete the list a DPV/GDPR
 * reader expects; the bundled policy does not use them.
 *
 * <p>Stability: stable.
 */
public enum LegalBasis {
  /** The subject's consent (§0, §2(2), §4); it can be withdrawn. DPV {@code dpv:Consent}. */
  CONSENT("dpv:Consent", true),
  /** Performance of a contract with the subject, e.g. the Consultant registration (§2(1)). */
  CONTRACT("dpv:Contract", false),
  /** A duty under law, e.g. tax or answering authorities (§2(4), §2(16)). */
  LEGAL_OBLIGATION("dpv:LegalObligation", false),
  /** The operator's legitimate interest (inferred for §2(8), (10), (11), (13)–(15)). */
  LEGITIMATE_INTEREST("dpv:LegitimateInterest", false),
  /** Protection of the vital interests of the subject or another person. */
  VITAL_INTEREST("dpv:VitalInterest", false),
  /** A task carried out in the public interest or in the exercise of official authority. */
  PUBLIC_INTEREST("dpv:PublicInterest", false);

  private final String dpv;
  private final boolean consentBased;

  LegalBasis(String dpv, boolean consentBased) {
    this.dpv = dpv;
    this.consentBased = consentBased;
  }

  /** @return the Data Privacy Vocabulary term for this basis, e.g. {@code dpv:Consent} */
  public String dpvTerm() {
    return dpv;
  }

  /** @return whether processing on this basis needs a consent that is in force */
  public boolean consentBased() {
    return consentBased;
  }
}
