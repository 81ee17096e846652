package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.PurposeTrait;

/**
 * R18 and Art. 9: a legal obligation needs no consent and no acceptance (§2(4), §2(16)); what is
 * strictly necessary to keep the site safe needs no acceptance (§2(13), §8.1); the operator's
 * legitimate interest, which the policy never names (the basis is this rendering's inference,
 * marked {@code basisInferred}), rests on the subject's acceptance of the policy, which {@link
 * Acceptance} requires; so do the vital and public interest.
 */
@Implements({"R18"})
final class OtherBases implements Rule {
  private static final Labels INFERRED = Labels.of("саясатта аталбайт, корутунду", "в политике не названо, выведено",
      "inferred; the policy does not name it");
  private static final Labels STATED = Labels.of("саясатта аталган", "названо в политике", "stated in the policy");

  @Override
  public void apply(Facts f, Verdict v) {
    String id = f.purpose.id().value();
    switch (f.purpose.legalBasis()) {
      case CONSENT, CONTRACT -> { }
      case LEGAL_OBLIGATION -> v.permit(ReasonCode.LEGAL_OBLIGATION, "R18", f.purpose.clauses(), f.purpose.id(), null,
          Fact.of(FactText.LEGAL_OBLIGATION, id));
      case LEGITIMATE_INTEREST, VITAL_INTEREST, PUBLIC_INTEREST -> {
        if (f.purpose.has(PurposeTrait.STRICTLY_NECESSARY)) {
          v.permit(ReasonCode.STRICTLY_NECESSARY, Rules.STRICTLY_NECESSARY, f.purpose.clauses(), f.purpose.id(), null,
              Fact.of(FactText.STRICTLY_NECESSARY, id));
          return;
        }
        PolicyAccepted accepted = f.consents.acceptance().orElse(null);
        if (accepted == null) {
          return; // Acceptance denies
        }
        Fact fact = switch (f.purpose.legalBasis()) {
          case LEGITIMATE_INTEREST -> Fact.of(FactText.LEGITIMATE_INTEREST, id, f.purpose.basisInferred() ? INFERRED : STATED,
              f.day(accepted.effectiveAt()));
          default -> Fact.of(FactText.OTHER_BASIS, id, f.purpose.legalBasis().dpvTerm(), f.day(accepted.effectiveAt()));
        };
        v.permit(f.purpose.legalBasis() == com.oriflame.privacy.policy.LegalBasis.LEGITIMATE_INTEREST
                ? ReasonCode.LEGITIMATE_INTEREST : ReasonCode.OTHER_BASIS,
            Rules.ACCEPTED_BASIS, f.purpose.clauses(), f.purpose.id(), accepted.id(), fact);
      }
    }
  }
}
