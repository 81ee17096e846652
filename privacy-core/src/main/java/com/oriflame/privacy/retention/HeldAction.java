package com.oriflame.privacy.retention;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.RetentionAction;
import com.oriflame.privacy.policy.RetentionRuleId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An action a retention rule would make due that holds keep back (§6.2, R29): listed in the plan so
 * a person sees what waits for a hold to be lifted.
 *
 * <p>Stability: experimental.
 *
 * @param subject whose data
 * @param rule the retention rule whose period ran out
 * @param operation what the rule would do
 * @param categories the categories kept
 * @param dueAt when the period ran out
 * @param holds the ids of the register holds that keep them (empty if only profile flags do)
 * @param reasons the reasons of every hold that keeps them
 */
public record HeldAction(SubjectId subject, RetentionRuleId rule, RetentionAction operation, Set<CategoryId> categories,
    Instant dueAt, List<String> holds, Set<HoldReason> reasons) {

  /**
   * Rejects missing fields; copies collections.
   *
   * @param subject whose data
   * @param rule the rule
   * @param operation what it would do
   * @param categories the categories kept
   * @param dueAt when the period ran out
   * @param holds the register holds' ids
   * @param reasons the holds' reasons
   */
  public HeldAction {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(operation, "operation");
    categories = Copies.orderedSet(categories, "categories");
    Objects.requireNonNull(dueAt, "dueAt");
    holds = Copies.list(holds, "holds");
    reasons = Copies.orderedSet(reasons, "reasons");
  }

  /** Prints the subject as a pseudonym. */
  @Override
  public String toString() {
    return "HeldAction[" + operation + " " + categories + " of " + subject + " by " + rule + ", kept by " + reasons + "]";
  }
}
