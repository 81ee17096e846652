package com.oriflame.privacy.rights;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a data-subject request stands. The lifecycle is data: {@link #next()} lists the states a
 * request may move to, and every move is a {@link RequestTransition}, audited. A request starts
 * {@link #RECEIVED}; the terminal states are {@link #COMPLETED}, {@link #REFUSED}, {@link
 * #WITHDRAWN}, {@link #VERIFICATION_FAILED} and {@link #VERIFICATION_EXPIRED}.
 *
 * <pre>
 * RECEIVED ──► IDENTITY_VERIFIED ──► IN_PROGRESS ──► COMPLETED
 *    │  └─► VERIFICATION_FAILED / VERIFICATION_EXPIRED
 *    └────────► IN_PROGRESS (only kinds that need no verification, R28)
 * RECEIVED, IDENTITY_VERIFIED, IN_PROGRESS ──► REFUSED (with a legal ground) or WITHDRAWN (by the subject)
 * </pre>
 *
 * <p>Stability: experimental.
 */
public enum RequestState {
  /** Recorded with its instant and channel (R26); nothing done yet. */
  RECEIVED,
  /** Staff verified the requester's identity (R28). */
  IDENTITY_VERIFIED,
  /** The identity could not be verified; the request is closed and never executed (R28). */
  VERIFICATION_FAILED,
  /** The requester did not complete the verification in time; closed and never executed (R28). */
  VERIFICATION_EXPIRED,
  /** Being carried out (by staff or across the host's data sources). */
  IN_PROGRESS,
  /** Answered or carried out. */
  COMPLETED,
  /** Refused in writing with a legal ground (Art. 17(f), Art. 15). */
  REFUSED,
  /** Withdrawn by the subject. */
  WITHDRAWN;

  /** @return the states a request in this state may move to; empty for terminal states */
  public Set<RequestState> next() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(IDENTITY_VERIFIED, VERIFICATION_FAILED, VERIFICATION_EXPIRED, IN_PROGRESS, REFUSED,
          WITHDRAWN);
      case IDENTITY_VERIFIED -> EnumSet.of(IN_PROGRESS, REFUSED, WITHDRAWN);
      case IN_PROGRESS -> EnumSet.of(COMPLETED, REFUSED, WITHDRAWN);
      case VERIFICATION_FAILED, VERIFICATION_EXPIRED, COMPLETED, REFUSED, WITHDRAWN -> EnumSet.noneOf(RequestState.class);
    };
  }

  /** @return whether the request is closed: nothing more happens to it and it is never overdue */
  public boolean terminal() {
    return next().isEmpty();
  }
}
