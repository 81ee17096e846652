package com.oriflame.privacy.policy;

/**
 * Why data is blocked (блокирование: kept, not processed). The first five are the grounds on which
 * the law lets the subject demand clarification, blocking or destruction (R39); then the action of
 * a retention rule whose period has run out, and a ground not recorded (blockings migrated from
 * stores that kept none).
 *
 * <p>Stability: stable.
 */
public enum BlockingGround {
  /** The data is incomplete. */
  INCOMPLETE,
  /** The data is outdated. */
  OUTDATED,
  /** The data is inaccurate. */
  INACCURATE,
  /** The data was obtained unlawfully. */
  UNLAWFULLY_OBTAINED,
  /** The data is not necessary for the stated purpose of processing. */
  NOT_NECESSARY,
  /** A retention rule's period has run out and its action is to block. */
  RETENTION_ENDED,
  /** The ground was not recorded: a blocking stored before blockings carried their ground (JDBC schema V1). */
  NOT_STATED
}
