package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.PurposeTrait;

/**
 * E2 and R6: a purpose processes only its own categories (a category covers its children; §2,
 * purpose limitation). For publication under the Purchase-Sale Agreement that means exactly the
 * five items of §1.1 (R6).
 */
@Implements({"E2", "R6"})
final class PurposeCategories implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    String rule = f.purpose.has(PurposeTrait.PUBLICATION) ? "R6" : Rules.PURPOSE_LIMITATION;
    for (DataCategory c : f.categories) {
      if (!f.purpose.allows(c.id())) {
        v.deny(ReasonCode.CATEGORY_NOT_IN_PURPOSE, rule, f.purpose.clauses(), c.id(),
            Fact.of(FactText.CATEGORY_NOT_IN_PURPOSE, c.id().value(), f.purpose.id().value()));
      }
    }
  }
}
