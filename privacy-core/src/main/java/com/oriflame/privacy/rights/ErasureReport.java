package com.oriflame.privacy.rights;

import static com.oriflame.privacy.rights.ReportWords.in;

import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policy;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an erasure or account closure did (§6.2), per category: erased or depersonalized, and in
 * which sources; or kept, why (the hold or the contract, the purpose, the retention rule and its
 * clauses) and until when. While a source has not answered the work is in progress ({@link
 * #complete()} false); running it again with the same work id retries only what is not done.
 *
 * <p>Stability: experimental.
 *
 * @param work the work id (the request id)
 * @param plan the plan carried out
 * @param outcomes what happened to each category, in the plan's order
 * @param progress the steps per source
 * @param closedAt for a closure, when the account was closed: the instant the work completed
 */
public record ErasureReport(String work, ErasurePlan plan, List<Outcome> outcomes, WorkProgress progress,
    Optional<Instant> closedAt) {

  /**
   * Copies the outcomes.
   *
   * @param work the work id
   * @param plan the plan carried out
   * @param outcomes what happened to each category
   * @param progress the steps per source
   * @param closedAt for a closure, when the account was closed
   */
  public ErasureReport {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(plan, "plan");
    outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(closedAt, "closedAt");
  }

  /**
   * What happened to one category.
   *
   * @param category the category
   * @param action what the plan said
   * @param sources the sources that erased or depersonalized it (empty for a kept category)
   * @param kept why and until when it is kept, for a kept category
   */
  public record Outcome(CategoryId category, ErasurePlan.Action action, Set<String> sources, Optional<ErasurePlan.Kept> kept) {
    /**
     * Copies the sources.
     *
     * @param category the category
     * @param action what the plan said
     * @param sources the sources that did it
     * @param kept why it is kept
     */
    public Outcome {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(action, "action");
      sources = Set.copyOf(sources);
      Objects.requireNonNull(kept, "kept");
    }
  }

  /** @return whether every source answered (and, for a closure, the account is closed) */
  public boolean complete() {
    return progress.complete() && (!plan.closure() || closedAt.isPresent());
  }

  /** @return the kept categories with why and until when */
  public List<Outcome> kept() {
    return outcomes.stream().filter(o -> o.action() == ErasurePlan.Action.KEEP).toList();
  }

  /** @return the categories some source erased or depersonalized */
  public List<Outcome> removed() {
    return outcomes.stream().filter(o -> o.action() != ErasurePlan.Action.KEEP && !o.sources().isEmpty()).toList();
  }

  /**
   * A report a person reads: what went, what was kept, why and until when.
   *
   * @param policy the policy (for the labels of categories, purposes and holds)
   * @param language the language
   * @param zone the zone dates are shown in
   * @return the report, as plain text
   */
  public String describe(Policy policy, Language language, ZoneId zone) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(language, "language");
    Language l = language;
    DateTimeFormatter day = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(zone);
    StringBuilder sb = new StringBuilder();
    sb.append(in(plan.closure() ? ReportWords.CLOSURE : ReportWords.ERASURE, l)).append('\n');
    if (!complete()) {
      sb.append(in(ReportWords.IN_PROGRESS, l)).append(": ").append(String.join(", ",
          progress.unfinished().stream().map(s -> s.key().source()).distinct().toList())).append('\n');
    }
    closedAt.ifPresent(c -> sb.append(in(ReportWords.CLOSED_AT, l)).append(": ")
        .append(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(c)).append('\n'));
    for (Outcome o : outcomes) {
      String label = policy.categories().find(o.category()).map(c -> c.labels().in(l, o.category().value()))
          .orElse(o.category().value());
      switch (o.action()) {
        case ERASE, DEPERSONALIZE -> {
          if (o.sources().isEmpty()) {
            continue;
          }
          sb.append("  ").append(in(o.action() == ErasurePlan.Action.ERASE ? ReportWords.ERASED : ReportWords.DEPERSONALIZED, l))
              .append(": ").append(label).append(" (").append(String.join(", ", o.sources().stream().sorted().toList()))
              .append(")\n");
        }
        case KEEP -> {
          ErasurePlan.Kept k = o.kept().orElseThrow();
          sb.append("  ").append(in(ReportWords.KEPT, l)).append(": ").append(label).append(" — ")
              .append(in(ReportWords.BECAUSE, l)).append(' ')
              .append(k.hold().map(h -> in(ReportWords.of(h), l)).orElse(in(ReportWords.CONTRACT_TERM, l)))
              .append(" (").append(policy.purposes().find(k.purpose()).map(p -> p.labels().in(l, k.purpose().value()))
                  .orElse(k.purpose().value()))
              .append("; ").append(AccessExport.clauses(k.clauses())).append(")");
          if (k.until().isPresent()) {
            sb.append(", ").append(in(ReportWords.UNTIL, l)).append(' ').append(day.format(k.until().get()));
            if (k.hold().isPresent()) {
              sb.append(' ').append(in(ReportWords.WHILE_HOLD, l));
            }
          } else {
            sb.append(", ").append(in(ReportWords.UNTIL_UNKNOWN, l));
          }
          sb.append('\n');
        }
      }
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ErasureReport[" + plan + ", complete=" + complete() + "]";
  }
}
