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
 * A purpose of processing (§2): what the operator may do with which data, on which legal basis and
 * for whom. Whether the subject may object, and by which channels, is given by the policy's {@link
 * Objection}s that name the purpose ({@link Policy#objectionsAgainst(PurposeId)}), so one objection
 * can cover several purposes (§6.1 covers all marketing).
 *
 * @param id the purpose's id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses the purpose comes from
 * @param legalBasis exactly one legal basis; {@code null} only in a policy that fails the linter
 *     ({@link LintCode#MISSING_LEGAL_BASIS})
 * @param basisInferred whether the legal basis is this rendering's inference rather than policy
 *     text: the policy never says "legitimate interest" (§2 table of the English rendering); such a
 *     purpose still needs the subject's acceptance of the policy on record
 * @param categories the data categories it may use (a category covers its children)
 * @param recipients the recipients it may disclose to
 * @param operations the processing operations it needs
 * @param modes automated and/or non-automated processing (R20)
 * @param traits properties objections, forms and decisions depend on
 * @param conditions facts that must hold before the purpose may be used
 * @param consent consent terms; required when the legal basis is consent, else {@code null}
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
    @Valid ConsentTerms consent,
    @Valid RetentionRuleId retention,
    @NotNull Set<HoldReason> holds) {

  /** Copies collections; rejects a missing id. */
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
    holds = Copies.orderedSet(holds, "holds" + of);
  }

  /** @return the consent terms, present when the legal basis is consent */
  public Optional<ConsentTerms> consentTerms() {
    return Optional.ofNullable(consent);
  }

  /** @return whether the purpose carries {@code trait} */
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
}
