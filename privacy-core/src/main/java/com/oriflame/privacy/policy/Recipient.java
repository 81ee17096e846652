package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A recipient, or category of recipients, of personal data (§3), with its conditions.
 *
 * @param id the recipient's id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses that allow it
 * @param kind what sort of recipient it is
 * @param dataForm identified, pseudonymised or aggregate-only data
 * @param conditions facts that must hold before data may go to it
 * @param categories if not empty, the only categories it may receive (e.g. contact data for mass
 *     mailing providers, R15); empty means whatever the purpose allows
 * @param processor whether it is entitled to process personal data on the operator's behalf (R21)
 * @param mayBeAbroad whether it may be outside the Kyrgyz Republic (§3.2, §4)
 * @param aggregation small-group suppression for aggregate-only recipients, else {@code null}
 * @param obligations what the caller must do when disclosing to it
 */
public record Recipient(
    @NotNull @Valid RecipientId id,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotNull RecipientKind kind,
    @NotNull DataForm dataForm,
    @NotNull Set<Condition> conditions,
    @NotNull Set<@Valid CategoryId> categories,
    boolean processor,
    boolean mayBeAbroad,
    @Valid AggregationTerms aggregation,
    @NotNull Set<ObligationKind> obligations) {

  /** Copies collections; rejects missing required fields. */
  public Recipient {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    String of = " of recipient " + id;
    clauses = Copies.list(clauses, "clauses" + of);
    Objects.requireNonNull(kind, () -> "kind" + of);
    Objects.requireNonNull(dataForm, () -> "data form" + of);
    conditions = Copies.orderedSet(conditions, "conditions" + of);
    categories = Copies.orderedSet(categories, "categories" + of);
    obligations = Copies.orderedSet(obligations, "obligations" + of);
  }

  /** @return the small-group suppression terms, for aggregate-only recipients */
  public Optional<AggregationTerms> aggregationTerms() {
    return Optional.ofNullable(aggregation);
  }
}
