package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.Objection;

/**
 * R9, R10, R12: an objection in force blocks the purposes it covers from its recorded instant on:
 * the marketing objection every marketing-type purpose (§6.1, R10), the third-party marketing
 * objection disclosure to third parties for their marketing (§2, R9), the network-sharing
 * objection disclosure to other network participants only (§3.3, R12). An opt-out box ticked at
 * registration is an objection from the registration's instant. No objection covers a legal
 * obligation (the linter refuses one that would).
 */
@Implements({"R9", "R10", "R12"})
final class Objections implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    for (Objection o : f.compiled.objectionsAgainst(f.purpose.id())) {
      boolean blocks = o.recipients().isEmpty() || f.recipient.map(r -> o.recipients().contains(r.id())).orElse(false);
      if (!blocks) {
        continue;
      }
      f.consents.objection(o.id()).ifPresent(e -> v.deny(ReasonCode.OBJECTION_RAISED, rule(o, f), o.clauses(), o.id(), e.id(),
          fact(o, e, f)));
    }
  }

  static Fact fact(Objection o, ConsentEvent e, Facts f) {
    return Fact.of(FactText.OBJECTION_RAISED, o.id().value(), f.day(e.effectiveAt()), Words.of(e.evidence().channel()));
  }

  private static String rule(Objection o, Facts f) {
    if (!o.recipients().isEmpty()) {
      return "R12";
    }
    return o.purposes().size() == 1 && f.purpose.has(com.oriflame.privacy.policy.PurposeTrait.THIRD_PARTY_MARKETING) ? "R9" : "R10";
  }
}
