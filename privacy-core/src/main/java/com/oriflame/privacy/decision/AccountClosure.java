package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.PurposeTrait;
import java.time.Instant;

/**
 * R29: after the account is closed (§6.2), only the purposes that survive closure remain: legal
 * compliance, fraud prevention, collection of amounts owed, disputes, enforcement and fault
 * elimination. Every other purpose, and all marketing, is denied.
 */
@Implements({"R29"})
final class AccountClosure implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    Instant closed = f.profile.accountClosedAt().orElse(null);
    if (closed != null && !f.at.isBefore(closed) && !f.purpose.has(PurposeTrait.SURVIVES_ACCOUNT_CLOSURE)) {
      v.deny(ReasonCode.ACCOUNT_CLOSED, "R29", f.compiled.closureClauses, f.purpose.id(),
          Fact.of(FactText.ACCOUNT_CLOSED, f.day(closed), f.purpose.id().value()));
    }
  }
}
