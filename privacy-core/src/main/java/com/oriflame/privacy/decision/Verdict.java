package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.ElementId;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.PolicyRevision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what the rules find: denials, grounds to permit and obligations. It is the one place
 * that falls back to the decided element's clauses when a reason names none, that refuses a deny
 * code given as a permit (or the reverse), and that turns the findings into a decision: any
 * denial denies with every denial; otherwise a ground to permit permits; with no ground at all it
 * denies (the default is deny, E10). Every decision it makes names the policy revision (R1).
 */
@Implements({"R1", "E10"})
final class Verdict {
  private final List<ClauseRef> fallback;
  private final List<Reason> denials = new ArrayList<>(2);
  private final List<Reason> permits = new ArrayList<>(1);
  private final Map<ObligationKind, Obligation> obligations = new LinkedHashMap<>();

  /** @param fallback the clauses of the decided element, cited when a reason names none */
  Verdict(List<ClauseRef> fallback) {
    this.fallback = fallback;
  }

  void deny(ReasonCode code, String rule, List<ClauseRef> clauses, ElementId element, EventId event, Fact fact) {
    if (code.permits()) {
      throw new IllegalStateException("rule " + rule + " denied with permit code " + code);
    }
    denials.add(new Reason(code, rule, clauses.isEmpty() ? fallback : clauses, element, event, fact));
  }

  void deny(ReasonCode code, String rule, List<ClauseRef> clauses, ElementId element, Fact fact) {
    deny(code, rule, clauses, element, null, fact);
  }

  void permit(ReasonCode code, String rule, List<ClauseRef> clauses, ElementId element, EventId event, Fact fact) {
    if (!code.permits()) {
      throw new IllegalStateException("rule " + rule + " permitted with deny code " + code);
    }
    permits.add(new Reason(code, rule, clauses.isEmpty() ? fallback : clauses, element, event, fact));
  }

  /** Adds an obligation, once per kind (the first one wins). */
  void oblige(ObligationKind kind, List<ClauseRef> clauses, String detail) {
    obligations.putIfAbsent(kind, new Obligation(kind, clauses.isEmpty() ? fallback : clauses, detail));
  }

  boolean denied() {
    return !denials.isEmpty();
  }

  Decision decide(Request request, Instant at, LegalBasis basis, PolicyRevision revision) {
    if (!denials.isEmpty()) {
      return new Decision.Deny(request, at, basis, denials, revision);
    }
    if (permits.isEmpty()) {
      return new Decision.Deny(request, at, basis, List.of(new Reason(ReasonCode.NO_GROUND_TO_PERMIT, Rules.DEFAULT_DENY, fallback,
          request.purpose(), null, Fact.of(FactText.NO_GROUND_TO_PERMIT))), revision);
    }
    return new Decision.Permit(request, at, basis, permits, List.copyOf(obligations.values()), revision);
  }

  List<Reason> denials() {
    return denials;
  }

  List<Reason> permits() {
    return permits;
  }
}
