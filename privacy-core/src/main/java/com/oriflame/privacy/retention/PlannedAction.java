package com.oriflame.privacy.retention;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.RetentionAction;
import com.oriflame.privacy.policy.RetentionRuleId;
import com.oriflame.privacy.policy.RetentionTrigger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One action a retention rule makes due for one subject: destroy, depersonalize or block the
 * categories of the rule that no hold keeps, in the sources that may hold them.
 *
 * <p>Stability: experimental.
 *
 * @param id the action's stable id (the same subject, rule, categories and trigger always give the
 *     same id); the work part of the {@link com.oriflame.privacy.spi.OperationKey}s sent to sources
 * @param subject whose data
 * @param rule the retention rule that makes it due
 * @param clauses the clauses behind the rule
 * @param operation what to do
 * @param categories the categories to act on (the rule's, less those a hold keeps)
 * @param trigger the event the period ran from
 * @param triggeredOn the date of that event, in the engine's zone
 * @param triggeredAt the instant of that event
 * @param period the rule's period
 * @param dueAt when the period ran out: the action is never due before
 * @param steps per source id, the categories of the action that source may hold
 */
public record PlannedAction(String id, SubjectId subject, RetentionRuleId rule, List<ClauseRef> clauses,
    RetentionAction operation, Set<CategoryId> categories, RetentionTrigger trigger, LocalDate triggeredOn, Instant triggeredAt,
    Period period, Instant dueAt, Map<String, Set<CategoryId>> steps) {

  /**
   * Rejects missing fields; copies collections.
   *
   * @param id the action's id
   * @param subject whose data
   * @param rule the rule
   * @param clauses the rule's clauses
   * @param operation what to do
   * @param categories the categories
   * @param trigger the trigger
   * @param triggeredOn the trigger's date
   * @param triggeredAt the trigger's instant
   * @param period the period
   * @param dueAt when it ran out
   * @param steps categories per source
   */
  public PlannedAction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(rule, "rule");
    clauses = Copies.list(clauses, "clauses");
    Objects.requireNonNull(operation, "operation");
    categories = Copies.orderedSet(categories, "categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("planned action " + id + " has no categories");
    }
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(triggeredOn, "triggeredOn");
    Objects.requireNonNull(triggeredAt, "triggeredAt");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(dueAt, "dueAt");
    Map<String, Set<CategoryId>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(steps, "steps").forEach((k, v) -> copy.put(k, Copies.orderedSet(v, "steps")));
    steps = Collections.unmodifiableMap(copy);
  }

  /**
   * @return why the action is due, citing its rule and clauses, e.g. {@code retention.contract-data
   *     (§6.2, §2(4)): P5Y from the end of the contract on 2019-03-01 ran out on 2024-03-01}
   */
  public String reason() {
    return rule.value() + " (" + clauses.stream().map(ClauseRef::value).collect(Collectors.joining(", ")) + "): " + period
        + " from " + Words.of(trigger) + " on " + triggeredOn + " ran out on " + dueAt;
  }

  /** Prints the subject as a pseudonym. */
  @Override
  public String toString() {
    return "PlannedAction[" + operation + " " + categories + " of " + subject + ", " + reason() + "]";
  }
}
