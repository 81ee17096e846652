package com.oriflame.privacy.policy;

/**
 * Rights of the data subject (§6.1, §6.2, §10 and the law).
 *
 * <p>Stability: stable.
 */
public enum RightKind {
  /** Access to the data held (§6.2; Law Art. 17(e)). */
  ACCESS,
  /** Rectification (clarification) of data (§6.2). */
  RECTIFICATION,
  /** Erasure (deletion) of data (§6.2). */
  ERASURE,
  /** Closing the account within one working day; closed-account data is kept only as §6.2 lists (R27, R29). */
  ACCOUNT_CLOSURE,
  /** Blocking of incomplete, outdated, inaccurate, unlawful or unnecessary data (Law, R39). */
  BLOCKING,
  /** Objection to marketing (§6.1). */
  OBJECTION,
  /** Complaint about a breach of the policy (§10). */
  COMPLAINT
}
