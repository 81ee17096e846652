package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.Operation;

/**
 * R4: providing data is voluntary (§1.1). A category the subject did not provide is a denial with
 * the reason "category not provided", never an error; collecting it is still possible.
 */
@Implements({"R4"})
final class ProvidedCategories implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.request.operation() == Operation.COLLECTION) {
      return;
    }
    for (DataCategory c : f.categories) {
      if (!provided(f, c.id())) {
        v.deny(ReasonCode.CATEGORY_NOT_PROVIDED, "R4", c.clauses(), c.id(), Fact.of(FactText.CATEGORY_NOT_PROVIDED, c.id().value()));
      }
    }
  }

  private static boolean provided(Facts f, CategoryId c) {
    for (CategoryId p : f.profile.providedCategories()) {
      if (p.covers(c) || c.covers(p)) {
        return true;
      }
    }
    return false;
  }
}
