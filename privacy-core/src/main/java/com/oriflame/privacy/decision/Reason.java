package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.Labels;
import java.util.List;
import java.util.Objects;

/**
 * One reason of a decision: its code, the policy clauses behind it, and the fact it rests on, e.g.
 * "consent withdrawn on 2024-03-01 by e-mail". Facts name policy ids, dates and channels, never
 * personal data.
 *
 * @param code what the reason is
 * @param clauses the policy clauses behind it
 * @param fact the fact behind it
 */
public record Reason(ReasonCode code, List<ClauseRef> clauses, String fact) {

  /** Copies clauses; rejects missing fields. */
  public Reason {
    Objects.requireNonNull(code, "code");
    clauses = Copies.list(clauses, "clauses");
    Objects.requireNonNull(fact, "fact");
  }

  /** @return the short message in Kyrgyz, Russian and English */
  public Labels message() {
    return code.message();
  }

  @Override
  public String toString() {
    return code + " " + clauses + ": " + fact;
  }
}
