package com.oriflame.privacy.rights;

import com.oriflame.privacy.rights.SourceStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How far the work of one request got across the sources: every step recorded for it. Work is
 * complete when every step it needs is {@link SourceStep.Status#DONE}; a failed step leaves it in
 * progress with the failure recorded, and running the work again (same work id) retries only the
 * steps not done.
 *
 * <p>Stability: experimental.
 *
 * @param work the work id (the request id)
 * @param steps the steps of this run, ordered by source then step name
 */
public record WorkProgress(String work, List<SourceStep> steps) {

  /**
   * Copies the steps.
   *
   * @param work the work id
   * @param steps the steps of this run
   */
  public WorkProgress {
    Objects.requireNonNull(work, "work");
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
  }

  /** @return whether every step is done */
  public boolean complete() {
    return steps.stream().allMatch(s -> s.status() == SourceStep.Status.DONE);
  }

  /** @return the steps that failed (or never answered), to retry */
  public List<SourceStep> unfinished() {
    List<SourceStep> result = new ArrayList<>();
    for (SourceStep s : steps) {
      if (s.status() != SourceStep.Status.DONE) {
        result.add(s);
      }
    }
    return List.copyOf(result);
  }

  @Override
  public String toString() {
    return "WorkProgress[" + steps.size() + " steps, " + unfinished().size() + " unfinished]";
  }
}
