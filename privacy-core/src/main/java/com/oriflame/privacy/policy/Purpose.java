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
 * A purpose of processing (§2): what the operator may do with which data, on which legal basis and
 * for whom. Whether the subject may object, and by which channels, is given by the policy's {@link
 * Objection}s that name the purpose ({@link Policy#objectionsAgainst(PurposeId)}), so one objection
 * can cover several purposes (§6.1 covers all marketing).
 *
 * <p>Build one with {@link #builder(String)}; change one with {@link #toBuilder()}.
 *
 * <p>Stability: stable.
 *
 * @param id the purpose's id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses the purpose comes from
 * @param legalBasis exactly one legal basis; never {@code null} in a policy that passes the linter
 *     (a purpose read from a file without one is reported as {@link LintCode#MISSING_LEGAL_BASIS})
 * @param basisInferred whether the legal basis is this rendering's inference rather than policy
 *     text: the policy never says "legitimate interest" (§2 table of the English rendering); such a
 *     purpose still needs the subject's acceptance of the policy on record
 * @param categories the data categories it may use (a category covers its children)
 * @param recipients the recipients it may disclose to
 * @param operations the processing operations it needs
 * @param modes automated and/or non-automated processing (R20)
 * @param traits properties objections, forms and decisions depend on
 * @param conditions facts that must hold before the purpose may be used
 * @param consent consent terms; present when the legal basis is consent, else empty
 * @param retention the retention rule governing data kept for this purpose, if any
 * @param holds for a purpose that survives account closure, the legal-hold reasons under which it
 *     may keep using data past its retention period (§6.2, R29): a hold of another reason does not
 *     extend it
 */
public record Purpose(
    @NotNull @Valid PurposeId id,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotNull LegalBasis legalBasis,
    boolean basisInferred,
    @NotEmpty Set<@Valid CategoryId> categories,
    @NotNull Set<@Valid RecipientId> recipients,
    @NotEmpty Set<Operation> operations,
    @NotNull Set<ProcessingMode> modes,
    @NotNull Set<PurposeTrait> traits,
    @NotNull Set<Condition> conditions,
    Optional<@Valid ConsentTerms> consent,
    Optional<@Valid RetentionRuleId> retention,
    @NotNull Set<HoldReason> holds) {

  /**
   * Copies collections; rejects a missing id; a {@code null} collection or Optional is empty.
   *
   * @param id the purpose's id
   * @param labels names in Kyrgyz, Russian and English
   * @param clauses the clauses the purpose comes from
   * @param legalBasis exactly one legal basis; never {@code null} in a policy that passes the
   *     linter (a purpose read from a file without one is reported as {@link
   *     LintCode#MISSING_LEGAL_BASIS})
   * @param basisInferred whether the legal basis is this rendering's inference rather than policy
   *     text: the policy never says "legitimate interest" (§2 table of the English rendering); such
   *     a purpose still needs the subject's acceptance of the policy on record
   * @param categories the data categories it may use (a category covers its children)
   * @param recipients the recipients it may disclose to
   * @param operations the processing operations it needs
   * @param modes automated and/or non-automated processing (R20)
   * @param traits properties objections, forms and decisions depend on
   * @param conditions facts that must hold before the purpose may be used
   * @param consent consent terms; present when the legal basis is consent, else empty
   * @param retention the retention rule governing data kept for this purpose, if any
   * @param holds for a purpose that survives account closure, the legal-hold reasons under which it
   *     may keep using data past its retention period (§6.2, R29): a hold of another reason does
   *     not extend it
   */
  public Purpose {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    String of = " of purpose " + id;
    clauses = Copies.list(clauses, "clauses" + of);
    categories = Copies.orderedSet(categories, "categories" + of);
    recipients = Copies.orderedSet(recipients, "recipients" + of);
    operations = Copies.orderedSet(operations, "operations" + of);
    modes = Copies.orderedSet(modes, "modes" + of);
    traits = Copies.orderedSet(traits, "traits" + of);
    conditions = Copies.orderedSet(conditions, "conditions" + of);
    consent = Objects.requireNonNullElse(consent, Optional.empty());
    retention = Objects.requireNonNullElse(retention, Optional.empty());
    holds = Copies.orderedSet(holds, "holds" + of);
  }

  /**
   * @param id the purpose's id
   * @return a builder for a purpose with that id and nothing else set
   */
  public static Builder builder(PurposeId id) {
    return new Builder(Checks.present(id, "purpose id"));
  }

  /**
   * @param id the purpose's id, e.g. {@code "marketing.similar-goods.sms"}
   * @return a builder for a purpose with that id and nothing else set
   * @throws IllegalArgumentException if {@code id} is missing or malformed
   */
  public static Builder builder(String id) {
    return builder(PurposeId.of(id));
  }

  /** @return a builder holding this purpose's values, to derive a changed purpose */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.labels = labels;
    b.clauses = clauses;
    b.legalBasis = legalBasis;
    b.basisInferred = basisInferred;
    b.categories = categories;
    b.recipients = recipients;
    b.operations = operations;
    b.modes = modes;
    b.traits = traits;
    b.conditions = conditions;
    b.consent = consent.orElse(null);
    b.retention = retention.orElse(null);
    b.holds = holds;
    return b;
  }

  /**
   * @param trait a trait
   * @return whether the purpose carries {@code trait}
   */
  public boolean has(PurposeTrait trait) {
    return traits.contains(trait);
  }

  /**
   * @param category a category id
   * @return whether one of the purpose's categories covers {@code category}
   */
  public boolean allows(CategoryId category) {
    for (CategoryId allowed : categories) {
      if (allowed.covers(category)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Builds a {@link Purpose}. Every collection defaults to empty, labels to none, consent terms and
   * retention rule to absent. Each setter refuses a bad value at once ({@code null}, a {@code null}
   * element), naming the argument; {@link #build()} accepts what the record accepts, so that an
   * incomplete purpose (no legal basis, no categories) is reported by {@link PolicyLinter} as one
   * read from a file would be. Not thread-safe.
   */
  public static final class Builder {
    private final PurposeId id;
    private final String of;
    private Labels labels = Labels.none();
    private List<ClauseRef> clauses = List.of();
    private LegalBasis legalBasis;
    private boolean basisInferred;
    private Set<CategoryId> categories = Set.of();
    private Set<RecipientId> recipients = Set.of();
    private Set<Operation> operations = Set.of();
    private Set<ProcessingMode> modes = Set.of();
    private Set<PurposeTrait> traits = Set.of();
    private Set<Condition> conditions = Set.of();
    private ConsentTerms consent;
    private RetentionRuleId retention;
    private Set<HoldReason> holds = Set.of();

    private Builder(PurposeId id) {
      this.id = id;
      this.of = " of purpose " + id;
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
     * @param value the clauses the purpose comes from
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder clauses(Collection<ClauseRef> value) {
      clauses = Checks.list(value, "clauses" + of);
      return this;
    }

    /**
     * @param value the legal basis
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public Builder legalBasis(LegalBasis value) {
      legalBasis = Checks.present(value, "legal basis" + of);
      return this;
    }

    /**
     * @param value whether the basis is the rendering's inference rather than policy text
     * @return this builder
     */
    public Builder basisInferred(boolean value) {
      basisInferred = value;
      return this;
    }

    /**
     * @param value the data categories it may use
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder categories(Collection<CategoryId> value) {
      categories = Checks.set(value, "categories" + of);
      return this;
    }

    /**
     * @param value the recipients it may disclose to
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder recipients(Collection<RecipientId> value) {
      recipients = Checks.set(value, "recipients" + of);
      return this;
    }

    /**
     * @param value the processing operations it needs
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder operations(Collection<Operation> value) {
      operations = Checks.set(value, "operations" + of);
      return this;
    }

    /**
     * @param value automated and/or non-automated processing
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder modes(Collection<ProcessingMode> value) {
      modes = Checks.set(value, "modes" + of);
      return this;
    }

    /**
     * @param value the purpose's traits
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder traits(Collection<PurposeTrait> value) {
      traits = Checks.set(value, "traits" + of);
      return this;
    }

    /**
     * @param value facts that must hold before the purpose may be used
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder conditions(Collection<Condition> value) {
      conditions = Checks.set(value, "conditions" + of);
      return this;
    }

    /**
     * @param value the consent terms
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}; pass {@code
     *     Optional.empty()} to {@link #consent(Optional)} for none
     */
    public Builder consent(ConsentTerms value) {
      consent = Checks.present(value, "consent terms" + of);
      return this;
    }

    /**
     * @param value the consent terms, or empty for none
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public Builder consent(Optional<ConsentTerms> value) {
      consent = Checks.optional(value, "consent terms" + of);
      return this;
    }

    /**
     * @param value the retention rule governing data kept for this purpose
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}; pass {@code
     *     Optional.empty()} to {@link #retention(Optional)} for none
     */
    public Builder retention(RetentionRuleId value) {
      retention = Checks.present(value, "retention rule" + of);
      return this;
    }

    /**
     * @param value the retention rule, or empty for none
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null}
     */
    public Builder retention(Optional<RetentionRuleId> value) {
      retention = Checks.optional(value, "retention rule" + of);
      return this;
    }

    /**
     * @param value the legal-hold reasons a closure-surviving purpose serves
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or an element is {@code null}
     */
    public Builder holds(Collection<HoldReason> value) {
      holds = Checks.set(value, "holds" + of);
      return this;
    }

    /** @return the purpose */
    public Purpose build() {
      return new Purpose(id, labels, clauses, legalBasis, basisInferred, categories, recipients, operations, modes,
          traits, conditions, Optional.ofNullable(consent), Optional.ofNullable(retention), holds);
    }
  }
}
