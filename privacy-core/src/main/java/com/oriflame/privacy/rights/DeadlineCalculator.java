package com.oriflame.privacy.rights;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.Deadline;
import com.oriflame.privacy.policy.DeadlineUnit;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.SubjectRight;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes a request's deadline when it is received (R27, R37):
 *
 * <ul>
 *   <li>access: 7 calendar days (Law Art. 17(e)); a reasoned refusal is due by the same day (Art. 17(f));
 *   <li>requests of the authority and the Ombudsman: 7 calendar days (Art. 17(g), R37);
 *   <li>account closure: the policy file's deadline (1 working day, §6.2), or 1 working day if the file names none;
 *   <li>every other kind: the deadline the policy file gives its right; none if it gives none
 *       (objection, complaint: "investigated promptly", R35) and none for consent withdrawal,
 *       which takes effect when received.
 * </ul>
 *
 * <p>Days count from the day of receipt in the zone (the policy's, Asia/Bishkek): a request
 * received on day 0 with 7 calendar days is due on day 7 and overdue from the start of day 8; one
 * working day is the next working day of the {@link WorkingCalendar}.
 *
 * <p>Stability: experimental.
 */
@Implements({"R27", "R37"})
public final class DeadlineCalculator {
  private static final int WEEK = 7;

  private final Policy policy;
  private final WorkingCalendar calendar;
  private final ZoneId zone;

  private DeadlineCalculator(Policy policy, WorkingCalendar calendar, ZoneId zone) {
    this.policy = Objects.requireNonNull(policy, "policy must not be null");
    this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
    this.zone = Objects.requireNonNull(zone, "zone must not be null");
  }

  /**
   * @param policy the policy whose rights give the deadlines not fixed by law
   * @param calendar working days and holidays
   * @param zone the zone days are counted in, normally the policy's
   * @return the calculator
   */
  public static DeadlineCalculator of(Policy policy, WorkingCalendar calendar, ZoneId zone) {
    return new DeadlineCalculator(policy, calendar, zone);
  }

  /**
   * @param kind the request's kind
   * @param receivedAt when it was received
   * @return its deadline; empty where neither law nor policy sets one
   */
  public Optional<RequestDeadline> deadline(RequestKind kind, Instant receivedAt) {
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(receivedAt, "receivedAt must not be null");
    return switch (kind) {
      case ACCESS -> Optional.of(due(new Deadline(WEEK, DeadlineUnit.CALENDAR_DAYS, false), DeadlineSource.LAW,
          List.of(ClauseRef.of("Art. 17(e)"), ClauseRef.of("Art. 17(f)")), receivedAt));
      case AUTHORITY_REQUEST, OMBUDSMAN_REQUEST -> Optional.of(due(new Deadline(WEEK, DeadlineUnit.CALENDAR_DAYS, false),
          DeadlineSource.LAW, List.of(ClauseRef.of("Art. 17(g)")), receivedAt));
      case ACCOUNT_CLOSURE -> Optional.of(fromPolicy(kind, receivedAt)
          .orElseGet(() -> due(new Deadline(1, DeadlineUnit.WORKING_DAYS, false), DeadlineSource.POLICY,
              List.of(ClauseRef.of("§6.2")), receivedAt)));
      case CONSENT_WITHDRAWAL -> Optional.empty();
      case RECTIFICATION, ERASURE, BLOCKING, OBJECTION, COMPLAINT -> fromPolicy(kind, receivedAt);
    };
  }

  private Optional<RequestDeadline> fromPolicy(RequestKind kind, Instant receivedAt) {
    Optional<SubjectRight> right = kind.right().flatMap(r -> policy.rights().find(r));
    return right.flatMap(r -> r.deadline().map(d -> due(d, d.engineeringDefault() ? DeadlineSource.ENGINEERING_DEFAULT
        : DeadlineSource.POLICY, r.clauses(), receivedAt)));
  }

  private RequestDeadline due(Deadline d, DeadlineSource source, List<ClauseRef> clauses, Instant receivedAt) {
    LocalDate received = receivedAt.atZone(zone).toLocalDate();
    LocalDate due = d.unit() == DeadlineUnit.WORKING_DAYS ? calendar.plusWorkingDays(received, d.amount())
        : received.plusDays(d.amount());
    return new RequestDeadline(d.amount(), d.unit(), source, new ArrayList<>(clauses), due,
        due.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** @return the calendar working days are counted on */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** @return the zone days are counted in */
  public ZoneId zone() {
    return zone;
  }
}
