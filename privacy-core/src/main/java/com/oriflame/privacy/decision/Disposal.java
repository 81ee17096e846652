package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.DataCategory;
import java.util.HashSet;
import java.util.Set;

/**
 * E6: once the retention period of every requested category has run out, disposing of the data
 * (depersonalization, blocking, destruction) is what the retention rules ask for: it is permitted
 * whatever became of the purpose's basis, unless a legal hold forbids it ({@link LegalHolds}).
 * {@link DecisionEngine} uses the disposal table of {@link Rules} exactly then.
 */
@Implements({"E6"})
final class Disposal implements Rule {
  /** @return whether the request disposes of data whose every category's retention has run out */
  static boolean due(Facts f) {
    if (!f.request.operation().disposes()) {
      return false;
    }
    Set<DataCategory> expired = new HashSet<>();
    f.expiries().forEach(e -> expired.add(e.category()));
    return expired.containsAll(f.categories);
  }

  @Override
  public void apply(Facts f, Verdict v) {
    Set<DataCategory> done = new HashSet<>();
    for (Retention.Expiry e : f.expiries()) {
      if (done.add(e.category())) {
        v.permit(ReasonCode.DISPOSAL_DUE, Rules.RETENTION, e.rule().clauses(), e.rule().id(), null,
            Fact.of(FactText.DISPOSAL_DUE, e.rule().id().value(), e.category().id().value(), f.day(e.expired()),
                Words.of(e.rule().action())));
      }
    }
  }
}
