package com.oriflame.privacy.rights;

import com.oriflame.privacy.policy.ClauseRef;
import java.util.List;

/**
 * Why a request was not accepted when it arrived: the code of a {@link RequestRejectedException}.
 * A rejection is audited ({@code request.rejected}, with kind, channel and code) but no request is
 * stored: the host answers the requester with the reason.
 *
 * <p>Stability: experimental. Constants may be added before 1.0.
 */
public enum RequestRejectionCode {
  /**
   * The request came through a channel the policy does not name for that right (R26; §6.1, §6.2,
   * §10): e.g. a deletion request through the website's forms. The message lists the channels that
   * accept it.
   */
  CHANNEL_NOT_ACCEPTED(List.of("R26"), List.of("§6.2", "§10")),
  /** The policy has no such right (a policy file without it). */
  RIGHT_NOT_IN_POLICY(List.of("R26"), List.of()),
  /**
   * The request lacks what its kind needs: the corrections of a rectification, the objections of an
   * objection, the purposes of a consent withdrawal, the description of a complaint (R35).
   */
  MISSING_DETAILS(List.of("R35"), List.of("§10")),
  /** The given receipt instant is after the engine clock's now. */
  RECEIVED_IN_THE_FUTURE(List.of(), List.of()),
  /** The request id is stored with other content (a host reused its ticket number). */
  ID_CONFLICT(List.of(), List.of());

  private final List<String> rules;
  private final List<ClauseRef> clauses;

  RequestRejectionCode(List<String> rules, List<String> clauses) {
    this.rules = rules;
    this.clauses = clauses.stream().map(ClauseRef::of).toList();
  }

  /** @return the rules of the policy's rendering behind the rejection; empty for engineering checks */
  public List<String> rules() {
    return rules;
  }

  /** @return the clauses behind the rejection; empty for engineering checks */
  public List<ClauseRef> clauses() {
    return clauses;
  }
}
