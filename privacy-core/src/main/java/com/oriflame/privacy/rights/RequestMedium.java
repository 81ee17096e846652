package com.oriflame.privacy.rights;

/**
 * How the answer to an access request is supplied; decides whether a fee may apply (R38).
 *
 * <p>Stability: experimental.
 */
public enum RequestMedium {
  /** Electronically: e-mail, the account, a download. */
  ELECTRONIC,
  /** Inspection of the documents by the subject (Law: the subject may inspect documents about them). */
  INSPECTION,
  /** On a tangible medium: paper, a flash drive; the law allows a charge (R38). */
  TANGIBLE_MEDIUM
}
