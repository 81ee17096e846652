package com.oriflame.privacy.policy;

/**
 * The kinds of recipients of §3 (and §2's third-party marketers).
 *
 * <p>Stability: stable.
 */
public enum RecipientKind {
  /** Members of the group: the ultimate holding company and its subsidiaries (§3.2). */
  GROUP_COMPANY,
  /** Subcontractors and suppliers: carriers, debt collection, factoring, logistics, support (§3.3). */
  BUSINESS_PARTNER,
  /** Other participants of the buyer network (§3.3). */
  NETWORK_PARTICIPANT,
  /** Advertising agencies and networks: aggregates only (§3.3). */
  ADVERTISING,
  /** Search-engine providers, analysts and developers (§3.3). */
  ANALYTICS,
  /** Rating (credit reference) agencies (§3.3). */
  CREDIT_AGENCY,
  /** Providers of mass e-mail and SMS (§3.3). */
  MESSAGING_PROVIDER,
  /** A prospective or actual buyer of a business or its assets (§3.3). */
  BUSINESS_BUYER,
  /** Authorities and others with a legal demand (§2(16), §3.3). */
  AUTHORITY,
  /** Companies and organisations exchanging data for fraud and credit-risk protection (§3.3). */
  FRAUD_PREVENTION,
  /** Third parties who use the data for their own marketing (§2). */
  THIRD_PARTY_MARKETER
}
