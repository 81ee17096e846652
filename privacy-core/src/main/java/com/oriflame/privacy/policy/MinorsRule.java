package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * How minors are handled (§1.1, R5): below the age of majority the guardian named in the guardian
 * category acts for the subject.
 *
 * <p>Stability: stable.
 *
 * @param majorityAge the age of majority (18 under Kyrgyz civil law)
 * @param guardianCategory the category holding the guardian's name
 * @param clauses the clauses behind the rule
 * @param engineeringDefault whether the age is a default rather than policy text (the policy names
 *     no age)
 */
public record MinorsRule(
    @Min(1) int majorityAge,
    @NotNull @Valid CategoryId guardianCategory,
    @NotEmpty List<@Valid ClauseRef> clauses,
    boolean engineeringDefault) {

  /**
   * Copies collections; checks the age.
   *
   * @param majorityAge the age of majority (18 under Kyrgyz civil law)
   * @param guardianCategory the category holding the guardian's name
   * @param clauses the clauses behind the rule
   * @param engineeringDefault whether the age is a default rather than policy text (the policy
   *     names no age)
   */
  public MinorsRule {
    if (majorityAge < 1 || majorityAge > 30) {
      throw new IllegalArgumentException("majority age must be between 1 and 30, was " + majorityAge);
    }
    Objects.requireNonNull(guardianCategory, "guardian category");
    clauses = Copies.list(clauses, "clauses of the minors rule");
  }
}
