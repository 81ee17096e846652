package com.oriflame.privacy.decision;

import java.time.Instant;

/**
 * Whether a request is permitted, and the span of instants over which the same request about the
 * same subject gets the same answer from the full rule table: an interval of the subject's {@link
 * SubjectSnapshot} (between two instants at which anything the rules read about the subject can
 * change). What {@code filter} keeps per subject and campaign, in two longs and a bit, so that a
 * campaign repeated within the span decides the subject without its records. An empty span (
 * {@code untilNanos <= fromNanos}) holds no instant: the answer is for the instant asked only.
 *
 * <p>Stability: experimental (the fast path's compact state).
 *
 * @param permitted whether the request is permitted over the span
 * @param fromNanos the span's first instant in epoch nanoseconds ({@link Long#MIN_VALUE}: since ever)
 * @param untilNanos the instant after the span in epoch nanoseconds ({@link Long#MAX_VALUE}: for ever)
 */
public record DecisionSpan(boolean permitted, long fromNanos, long untilNanos) {

  /**
   * @param at an instant in epoch nanoseconds
   * @return whether the span holds it
   */
  public boolean contains(long at) {
    return fromNanos <= at && at < untilNanos;
  }

  /**
   * @param at an instant
   * @return whether the span holds it; {@code false} for an instant beyond what epoch nanoseconds
   *     of a long hold
   */
  public boolean contains(Instant at) {
    try {
      return contains(SubjectSnapshot.nanos(at));
    } catch (ArithmeticException e) {
      return false;
    }
  }

  /**
   * @param at an instant
   * @return its epoch nanoseconds, or {@link Long#MIN_VALUE} if a long does not hold them
   */
  public static long nanosOf(Instant at) {
    try {
      return SubjectSnapshot.nanos(at);
    } catch (ArithmeticException e) {
      return Long.MIN_VALUE;
    }
  }
}
