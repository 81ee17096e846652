package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentStatus;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.CollectionForm;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.NoticeKind;
import com.oriflame.privacy.policy.PurposeTrait;

/**
 * R7, R9, R11, R34 (and R5, R6, R15): a consent-based purpose needs a consent granted at or before
 * the instant by a party entitled to give it, not withdrawn and not expired since (R7; e-mail and
 * SMS marketing, §2(2); surveys, R15; publication under the Purchase-Sale Agreement, R6); not
 * given before a revision that widened the purpose (§9, R34); and, for disclosure to third
 * parties for their marketing, collected on a form that announced it (§6.1, R9, R11).
 */
@Implements({"R5", "R6", "R7", "R9", "R11", "R15", "R34"})
final class ConsentBasis implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.purpose.legalBasis() != LegalBasis.CONSENT) {
      return;
    }
    ConsentStatus status = f.consents.consent(f.purpose.id());
    String id = f.purpose.id().value();
    switch (status.kind()) {
      case NONE -> {
        ConsentEvent g = status.ignoredGrant().orElse(null);
        if (g != null) {
          v.deny(ReasonCode.CONSENT_BY_WRONG_PARTY, "R5", f.compiled.minorsClauses, f.purpose.id(), g.id(),
              Fact.of(FactText.CONSENT_BY_WRONG_PARTY, f.day(g.effectiveAt()), Words.of(g.evidence().actor())));
        } else {
          v.deny(ReasonCode.NO_CONSENT, "R7", f.purpose.clauses(), f.purpose.id(), Fact.of(FactText.NO_CONSENT, id));
        }
      }
      case WITHDRAWN -> {
        ConsentEvent w = status.decisive().orElseThrow();
        v.deny(ReasonCode.CONSENT_WITHDRAWN, "R7", f.purpose.clauses(), f.purpose.id(), w.id(),
            Fact.of(FactText.CONSENT_WITHDRAWN, f.day(w.effectiveAt()), Words.of(w.evidence().channel())));
      }
      case EXPIRED -> {
        ConsentEvent g = status.decisive().orElseThrow();
        v.deny(ReasonCode.CONSENT_EXPIRED, "R7", f.purpose.clauses(), f.purpose.id(), g.id(),
            Fact.of(FactText.CONSENT_EXPIRED, f.day(g.effectiveAt()), f.day(status.expiresAt().orElseThrow())));
      }
      case GRANTED -> granted(f, v, status);
    }
  }

  private static void granted(Facts f, Verdict v, ConsentStatus status) {
    ConsentEvent g = status.decisive().orElseThrow();
    if (f.compiled.policy.changes().widenedSince(g.policyVersion(), f.purpose.id())) {
      v.deny(ReasonCode.RECONSENT_REQUIRED, "R34", f.compiled.policy.changes().clauses(), f.purpose.id(), g.id(),
          Fact.of(FactText.RECONSENT_REQUIRED, g.policyVersion(), f.purpose.id().value()));
    }
    if (f.purpose.has(PurposeTrait.THIRD_PARTY_MARKETING) && !announced(f, g, NoticeKind.THIRD_PARTY_MARKETING)) {
      v.deny(ReasonCode.NOTICE_NOT_GIVEN, "R9", f.purpose.clauses(), f.purpose.id(), g.id(),
          Fact.of(FactText.NOTICE_NOT_GIVEN, Words.of(g.evidence().channel())));
    }
    Fact fact = status.expiresAt().isEmpty()
        ? Fact.of(FactText.CONSENT_IN_FORCE, f.day(g.effectiveAt()), Words.of(g.evidence().channel()), Words.of(g.evidence().actor()))
        : Fact.of(FactText.CONSENT_IN_FORCE_UNTIL, f.day(g.effectiveAt()), Words.of(g.evidence().channel()),
            Words.of(g.evidence().actor()), f.day(status.expiresAt().get()));
    v.permit(ReasonCode.CONSENT_IN_FORCE, "R7", f.purpose.clauses(), f.purpose.id(), g.id(), fact);
  }

  /** Whether the form (named, or deduced from the CAF channel) that collected a grant carried {@code notice} (R11). */
  private static boolean announced(Facts f, ConsentEvent grant, NoticeKind notice) {
    for (CollectionForm form : f.compiled.policy.forms()) {
      boolean used = grant.evidence().form().isPresent() ? form.id().equals(grant.evidence().form().get())
          : form.channel() == grant.evidence().channel();
      if (used && form.notices().contains(notice)) {
        return true;
      }
    }
    return false;
  }
}
