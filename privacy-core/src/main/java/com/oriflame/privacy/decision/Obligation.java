package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.ObligationKind;
import java.util.List;
import java.util.Objects;

/**
 * Something the caller must do when acting on a permit, e.g. release aggregates only with small
 * groups suppressed, encrypt files in transit, record the disclosure.
 *
 * <p>Stability: stable.
 *
 * @param kind what to do
 * @param clauses the clauses that impose it
 * @param detail specifics, e.g. {@code minimum group size 50}
 */
public record Obligation(ObligationKind kind, List<ClauseRef> clauses, String detail) {

  /**
   * Copies clauses; rejects missing fields.
   *
   * @param kind what to do
   * @param clauses the clauses that impose it
   * @param detail specifics, e.g. {@code minimum group size 50}
   */
  public Obligation {
    Objects.requireNonNull(kind, "kind");
    clauses = Copies.list(clauses, "clauses");
    Objects.requireNonNull(detail, "detail");
  }
}
