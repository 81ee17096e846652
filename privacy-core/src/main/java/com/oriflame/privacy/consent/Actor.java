package com.oriflame.privacy.consent;

/**
 * Who acted when a consent event happened.
 *
 * <p>Stability: stable.
 */
public enum Actor {
  /** The data subject themself. */
  SUBJECT,
  /** The guardian of a minor subject, named in the category "guardian of a minor" (§1.1, R5). */
  GUARDIAN,
  /** An agent of the operator acting on the subject's instruction (e.g. a call-centre agent). */
  OPERATOR_AGENT
}
