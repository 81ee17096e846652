package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Recipient;

/**
 * R40 (Law Art. 24, Decree No. 759): every disclosure of a subject's data to a third party that is
 * not a processor acting for the operator carries the obligation to notify the subject of the
 * transfer. Aggregates are not the subject's data and carry none.
 */
@Implements({"R40"})
final class Notifications implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.recipient.isEmpty() || f.request.dataForm() == DataForm.AGGREGATE_ONLY) {
      return;
    }
    Recipient r = f.recipient.get();
    if (!r.processor()) {
      v.oblige(ObligationKind.NOTIFY_SUBJECT, r.clauses(), Obligations.notifySubject(r));
    }
  }
}
