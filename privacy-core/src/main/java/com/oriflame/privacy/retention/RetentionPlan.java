package com.oriflame.privacy.retention;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.RetentionAction;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every retention action due over the subject base at one instant, as data ({@link #actions()},
 * {@link #held()}) and as a dry-run report a person can read ({@link #report()}). Actions already
 * applied by an earlier run are left out and counted. Apply it with {@code PrivacyEngine#retention().execute}.
 *
 * <p>Stability: experimental.
 *
 * @param at the instant planned for
 * @param policyVersion the policy revision the rules come from
 * @param subjects how many subjects were looked at
 * @param actions the actions due, by subject then rule
 * @param held the actions holds keep back
 * @param alreadyApplied how many due actions an earlier run already applied (left out)
 */
public record RetentionPlan(Instant at, String policyVersion, long subjects, List<PlannedAction> actions, List<HeldAction> held,
    long alreadyApplied) {

  /**
   * Rejects missing fields; copies the lists.
   *
   * @param at the instant planned for
   * @param policyVersion the policy revision
   * @param subjects how many subjects were looked at
   * @param actions the actions due
   * @param held the actions held back
   * @param alreadyApplied how many were applied before
   */
  public RetentionPlan {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(policyVersion, "policyVersion");
    actions = Copies.list(actions, "actions");
    held = Copies.list(held, "held");
  }

  /** @return the number of actions due per operation */
  public Map<RetentionAction, Long> counts() {
    Map<RetentionAction, Long> counts = new EnumMap<>(RetentionAction.class);
    for (PlannedAction a : actions) {
      counts.merge(a.operation(), 1L, Long::sum);
    }
    return counts;
  }

  /** @return one line: the instant, subjects, actions per operation, held back and already applied */
  public String summary() {
    return "Retention plan at " + at + " under policy " + policyVersion + ": " + subjects + " subjects, " + actions.size()
        + " actions due " + counts() + ", " + held.size() + " held back, " + alreadyApplied + " already applied";
  }

  /**
   * The dry-run report: the summary, then one line per action due (operation, subject as a
   * pseudonym, categories per source, the reason citing rule and clauses), then one per action held
   * back (the holds' reasons and ids). Holds no personal data.
   *
   * @return the report
   */
  public String report() {
    StringBuilder sb = new StringBuilder(summary()).append('\n');
    for (PlannedAction a : actions) {
      sb.append("  ").append(a.operation()).append(' ').append(a.subject()).append(' ').append(ids(a.categories()))
          .append(" in ").append(a.steps().isEmpty() ? "no registered source"
              : a.steps().entrySet().stream().map(e -> e.getKey() + " " + ids(e.getValue())).collect(Collectors.joining(", ")))
          .append(" because ").append(a.reason()).append('\n');
    }
    for (HeldAction h : held) {
      sb.append("  HELD ").append(h.operation()).append(' ').append(h.subject()).append(' ').append(ids(h.categories()))
          .append(" by ").append(h.rule()).append(" (due ").append(h.dueAt()).append("), kept by ").append(h.reasons())
          .append(h.holds().isEmpty() ? " (profile)" : " holds " + h.holds()).append('\n');
    }
    return sb.toString();
  }

  private static String ids(Set<CategoryId> categories) {
    return categories.stream().map(CategoryId::value).collect(Collectors.joining(",", "[", "]"));
  }

  @Override
  public String toString() {
    return summary();
  }
}
