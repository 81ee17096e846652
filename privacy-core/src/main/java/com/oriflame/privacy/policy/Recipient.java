package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A recipient, or category of recipients, of personal data (§3), with its conditions.
 *
 * <p>Build one with {@link #builder(String)}; change one with {@link #toBuilder()}.
 *
 * <p>Stability: stable.
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
 * @param aggregation small-group suppression, present for aggregate-only recipients
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
    Optional<@Valid AggregationTerms> aggregation,
    @NotNull Set<ObligationKind> obligations) {

  /**
   * Copies collections; rejects missing required fields; a {@code null} Optional is empty.
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
   * @param aggregation small-group suppression, present for aggregate-only recipients
   * @param obligations what the caller must do when disclosing to it
   */
  public Recipient {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    String of = " of recipient " + id;
    clauses = Copies.list(clauses, "clauses" + of);
    Objects.requireNonNull(kind, () -> "kind" + of);
    Objects.requireNonNull(dataForm, () -> "data form" + of);
    conditions = Copies.orderedSet(conditions, "conditions" + of);
    categories = Copies.orderedSet(categories, "categories" + of);
    aggregation = Objects.requireNonNullElse(aggregation, Optional.empty());
    obligations = Copies.orderedSet(obligations, "obligations" + of);
  }

  /**
   * @param id the recipient's id
   * @return a builder for a recipient with that id and nothing else set
   */
  public static Builder builder(RecipientId id) {
    return new Builder(Checks.present(id, "recipient id"));
  }

  /**
   * @param id the recipient's id, e.g. {@code "partners.carriers"}
   * @return a builder for a recipient with that id and nothing else set
   * @throws IllegalArgumentException if {@code id} is missing or malformed
   */
  public static Builder builder(String id) {
    return builder(RecipientId.of(id));
  }

  /** @return a builder holding this recipient's values, to derive a changed recipient */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.labels = labels;
    b.clauses = clauses;
    b.kind = kind;
    b.dataForm = dataForm;
    b.conditions = conditions;
    b.categories = categories;
    b.processor = processor;
    b.mayBeAbroad = mayBeAbroad;
    b.aggregation = aggregation.orElse(null);
    b.obligations = obligations;
    return b;
  }

  /**
   * Builds a {@link Recipient}. Every collection defaults to empty, labels to none, the flags to
   * {@code false}, aggregation terms to absent; {@link #kind(RecipientKind)} and {@link
   * #dataForm(DataForm)} are required. Each setter refuses a bad value at once, naming the argument.
   * Not thread-safe.
   */
  public static final class Builder {
    private final RecipientId id;
    private final String of;
    private Labels labels = Labels.none();
    private List<ClauseRef> clauses = List.of();
    private RecipientKind kind;
    private DataForm dataForm;
    private Set<Condition> conditions = Set.of();
    private Set<CategoryId> categories = Set.of();
    private boolean processor;
    private boolean mayBeAbroad;
    private AggregationTerms aggregation;
    private Set<ObligationKind> obligations = Set.of();

    private Builder(RecipientId id) {
      this.id = id;
      this.of = " of recipient " + id;
    }

    /**
     * @param value names in Kyrgyz, Russian and English
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public Builder labels(Labels value) {
      labels = Checks.present(value, "labels" + of);
      return this;
    }

    /**
     * @param value the clauses that allow it
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder clauses(Collection<ClauseRef> value) {
      clauses = Checks.list(value, "clauses" + of);
      return this;
    }

    /**
     * @param value what sort of recipient it is
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public Builder kind(RecipientKind value) {
      kind = Checks.present(value, "kind" + of);
      return this;
    }

    /**
     * @param value identified, pseudonymised or aggregate-only data
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public Builder dataForm(DataForm value) {
      dataForm = Checks.present(value, "data form" + of);
      return this;
    }

    /**
     * @param value facts that must hold before data may go to it
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder conditions(Collection<Condition> value) {
      conditions = Checks.set(value, "conditions" + of);
      return this;
    }

    /**
     * @param value the only categories it may receive; empty for whatever the purpose allows
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder categories(Collection<CategoryId> value) {
      categories = Checks.set(value, "categories" + of);
      return this;
    }

    /**
     * @param value whether it processes personal data on the operator's behalf (R21)
     * @return this builder
     */
    public Builder processor(boolean value) {
      processor = value;
      return this;
    }

    /**
     * @param value whether it may be outside the Kyrgyz Republic
     * @return this builder
     */
    public Builder mayBeAbroad(boolean value) {
      mayBeAbroad = value;
      return this;
    }

    /**
     * @param value small-group suppression terms
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}; pass {@code
     *     Optional.empty()} to {@link #aggregation(Optional)} for none
     */
    public Builder aggregation(AggregationTerms value) {
      aggregation = Checks.present(value, "aggregation terms" + of);
      return this;
    }

    /**
     * @param value small-group suppression terms, or empty for none
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public Builder aggregation(Optional<AggregationTerms> value) {
      aggregation = Checks.optional(value, "aggregation terms" + of);
      return this;
    }

    /**
     * @param value what the caller must do when disclosing to it
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder obligations(Collection<ObligationKind> value) {
      obligations = Checks.set(value, "obligations" + of);
      return this;
    }

    /**
     * @return the recipient
     * @throws IllegalStateException if the kind or the data form was never set
     */
    public Recipient build() {
      if (kind == null) {
        throw new IllegalStateException("kind" + of + " is not set; call kind(...) before build()");
      }
      if (dataForm == null) {
        throw new IllegalStateException("data form" + of + " is not set; call dataForm(...) before build()");
      }
      return new Recipient(id, labels, clauses, kind, dataForm, conditions, categories, processor, mayBeAbroad,
          Optional.ofNullable(aggregation), obligations);
    }
  }
}
