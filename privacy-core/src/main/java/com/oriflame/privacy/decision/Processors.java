package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.Condition;
import com.oriflame.privacy.policy.Recipient;

/**
 * R21: processing is entrusted to a third party (a processor) only for a subject whose
 * registration acceptance (R2) is on record (§2, closing paragraph). A recipient that states the
 * condition itself is left to {@link Conditions}, so the reason is given once.
 */
@Implements({"R21"})
final class Processors implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.recipient.isEmpty()) {
      return;
    }
    Recipient r = f.recipient.get();
    if (r.processor() && !r.conditions().contains(Condition.REGISTRATION_ACCEPTED) && f.consents.registration().isEmpty()) {
      v.deny(ReasonCode.CONDITION_NOT_MET, "R21", f.compiled.acceptanceClauses, r.id(),
          Fact.of(FactText.PROCESSOR_NEEDS_REGISTRATION, r.id().value()));
    }
  }
}
