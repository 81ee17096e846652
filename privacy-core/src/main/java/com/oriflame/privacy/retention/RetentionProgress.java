package com.oriflame.privacy.retention;

/**
 * Told by the executor after each batch. An exception it throws stops the run; the actions applied
 * so far stay applied and the next run resumes after them.
 *
 * <p>Stability: experimental.
 */
@FunctionalInterface
public interface RetentionProgress {

  /** Ignores the progress. */
  RetentionProgress NONE = p -> { };

  /**
   * @param progress the totals so far
   */
  void batchDone(ExecutionReport progress);
}
