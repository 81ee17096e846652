package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.CrossBorderTransfer;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Recipient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * R22: a transfer abroad is one the policy declares (§4: order fulfilment, payment details,
 * Success Plan rewards, support), covering the purpose, the recipient (which may be abroad, §3.2)
 * and every category, to a destination country the declaration names; a declaration resting on
 * the consent given by submitting the data needs that registration on record. Every such transfer
 * carries the obligation to log it with country, recipient, purpose and categories.
 */
@Implements({"R22"})
final class CrossBorder implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.request.operation() != com.oriflame.privacy.policy.Operation.CROSS_BORDER_TRANSFER) {
      return;
    }
    List<CrossBorderTransfer> covering = new ArrayList<>();
    if (f.recipient.isPresent() && f.recipient.get().mayBeAbroad()) {
      Recipient r = f.recipient.get();
      for (CrossBorderTransfer t : f.compiled.transfersFor(f.purpose.id())) {
        if (t.recipients().contains(r.id()) && covers(t, f.categories)) {
          covering.add(t);
        }
      }
    }
    List<com.oriflame.privacy.policy.ClauseRef> clauses = f.compiled.transferClauses;
    if (covering.isEmpty()) {
      String recipient = f.recipient.map(r -> r.id().value()).orElse("-");
      v.deny(ReasonCode.TRANSFER_NOT_DECLARED, "R22", clauses, f.purpose.id(),
          Fact.of(FactText.TRANSFER_NOT_DECLARED, f.purpose.id().value(), recipient));
      if (f.recipient.isPresent() && !f.recipient.get().mayBeAbroad()) {
        v.deny(ReasonCode.TRANSFER_NOT_DECLARED, "R22", clauses, f.recipient.get().id(),
            Fact.of(FactText.RECIPIENT_NOT_ABROAD, recipient));
      }
      return;
    }
    String country = f.request.destinationCountry().orElse(null);
    CrossBorderTransfer first = covering.get(0);
    if (country == null) {
      v.deny(ReasonCode.DESTINATION_NOT_DECLARED, "R22", first.clauses(), first.id(),
          Fact.of(FactText.NO_DESTINATION, first.id().value(), String.join(", ", countries(covering))));
    } else if (covering.stream().noneMatch(t -> t.countries().contains(country))) {
      v.deny(ReasonCode.DESTINATION_NOT_DECLARED, "R22", first.clauses(), first.id(),
          Fact.of(FactText.DESTINATION_NOT_DECLARED, country, first.id().value(), String.join(", ", countries(covering))));
    }
    if (covering.stream().allMatch(t -> t.ground() == LegalBasis.CONSENT) && f.consents.registration().isEmpty()) {
      v.deny(ReasonCode.NO_POLICY_ACCEPTANCE, "R22", first.clauses(), first.id(),
          Fact.of(FactText.TRANSFER_NEEDS_REGISTRATION, first.id().value()));
    }
    v.oblige(ObligationKind.LOG_CROSS_BORDER, first.clauses(), Obligations.crossBorder(f));
  }

  private static boolean covers(CrossBorderTransfer t, List<DataCategory> categories) {
    for (DataCategory c : categories) {
      if (t.categories().stream().noneMatch(tc -> tc.covers(c.id()))) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> countries(List<CrossBorderTransfer> transfers) {
    Set<String> all = new TreeSet<>();
    transfers.forEach(t -> all.addAll(t.countries()));
    return all;
  }
}
