package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Recipient;
import java.util.stream.Collectors;

/**
 * E3, R13, R15: data goes only to the purpose's recipients ("a limited circle", §3.3), and a
 * disclosure must name its recipient whenever the purpose has any, so the recipients' protections
 * cannot be skipped. A recipient receives only the categories it may (mass e-mail and SMS providers
 * get contact data only, R15) and only in its data form: advertising agencies get aggregates, never
 * identified or pseudonymised rows (R13). The recipient's obligations go with a permit (aggregates
 * only with small groups suppressed, R13; encrypt in transit, R24; record the disclosure).
 */
@Implements({"E3", "R13", "R15", "R24"})
final class RecipientScope implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.recipient.isEmpty()) {
      if (f.request.operation().discloses() && !f.purpose.recipients().isEmpty()) {
        v.deny(ReasonCode.RECIPIENT_MISSING, Rules.RECIPIENTS, f.purpose.clauses(), f.purpose.id(),
            Fact.of(FactText.RECIPIENT_MISSING, Words.of(f.request.operation()), f.purpose.id().value(),
                f.purpose.recipients().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))));
      }
      return;
    }
    Recipient r = f.recipient.get();
    if (!f.purpose.recipients().contains(r.id())) {
      v.deny(ReasonCode.RECIPIENT_NOT_IN_PURPOSE, Rules.RECIPIENTS, r.clauses(), r.id(),
          Fact.of(FactText.RECIPIENT_NOT_IN_PURPOSE, r.id().value(), f.purpose.id().value()));
    }
    if (!r.categories().isEmpty()) {
      for (DataCategory c : f.categories) {
        if (r.categories().stream().noneMatch(allowed -> allowed.covers(c.id()))) {
          v.deny(ReasonCode.RECIPIENT_CATEGORY_NOT_ALLOWED, "R15", r.clauses(), c.id(),
              Fact.of(FactText.RECIPIENT_CATEGORY, r.id().value(), c.id().value()));
        }
      }
    }
    // DataForm is declared from most to least identifying: a recipient may get its form or a less identifying one
    if (f.request.dataForm().ordinal() < r.dataForm().ordinal()) {
      v.deny(ReasonCode.RECIPIENT_DATA_FORM, "R13", r.clauses(), r.id(),
          Fact.of(FactText.RECIPIENT_DATA_FORM, r.id().value(), Words.of(r.dataForm()), Words.of(f.request.dataForm())));
    }
    for (ObligationKind kind : r.obligations()) {
      v.oblige(kind, r.clauses(), Obligations.detail(kind, f, r));
    }
  }
}
