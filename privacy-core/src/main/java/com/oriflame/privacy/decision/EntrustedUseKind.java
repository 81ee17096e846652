package com.oriflame.privacy.decision;

/**
 * What a Consultant does with personal data entrusted to them by the company and by their
 * customers and downline (§7).
 *
 * <p>Stability: experimental.
 */
public enum EntrustedUseKind {
  /**
   * Processing within the mandate: collecting, storing, using or destroying the data for a purpose
   * of §2, with the data subject's consent (R30).
   */
  PROCESS,
  /** Receiving files of the data from the company: encrypted in transit over a public network (R24). */
  RECEIVE_FROM_COMPANY,
  /** Sending files of the data to the company (returning them, reporting): encrypted in transit (R24). */
  SEND_TO_COMPANY,
  /** Passing the data on to anyone but the company: denied unless the law provides otherwise (R30). */
  ONWARD_TRANSFER
}
