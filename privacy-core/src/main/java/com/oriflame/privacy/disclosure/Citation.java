package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.ClauseRef;
import java.util.List;
import java.util.Objects;

/**
 * One reason of the decision that allowed a disclosure, as the log keeps it: the reason's code,
 * the rule it applies and the clauses behind it.
 *
 * <p>Stability: stable.
 *
 * @param code the reason's code, e.g. {@code BASIS_LEGAL_OBLIGATION}
 * @param rule the rule, e.g. {@code R18} or an engine rule such as {@code E8}
 * @param clauses the policy clauses and law articles behind it
 */
public record Citation(String code, String rule, List<ClauseRef> clauses) {

  /**
   * Copies the clauses; rejects missing or blank fields.
   *
   * @param code the reason's code
   * @param rule the rule
   * @param clauses the policy clauses and law articles behind it
   */
  public Citation {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("citation code is missing");
    }
    if (rule == null || rule.isBlank()) {
      throw new IllegalArgumentException("citation rule is missing for code " + code);
    }
    clauses = Copies.list(Objects.requireNonNull(clauses, "clauses"), "clauses of citation " + code);
  }
}
