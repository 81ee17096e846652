package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A category of personal data (§1.1–§1.3). Categories form a hierarchy through their ids: a
 * category such as {@code contact} groups {@code contact.email} and {@code contact.mobile-phone}.
 *
 * <p>Stability: stable.
 *
 * @param id hierarchical id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses that define it
 * @param origin where data of this category comes from
 * @param sources for data from other sources (§1.3), who supplies it; empty otherwise
 * @param traits properties decisions depend on
 */
public record DataCategory(
    @NotNull @Valid CategoryId id,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotNull DataOrigin origin,
    @NotNull Set<String> sources,
    @NotNull Set<CategoryTrait> traits) {

  /**
   * Copies collections; rejects nulls in required fields.
   *
   * @param id hierarchical id
   * @param labels names in Kyrgyz, Russian and English
   * @param clauses the clauses that define it
   * @param origin where data of this category comes from
   * @param sources for data from other sources (§1.3), who supplies it; empty otherwise
   * @param traits properties decisions depend on
   */
  public DataCategory {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    clauses = Copies.list(clauses, "clauses of category " + id);
    Objects.requireNonNull(origin, () -> "origin of category " + id);
    sources = Copies.orderedSet(sources, "sources of category " + id);
    traits = Copies.orderedSet(traits, "traits of category " + id);
  }

  /**
   * @param trait a trait
   * @return whether the category carries {@code trait}
   */
  public boolean has(CategoryTrait trait) {
    return traits.contains(trait);
  }
}
