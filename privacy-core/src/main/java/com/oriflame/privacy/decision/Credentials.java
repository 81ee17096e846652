package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.DataCategory;

/**
 * R25: the account password is never requested, exported, logged or put in a receipt, except for
 * verification at login (§5). A request that would disclose or transfer a credential, or hand it
 * to any recipient, is denied.
 */
@Implements({"R25"})
final class Credentials implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (!f.request.operation().discloses() && f.recipient.isEmpty()) {
      return;
    }
    for (DataCategory c : f.categories) {
      if (f.compiled.touchesCredential(c.id())) {
        v.deny(ReasonCode.CREDENTIAL_NOT_DISCLOSED, "R25", c.clauses(), c.id(), Fact.of(FactText.CREDENTIAL, c.id().value()));
      }
    }
  }
}
