package com.oriflame.privacy.retention;

import com.oriflame.privacy.internal.Copies;
import java.util.List;
import java.util.Objects;

/**
 * What a run of the executor did, so far or in all.
 *
 * <p>Stability: experimental.
 *
 * @param total the actions in the plan
 * @param processed the actions looked at so far
 * @param applied the actions applied in this run
 * @param alreadyApplied the actions skipped because an earlier run applied them
 * @param skipped the actions skipped because they are no longer due or a hold now keeps them
 * @param failed the ids of the actions a source failed on (left for the next run)
 */
public record ExecutionReport(int total, int processed, int applied, int alreadyApplied, int skipped, List<String> failed) {

  /**
   * Copies the list.
   *
   * @param total the actions in the plan
   * @param processed the actions looked at so far
   * @param applied applied in this run
   * @param alreadyApplied applied before
   * @param skipped no longer due or held
   * @param failed ids of failed actions
   */
  public ExecutionReport {
    failed = Copies.list(Objects.requireNonNull(failed, "failed"), "failed");
  }

  /** @return whether every action of the plan is applied, by this run or an earlier one, or skipped */
  public boolean complete() {
    return processed == total && failed.isEmpty();
  }
}
