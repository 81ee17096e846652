package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.retention.LegalHold;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A subject's records compiled for the fast path of {@link DecisionEngine#decide(Request,
 * SubjectSnapshot, java.util.function.Supplier)}: the records themselves (so that every decision,
 * also one the fast path cannot answer, needs no store) and the instants at which anything the
 * rules read about the subject can change. Between two such instants the rules' answer to a
 * request depends on the request alone, so a permit decided once by the full rule table is reused
 * for every equal request in the same interval. Immutable but for that memo, which is safe to share
 * between threads.
 *
 * <p>The instants are every profile version's start, contract start and end, account closure,
 * last activity and coming of age (with the days around it), every event's effective instant, every
 * register hold's start and end, and
 * every instant a consent validity or retention period that starts at one of those ends; each
 * instant and the nanosecond after it start an interval, so that conditions of either form ("at
 * or after", "after") change only at interval starts.
 *
 * <p>Stability: experimental.
 */
public final class SubjectSnapshot {
  private static final int MEMO_SIZE = 8;
  private static final Memo[] EMPTY = new Memo[0];

  final SubjectId subject;
  final SubjectRecord record;
  /** Interval starts in epoch nanoseconds, ascending; {@code null} if some instant is out of range (memo off). */
  private final long[] starts;
  private volatile Memo[] memos = EMPTY;
  /** The interval found last: a hint, checked before use, so a race only costs a search. */
  private int lastInterval = Integer.MIN_VALUE;

  private SubjectSnapshot(SubjectId subject, SubjectRecord record, long[] starts) {
    this.subject = subject;
    this.record = record;
    this.starts = starts;
  }

  /** A permit decided by the full rule table for a request shape in one interval. */
  private record Memo(int interval, long shape, long categories, String productLine, Decision.Permit permit) {}

  static SubjectSnapshot of(CompiledPolicy compiled, SubjectId subject, SubjectRecord record) {
    return new SubjectSnapshot(subject, record, starts(compiled, record));
  }

  /** @return the subject the snapshot is of */
  public SubjectId subject() {
    return subject;
  }

  /** @return the subject's records the snapshot was built from */
  public SubjectRecord record() {
    return record;
  }

  private static long[] starts(CompiledPolicy compiled, SubjectRecord record) {
    ZoneId zone = compiled.zone;
    try {
      Set<Instant> triggers = new LinkedHashSet<>();
      Set<Instant> edges = new LinkedHashSet<>();
      int majority = compiled.policy.minors().majorityAge();
      for (ProfileVersion v : record.profileHistory()) {
        triggers.add(v.validFrom());
        SubjectProfile p = v.profile();
        p.contract().ifPresent(c -> addContract(c, triggers));
        p.accountClosedAt().ifPresent(triggers::add);
        p.lastActivity().ifPresent(triggers::add);
        if (p.birthDate().isPresent()) {
          LocalDate of = p.birthDate().get().plusYears(majority);
          for (int d = -1; d <= 1; d++) {
            edges.add(of.plusDays(d).atStartOfDay(zone).toInstant());
          }
        }
      }
      for (ConsentEvent e : record.events()) {
        triggers.add(e.effectiveAt());
      }
      for (LegalHold h : record.holds()) {
        edges.add(h.start()); // a hold in force changes LegalHolds and Retention, but starts no period
        h.end().ifPresent(edges::add);
      }
      Set<Period> periods = new LinkedHashSet<>();
      for (RetentionRule r : compiled.policy.retentionRules()) {
        periods.add(r.period());
      }
      for (Purpose p : compiled.policy.purposes()) {
        p.consent().flatMap(t -> t.validity()).ifPresent(periods::add);
      }
      edges.addAll(triggers);
      for (Instant t : triggers) {
        for (Period period : periods) {
          edges.add(t.atZone(zone).plus(period).toInstant());
        }
      }
      long[] all = new long[edges.size() * 2];
      int i = 0;
      for (Instant e : edges) {
        long n = nanos(e);
        all[i++] = n;
        all[i++] = Math.addExact(n, 1);
      }
      Arrays.sort(all);
      return Arrays.stream(all).distinct().toArray();
    } catch (ArithmeticException | DateTimeException e) {
      return null; // an instant beyond what nanoseconds of a long hold: decide every request with the full table
    }
  }

  private static void addContract(Contract c, Set<Instant> triggers) {
    triggers.add(c.start());
    c.end().ifPresent(triggers::add);
  }

  static long nanos(Instant i) {
    return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000_000L), i.getNano());
  }

  /** @return the interval holding {@code at}, or {@code Integer.MIN_VALUE} if the memo is off for it */
  int interval(Instant at) {
    if (starts == null) {
      return Integer.MIN_VALUE;
    }
    long n;
    try {
      n = nanos(at);
    } catch (ArithmeticException e) {
      return Integer.MIN_VALUE;
    }
    int hint = lastInterval; // checks about "now" mostly fall in the interval asked about last
    if (hint >= -1 && hint < starts.length && (hint < 0 || starts[hint] <= n) && (hint + 1 >= starts.length || n < starts[hint + 1])) {
      return hint;
    }
    int i = Arrays.binarySearch(starts, n);
    int found = i >= 0 ? i : -i - 2; // -1: before every start
    lastInterval = found;
    return found;
  }

  /**
   * @param interval an interval as {@link #interval} numbers it
   * @return its first instant in epoch nanoseconds; {@link Long#MIN_VALUE} for the one before every start
   */
  long intervalStart(int interval) {
    return interval < 0 ? Long.MIN_VALUE : starts[interval];
  }

  /**
   * @param interval an interval as {@link #interval} numbers it
   * @return the instant after it in epoch nanoseconds; {@link Long#MAX_VALUE} for the last one
   */
  long intervalEnd(int interval) {
    return interval + 1 < starts.length ? starts[interval + 1] : Long.MAX_VALUE;
  }

  Decision.Permit find(int interval, long shape, long categories, String productLine) {
    for (Memo m : memos) {
      if (m.interval == interval && m.shape == shape && m.categories == categories
          && (m.productLine == null ? productLine == null : m.productLine.equals(productLine))) {
        return m.permit;
      }
    }
    return null;
  }

  /** Keeps a permit for its key, in place of one kept for the same key (the latest asker's request is kept). */
  void remember(int interval, long shape, long categories, String productLine, Decision.Permit permit) {
    Memo[] old = memos;
    Memo[] next = new Memo[Math.min(MEMO_SIZE, old.length + 1)];
    next[0] = new Memo(interval, shape, categories, productLine, permit);
    int n = 1;
    for (int i = 0; i < old.length && n < next.length; i++) {
      Memo m = old[i];
      if (!(m.interval == interval && m.shape == shape && m.categories == categories
          && (m.productLine == null ? productLine == null : m.productLine.equals(productLine)))) {
        next[n++] = m;
      }
    }
    memos = n == next.length ? next : Arrays.copyOf(next, n);
  }

  @Override
  public String toString() {
    return "SubjectSnapshot[" + record.profileHistory().size() + " profile versions, " + record.events().size() + " events]";
  }
}
