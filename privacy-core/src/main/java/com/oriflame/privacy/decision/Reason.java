package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.ElementId;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Language;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason of a decision: its code; the rule it enforces (an R-number of the policy's "Rules for
 * software", or an engine rule such as {@code E1} listed in the README); the policy clauses behind
 * it; the element that decided (purpose, category, recipient, objection, retention rule, form,
 * cookie category); the event that decided, where there is one; and the fact it rests on, e.g.
 * "consent withdrawn on 2024-03-01 by e-mail", in Kyrgyz, Russian or English. Facts name policy
 * ids, dates and channels, never personal data. Immutable.
 *
 * <p>Stability: stable.
 */
public final class Reason {
  private final ReasonCode code;
  private final String rule;
  private final List<ClauseRef> clauses;
  private final ElementId element;
  private final EventId event;
  private final Fact fact;

  Reason(ReasonCode code, String rule, List<ClauseRef> clauses, ElementId element, EventId event, Fact fact) {
    this.code = Objects.requireNonNull(code, "code");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.clauses = Copies.list(clauses, "clauses");
    this.element = element;
    this.event = event;
    this.fact = Objects.requireNonNull(fact, "fact");
  }

  /** @return what the reason is */
  public ReasonCode code() {
    return code;
  }

  /** @return the rule it enforces, e.g. {@code R7} (a policy rule) or {@code E1} (an engine rule) */
  public String rule() {
    return rule;
  }

  /** @return the policy clauses and law articles behind it; never empty */
  public List<ClauseRef> clauses() {
    return clauses;
  }

  /** @return the policy element that decided, e.g. the objection raised or the retention rule that ran out */
  public Optional<ElementId> element() {
    return Optional.ofNullable(element);
  }

  /** @return the id of the consent event that decided, e.g. the withdrawal */
  public Optional<EventId> event() {
    return Optional.ofNullable(event);
  }

  /** @return the fact, in English */
  public String fact() {
    return fact.in(Language.EN);
  }

  /**
   * @param language the language wanted
   * @return the fact in that language
   */
  public String fact(Language language) {
    return fact.in(language);
  }

  /** @return the short message in Kyrgyz, Russian and English */
  public Labels message() {
    return code.message();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Reason r && r.code == code && r.rule.equals(rule) && r.clauses.equals(clauses)
        && Objects.equals(r.element, element) && Objects.equals(r.event, event) && r.fact.equals(fact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, rule, clauses, element, event, fact);
  }

  @Override
  public String toString() {
    return code + " (" + rule + ") " + clauses + ": " + fact.in(Language.EN);
  }
}
