package com.oriflame.privacy;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.SubjectSnapshot;
import java.util.Iterator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The bounded cache of subject snapshots in front of the stores that {@code check} reads. An entry
 * is used for at most {@code ttlNanos} after it was read (then read again), is dropped when the
 * engine writes anything about its subject, and on {@code refresh}. When full, an arbitrary entry
 * is dropped for each new one. A snapshot read while a write through the engine was under way is
 * returned but not kept, so a read that raced a write never outlives it. Thread-safe.
 */
final class SubjectCache {
  private record Entry(SubjectSnapshot snapshot, long readAt) {}

  private final ConcurrentHashMap<SubjectId, Entry> entries = new ConcurrentHashMap<>();
  private final int capacity;
  private final long ttlNanos;
  private final LongSupplier ticker;
  /** Writes begun and finished through the engine; a read keeps its snapshot only if no write overlapped it. */
  private final AtomicLong started = new AtomicLong();
  private final AtomicLong finished = new AtomicLong();

  /** What {@code filter} keeps: compact decisions per campaign shape, stale on the same events as the snapshots. */
  private final CompactIndex index;

  SubjectCache(int capacity, long ttlNanos, LongSupplier ticker) {
    this(capacity, ttlNanos, ticker, capacity > 0 ? INDEX_SIZE : 0);
  }

  SubjectCache(int capacity, long ttlNanos, LongSupplier ticker, int indexSize) {
    this.capacity = capacity;
    this.ttlNanos = ttlNanos;
    this.ticker = ticker;
    this.index = new CompactIndex(indexSize, ttlNanos, ticker.getAsLong());
  }

  /** Subjects whose compact decisions {@code filter} keeps. */
  static final int INDEX_SIZE = 2_000_000;

  /** @return the compact decisions {@code filter} keeps; stale on writes, refresh and expiry like the snapshots */
  CompactIndex index() {
    return index;
  }

  /** @return the ticker's nanoseconds now */
  long now() {
    return ticker.getAsLong();
  }

  /** @return a mark to pass to {@link #quietSince} before a read, or -1 if a write through the engine is under way */
  long quietMark() {
    long before = started.get();
    return finished.get() == before ? before : -1;
  }

  /** @return whether no write through the engine began since {@code mark} was taken (and none was under way then) */
  boolean quietSince(long mark) {
    return mark >= 0 && started.get() == mark;
  }

  /** @return whether entries are kept at all (capacity and expiry above zero) */
  boolean enabled() {
    return capacity > 0 && ttlNanos > 0;
  }

  /** @return the subject's snapshot if a fresh one is kept, else {@code null}; reads nothing */
  SubjectSnapshot kept(SubjectId subject) {
    Entry e = entries.get(subject);
    return e != null && ticker.getAsLong() - e.readAt < ttlNanos ? e.snapshot : null;
  }

  /** @return the subject's snapshot, read by {@code read} unless a fresh one is kept; read failures propagate */
  SubjectSnapshot get(SubjectId subject, Supplier<SubjectSnapshot> read) {
    if (!enabled()) {
      return read.get();
    }
    Entry e = entries.get(subject);
    long now = ticker.getAsLong();
    if (e != null && now - e.readAt < ttlNanos) {
      return e.snapshot;
    }
    long before = started.get();
    boolean quiet = finished.get() == before;
    index.invalidate(subject); // what check reads now counts for filter too, even a read that fails
    SubjectSnapshot s = read.get();
    if (quiet && started.get() == before) {
      if (entries.size() >= capacity && !entries.containsKey(subject)) {
        Iterator<SubjectId> it = entries.keySet().iterator();
        if (it.hasNext()) {
          entries.remove(it.next());
        }
      }
      entries.put(subject, new Entry(s, now));
      if (started.get() != before) {
        entries.remove(subject); // a write began meanwhile: do not keep what may predate it
      }
    }
    return s;
  }

  /** Marks the start of a write through the engine. */
  void writing() {
    started.incrementAndGet();
  }

  /** Marks the end of a write about {@code subject} (or of a failed one) and drops its entry. */
  void written(SubjectId subject) {
    if (subject != null) {
      entries.remove(subject);
      index.invalidate(subject);
    }
    finished.incrementAndGet();
  }

  /** Drops the subject's entry: the next check reads the stores. */
  void refresh(SubjectId subject) {
    entries.remove(subject);
    index.invalidate(subject);
  }

  /** Drops every entry. */
  void clear() {
    entries.clear();
    index.clear();
  }

  /** @return the number of entries kept */
  int size() {
    return entries.size();
  }
}
