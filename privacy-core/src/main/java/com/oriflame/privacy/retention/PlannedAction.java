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
import java.time.ZoneId;
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
 */
public final class PlannedAction {
  private final String id;
  private final SubjectId subject;
  private final RetentionRuleId rule;
  private final List<ClauseRef> clauses;
  private final RetentionAction operation;
  private final Set<CategoryId> categories;
  private final RetentionTrigger trigger;
  private final ZoneId zone;
  private final Instant triggeredAt;
  private final Period period;
  private final Instant dueAt;
  private final Map<String, Set<CategoryId>> steps;

  /**
   * Rejects missing fields; copies collections.
   *
   * @param id the action's stable id
   * @param subject whose data
   * @param rule the rule that makes it due
   * @param clauses the clauses behind the rule
   * @param operation what to do
   * @param categories the categories to act on
   * @param trigger the event the period ran from
   * @param zone the engine's zone, in which dates are read
   * @param triggeredAt the instant of that event
   * @param period the rule's period
   * @param dueAt when the period ran out
   * @param steps per source id, the categories of the action that source may hold
   */
  public PlannedAction(String id, SubjectId subject, RetentionRuleId rule, List<ClauseRef> clauses, RetentionAction operation, Set<CategoryId> categories, RetentionTrigger trigger, ZoneId zone, Instant triggeredAt, Period period, Instant dueAt, Map<String, Set<CategoryId>> steps) {
    this(id, subject, rule, Copies.list(clauses, "clauses"), operation, Copies.orderedSet(categories, "categories"), trigger,
        zone, triggeredAt, period, dueAt, copy(steps), true);
  }

  /** The planner's constructor: the collections are its own unmodifiable ones, shared between actions, not copied. */
  PlannedAction(String id, SubjectId subject, RetentionRuleId rule, List<ClauseRef> clauses, RetentionAction operation,
      Set<CategoryId> categories, RetentionTrigger trigger, ZoneId zone, Instant triggeredAt, Period period, Instant dueAt,
      Map<String, Set<CategoryId>> steps, boolean owned) {
    this.id = Objects.requireNonNull(id, "id");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.clauses = Objects.requireNonNull(clauses, "clauses");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.categories = Objects.requireNonNull(categories, "categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("planned action " + id + " has no categories");
    }
    this.trigger = Objects.requireNonNull(trigger, "trigger");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.triggeredAt = Objects.requireNonNull(triggeredAt, "triggeredAt");
    this.period = Objects.requireNonNull(period, "period");
    this.dueAt = Objects.requireNonNull(dueAt, "dueAt");
    this.steps = Objects.requireNonNull(steps, "steps");
  }

  private static Map<String, Set<CategoryId>> copy(Map<String, Set<CategoryId>> steps) {
    Map<String, Set<CategoryId>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(steps, "steps").forEach((k, v) -> copy.put(Objects.requireNonNull(k, "steps key"), Copies.orderedSet(v, "steps")));
    return Collections.unmodifiableMap(copy);
  }

  /** @return the action's stable id */
  public String id() {
    return id;
  }

  /** @return whose data */
  public SubjectId subject() {
    return subject;
  }

  /** @return the rule that makes it due */
  public RetentionRuleId rule() {
    return rule;
  }

  /** @return the clauses behind the rule */
  public List<ClauseRef> clauses() {
    return clauses;
  }

  /** @return what to do */
  public RetentionAction operation() {
    return operation;
  }

  /** @return the categories to act on */
  public Set<CategoryId> categories() {
    return categories;
  }

  /** @return the event the period ran from */
  public RetentionTrigger trigger() {
    return trigger;
  }

  /** @return the date of that event, in the engine's zone */
  public LocalDate triggeredOn() {
    return triggeredAt.atZone(zone).toLocalDate();
  }

  /** @return the instant of that event */
  public Instant triggeredAt() {
    return triggeredAt;
  }

  /** @return the rule's period */
  public Period period() {
    return period;
  }

  /** @return when the period ran out */
  public Instant dueAt() {
    return dueAt;
  }

  /** @return per source id, the categories of the action that source may hold */
  public Map<String, Set<CategoryId>> steps() {
    return steps;
  }

  /**
   * @return why the action is due, citing its rule and clauses, e.g. {@code retention.contract-data
   *     (§6.2, §2(4)): P5Y from the end of the contract on 2019-03-01 ran out on 2024-03-01}
   */
  public String reason() {
    return rule.value() + " (" + clauses.stream().map(ClauseRef::value).collect(Collectors.joining(", ")) + "): " + period
        + " from " + Words.of(trigger) + " on " + triggeredOn() + " ran out on " + dueAt;
  }

  /** Prints the subject as a pseudonym. */
  @Override
  public String toString() {
    return "PlannedAction[" + operation + " " + categories + " of " + subject + ", " + reason() + "]";
  }

  /** Equal when every field is. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PlannedAction a && a.id.equals(id) && a.subject.equals(subject) && a.rule.equals(rule)
        && a.clauses.equals(clauses) && a.operation == operation && a.categories.equals(categories) && a.trigger == trigger
        && a.zone.equals(zone) && a.triggeredAt.equals(triggeredAt) && a.period.equals(period) && a.dueAt.equals(dueAt)
        && a.steps.equals(steps);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
