package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.ClauseRef;
import java.util.List;

/**
 * Why the ledger or the subject registry refused to record something: the machine-readable code
 * of a {@link ConsentRejectedException}, one constant per refusal. Each names the rules of the
 * policy's English rendering ({@link #rules()}, {@code R1}–{@code R40}) and the clauses
 * ({@link #clauses()}) it enforces; refusals that protect the ledger's own consistency rather than
 * a clause of the policy name none.
 *
 * <p>Stability: stable. Constants may be added before 1.0; none is renamed or removed.
 */
public enum RejectionCode {
  /**
   * The event names a purpose, objection, cookie category or collection form the policy does not
   * define. The cause is the {@link com.oriflame.privacy.UnknownIdException} with the closest ids.
   * Engineering check (no policy rule).
   */
  UNKNOWN_ELEMENT(List.of(), List.of()),
  /**
   * The event names a policy revision that is neither the policy's version nor in its change
   * history (R1, R34; §9).
   */
  UNKNOWN_REVISION(List.of("R1", "R34"), List.of("§9")),
  /**
   * An acceptance of the policy arrived through a channel that cannot accept it: only submitting a
   * registration form (the CAF on paper or the web, §0) or, where the change rule allows it,
   * continued use of the WEBSITE after a new revision (§9) accepts the policy; a bulk import must
   * name the registration form (R2, R34).
   */
  ACCEPTANCE_CHANNEL(List.of("R2", "R34"), List.of("§0", "§9")),
  /**
   * An acceptance that is not a registration form's (continued use of the website) carries tick
   * boxes: only a form has them (R9, R11; §6.1).
   */
  TICK_BOXES_WITHOUT_FORM(List.of("R9", "R11"), List.of("§6.1")),
  /** A registration ticks a consent box the form does not offer (R11; §6.1). */
  NO_CONSENT_BOX(List.of("R11"), List.of("§6.1")),
  /** A registration ticks an opt-out box the form does not offer (R9, R11; §6.1). */
  NO_OPT_OUT_BOX(List.of("R9", "R11"), List.of("§6.1")),
  /**
   * Consent is granted, withdrawn or ticked for a purpose whose legal basis is not consent: there is
   * nothing to consent to (R7; §2).
   */
  NOT_CONSENT_BASED(List.of("R7"), List.of("§2")),
  /** Consent is given through a channel the purpose does not accept grants on (R7; §2, §6.1). */
  GRANT_CHANNEL(List.of("R7"), List.of("§2", "§6.1")),
  /**
   * A withdrawal or objection is dated after it was recorded: they take effect when recorded, never
   * later (R7, R12; §6.1, §3.3).
   */
  POST_DATED(List.of("R7", "R12"), List.of("§6.1", "§3.3")),
  /**
   * A grant, acceptance or lifted objection is dated before it was recorded: that would permit
   * processing that already happened without it. Record earlier acts with {@code
   * ConsentLedger.importing(at)} (R2, R7; §0, §6.1).
   */
  BACK_DATED(List.of("R2", "R7"), List.of("§0", "§6.1")),
  /**
   * An imported act is dated after the engine clock's now: the past can be imported, the future
   * cannot. Engineering check (no policy rule).
   */
  IN_THE_FUTURE(List.of(), List.of()),
  /**
   * An imported act is dated before the policy's first revision was published: no revision of this
   * policy was in force to give it under (R1, R34; §9).
   */
  BEFORE_POLICY(List.of("R1", "R34"), List.of("§9")),
  /**
   * An imported withdrawal names a purpose the subject's history grants nowhere at or before it:
   * import a history in the order it happened (R7; §6.1).
   */
  WITHDRAWAL_BEFORE_GRANT(List.of("R7"), List.of("§6.1")),
  /**
   * An imported lifted objection names an objection the subject's history raises nowhere at or
   * before it: import a history in the order it happened (R10, R12; §6.1, §3.3).
   */
  LIFT_BEFORE_OBJECTION(List.of("R10", "R12"), List.of("§6.1", "§3.3")),
  /**
   * A profile version is to be valid from after the engine clock's now: facts about a subject are
   * saved when they come true. Engineering check (no policy rule).
   */
  PROFILE_IN_THE_FUTURE(List.of(), List.of());

  private final List<String> rules;
  private final List<ClauseRef> clauses;

  RejectionCode(List<String> rules, List<String> clauses) {
    this.rules = rules;
    this.clauses = clauses.stream().map(ClauseRef::of).toList();
  }

  /** @return the rules of the policy's rendering this refusal enforces, e.g. {@code [R7, R12]}; empty for engineering checks */
  public List<String> rules() {
    return rules;
  }

  /** @return the clauses of the policy behind the refusal, e.g. {@code [§6.1]}; empty for engineering checks */
  public List<ClauseRef> clauses() {
    return clauses;
  }
}
