package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How long data of some categories is kept, and what happens then. The policy states no periods
 * (see the law notes, L7); rules whose period is not policy text are marked {@code
 * engineeringDefault} and a host can override them ({@link Policy#withRetentionPeriod}).
 *
 * <p>Stability: stable.
 *
 * @param id the rule's id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses behind the rule
 * @param categories the categories it governs (a category covers its children)
 * @param period how long after the trigger the data is kept
 * @param trigger the event the period runs from
 * @param action what happens when the period has run out
 * @param holds reasons that keep data past the period (§6.2)
 * @param engineeringDefault whether the period is a default, not policy text
 */
public record RetentionRule(
    @NotNull @Valid RetentionRuleId id,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotEmpty Set<@Valid CategoryId> categories,
    @NotNull Period period,
    @NotNull RetentionTrigger trigger,
    @NotNull RetentionAction action,
    @NotNull Set<HoldReason> holds,
    boolean engineeringDefault) {

  /**
   * Copies collections; rejects missing fields and negative periods.
   *
   * @param id the rule's id
   * @param labels names in Kyrgyz, Russian and English
   * @param clauses the clauses behind the rule
   * @param categories the categories it governs (a category covers its children)
   * @param period how long after the trigger the data is kept
   * @param trigger the event the period runs from
   * @param action what happens when the period has run out
   * @param holds reasons that keep data past the period (§6.2)
   * @param engineeringDefault whether the period is a default, not policy text
   */
  public RetentionRule {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    String of = " of retention rule " + id;
    clauses = Copies.list(clauses, "clauses" + of);
    categories = Copies.orderedSet(categories, "categories" + of);
    Objects.requireNonNull(period, () -> "period" + of);
    if (period.isNegative()) {
      throw new IllegalArgumentException("period" + of + " must not be negative, was " + period);
    }
    Objects.requireNonNull(trigger, () -> "trigger" + of);
    Objects.requireNonNull(action, () -> "action" + of);
    holds = Copies.orderedSet(holds, "holds" + of);
  }

  /**
   * @param category a category id
   * @return whether this rule governs {@code category}
   */
  public boolean covers(CategoryId category) {
    for (CategoryId c : categories) {
      if (c.covers(category)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param newPeriod the period to use instead
   * @return this rule with {@code newPeriod}, no longer marked as an engineering default
   */
  public RetentionRule withPeriod(Period newPeriod) {
    return new RetentionRule(id, labels, clauses, categories, newPeriod, trigger, action, holds, false);
  }
}
