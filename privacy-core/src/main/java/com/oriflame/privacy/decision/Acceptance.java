package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.PurposeTrait;
import java.util.List;

/**
 * R2 and Law Art. 9: the law is consent-centred and the policy obtains the subject's agreement by
 * acceptance (§0: submitting the CAF; §9: continued use after a new revision). Without an
 * acceptance on record by a party entitled to give it (R5), nothing is permitted but legal
 * obligations and what is strictly necessary to keep the site safe. Consent-based purposes need
 * the registration acceptance itself, not acceptance by continued use (R2).
 */
@Implements({"R2", "R5"})
final class Acceptance implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (!needsAcceptance(f)) {
      return;
    }
    List<com.oriflame.privacy.policy.ClauseRef> clauses = f.compiled.acceptanceClauses;
    if (f.consents.acceptance().isEmpty()) {
      PolicyAccepted wrong = f.consents.ignoredAcceptance().orElse(null);
      if (wrong != null) {
        v.deny(ReasonCode.ACCEPTANCE_BY_WRONG_PARTY, "R5", f.compiled.minorsClauses, f.purpose.id(), wrong.id(),
            Fact.of(FactText.ACCEPTANCE_BY_WRONG_PARTY, f.day(wrong.effectiveAt()), Words.of(wrong.evidence().actor())));
      } else {
        v.deny(ReasonCode.NO_POLICY_ACCEPTANCE, "R2", clauses, f.purpose.id(), Fact.of(FactText.NO_ACCEPTANCE));
      }
    } else if (f.purpose.legalBasis().consentBased() && f.consents.registration().isEmpty()) {
      v.deny(ReasonCode.NO_POLICY_ACCEPTANCE, "R2", clauses, f.purpose.id(), f.consents.acceptance().get().id(),
          Fact.of(FactText.ONLY_CONTINUED_USE));
    }
  }

  /** Every purpose needs an acceptance but legal obligations and what is strictly necessary. */
  static boolean needsAcceptance(Facts f) {
    return f.purpose.legalBasis() != LegalBasis.LEGAL_OBLIGATION && !f.purpose.has(PurposeTrait.STRICTLY_NECESSARY);
  }
}
