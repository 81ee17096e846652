package com.oriflame.privacy.rights;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DeadlineUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A request's deadline, computed once when it is received and kept with it: later changes of the
 * policy file or the calendar do not move it.
 *
 * <p>Stability: experimental.
 *
 * @param amount how many units
 * @param unit calendar or working days
 * @param source the law, the policy text or an engineering default
 * @param clauses the clauses and articles behind it
 * @param dueDate the last day to answer on, in the policy's zone
 * @param expiresAt the first instant the request is overdue: the start of the day after {@code dueDate}
 */
public record RequestDeadline(int amount, DeadlineUnit unit, DeadlineSource source, List<ClauseRef> clauses,
    LocalDate dueDate, Instant expiresAt) {

  /**
   * Rejects missing fields, a negative amount and an expiry not after the due date's start.
   *
   * @param amount how many units
   * @param unit calendar or working days
   * @param source the law, the policy text or an engineering default
   * @param clauses the clauses and articles behind it
   * @param dueDate the last day to answer on, in the policy's zone
   * @param expiresAt the first instant the request is overdue
   */
  public RequestDeadline {
    if (amount < 0) {
      throw new IllegalArgumentException("deadline amount must be 0 or more, was " + amount);
    }
    Objects.requireNonNull(unit, "deadline unit is missing");
    Objects.requireNonNull(source, "deadline source is missing");
    clauses = Copies.list(clauses, "deadline clauses");
    Objects.requireNonNull(dueDate, "due date is missing");
    Objects.requireNonNull(expiresAt, "expiry is missing");
  }

  /**
   * @param at an instant
   * @return whether an open request with this deadline is overdue at {@code at}
   */
  public boolean passedAt(Instant at) {
    return !at.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return amount + (unit == DeadlineUnit.WORKING_DAYS ? " working" : "") + " day(s), due " + dueDate + " (" + source + ")";
  }
}
