package com.oriflame.privacy;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.DecisionSpan;
import java.util.Arrays;
import java.util.Objects;

/**
 * The compact decision state {@code filter} keeps: subjects numbered densely (an open-addressing
 * table from id to number), and per campaign shape (a {@code DecisionEngine.spanKey}, at most
 * {@link #SLOTS} of them) one column per field: the span over which the subject's answer holds as
 * two {@code long}s of epoch nanoseconds, the answer as one bit, and when it was read as an {@code
 * int} of milliseconds. About 20 bytes per subject and shape plus 16 for the number, so five
 * campaigns over a million subjects keep about 120 MB. A campaign repeated within a span and the
 * expiry is a scan over these columns: no store, no records, no rule table.
 *
 * <p>Entries go stale on every write through the engine about their subject, on {@code refresh},
 * and after the engine's cache expiry (as the snapshots {@code check} keeps). Subjects beyond the
 * capacity are not numbered: {@code filter} decides them from their records every time. All
 * methods lock the index; store reads happen outside. Thread-safe.
 */
final class CompactIndex {
  /** Campaign shapes kept at once; a new one replaces the oldest. */
  static final int SLOTS = 8;
  private static final int STALE = Integer.MIN_VALUE;

  private final int capacity;
  private final long ttlMillis;
  private long origin;
  /** Open addressing: ids and their numbers; length a power of two, at most half full. */
  private SubjectId[] keys = new SubjectId[16];
  private int[] numbers = new int[16];
  private int count;
  private final Slot[] slots = new Slot[SLOTS];
  private int nextSlot;
  /** How far the stores' change feed was read; -1 before the first reading. */
  private long feedPosition = -1;
  /**
   * When the latest completed reading of the feed began, in milliseconds since the origin: every
   * entry it did not list was confirmed then, however long before it was read.
   */
  private int confirmedAt = STALE;
  /** Readings of the feed begun; a store read begun before the latest one is not kept. */
  private long readings;

  /** One campaign shape's columns, indexed by subject number. */
  private static final class Slot {
    final Object key;
    long[] from;
    long[] until;
    long[] permitted;
    int[] readAt;

    Slot(Object key, int size) {
      this.key = key;
      from = new long[size];
      until = new long[size];
      permitted = new long[(size + 63) >>> 6];
      readAt = new int[size];
      Arrays.fill(readAt, STALE);
    }

    void grow(int size) {
      if (readAt.length < size) {
        int old = readAt.length;
        from = Arrays.copyOf(from, size);
        until = Arrays.copyOf(until, size);
        permitted = Arrays.copyOf(permitted, (size + 63) >>> 6);
        readAt = Arrays.copyOf(readAt, size);
        Arrays.fill(readAt, old, size, STALE);
      }
    }
  }

  /**
   * @param capacity the most subjects numbered; 0 keeps nothing
   * @param ttlNanos how long an entry is used after it was read; below a millisecond keeps nothing
   * @param now the ticker's nanoseconds now
   */
  CompactIndex(int capacity, long ttlNanos, long now) {
    this.capacity = capacity;
    this.ttlMillis = ttlNanos / 1_000_000;
    this.origin = now;
  }

  /** @return whether anything is kept at all */
  boolean enabled() {
    return capacity > 0 && ttlMillis > 0;
  }

  /** What a scan found, by position in the subjects as asked: who is decided, and who is not. */
  static final class Scan {
    /** The subjects as asked, repeats included. */
    final SubjectId[] order;
    /** Per position: the subject's number, {@link #UNNUMBERED} if the index is full, {@link #REPEAT} for a repeat. */
    final int[] number;
    final long[] permitted;
    final int[] stale;
    final int staleCount;
    final int asked;
    final int slot;
    final Object key;

    Scan(SubjectId[] order, int[] number, long[] permitted, int[] stale, int staleCount, int asked, int slot, Object key) {
      this.order = order;
      this.number = number;
      this.permitted = permitted;
      this.stale = stale;
      this.staleCount = staleCount;
      this.asked = asked;
      this.slot = slot;
      this.key = key;
    }
  }

  static final int UNNUMBERED = -1;
  static final int REPEAT = -2;
  /** The last subjects asked and their numbers: a campaign over the same subject objects in the same order skips the lookups. */
  private SubjectId[] lastAsked;
  private int[] lastNumbers;

  /**
   * Numbers the subjects (as far as the capacity goes), marks repeats, and answers every subject
   * whose entry for the shape holds {@code at} and is fresh.
   *
   * @param key the campaign's shape
   * @param asked the subjects, maybe with repeats
   * @param at the instant asked about, in epoch nanoseconds
   * @param now the ticker's nanoseconds now
   * @return the scan
   */
  synchronized Scan scan(Object key, SubjectId[] asked, long at, long now) {
    int size = asked.length;
    int nowMillis = millis(now);
    int slotIndex = slot(key);
    Slot slot = slots[slotIndex];
    int[] number = numbers(asked);
    slot.grow(count);
    long[] permitted = new long[(size + 63) >>> 6];
    int[] stale = new int[size];
    int staleCount = 0;
    int distinct = 0;
    long[] from = slot.from;
    long[] until = slot.until;
    int[] readAt = slot.readAt;
    long[] bits = slot.permitted;
    long ttl = ttlMillis;
    // an entry is fresh for the expiry after it was read or, if later, after the feed confirmed it
    boolean confirmed = confirmedAt != STALE && nowMillis - confirmedAt < ttl;
    for (int n = 0; n < size; n++) {
      int k = number[n];
      if (k == REPEAT) {
        continue;
      }
      distinct++;
      int read = k >= 0 ? readAt[k] : STALE;
      if (read != STALE && (confirmed || nowMillis - read < ttl) && from[k] <= at && at < until[k]) {
        if ((bits[k >>> 6] & 1L << k) != 0) {
          permitted[n >>> 6] |= 1L << n;
        }
      } else {
        stale[staleCount++] = n;
      }
    }
    return new Scan(asked, number, permitted, stale, staleCount, distinct, slotIndex, slot.key);
  }

  /** @return per position the subject's number, {@link #UNNUMBERED} or {@link #REPEAT}; numbers new subjects */
  private int[] numbers(SubjectId[] asked) {
    SubjectId[] last = lastAsked;
    if (last != null && last.length == asked.length) {
      int i = 0;
      while (i < asked.length && asked[i] == last[i]) {
        i++;
      }
      if (i == asked.length) {
        return lastNumbers;
      }
    }
    int[] number = new int[asked.length];
    long[] seen = new long[(count + asked.length + 63) >>> 6];
    java.util.Set<SubjectId> seenUnnumbered = null;
    for (int n = 0; n < asked.length; n++) {
      SubjectId s = Objects.requireNonNull(asked[n], "subjects must not contain null");
      int k = numberOf(s, true);
      if (k >= 0) {
        if ((seen[k >>> 6] & 1L << k) != 0) {
          k = REPEAT;
        } else {
          seen[k >>> 6] |= 1L << k;
        }
      } else {
        if (seenUnnumbered == null) {
          seenUnnumbered = new java.util.HashSet<>();
        }
        k = seenUnnumbered.add(s) ? UNNUMBERED : REPEAT;
      }
      number[n] = k;
    }
    if (asked.length >= 1_000) {
      lastAsked = asked;
      lastNumbers = number;
    }
    return number;
  }

  /**
   * Keeps what was decided for a scan's stale subjects, unless a write may have overlapped the read.
   *
   * @param scan the scan the subjects came from
   * @param positions positions in the scan's order
   * @param spans the spans decided, one per position
   * @param readAt the ticker's nanoseconds when the read began
   * @param quiet whether no write through the engine overlapped the read
   * @param reading {@link #readings()} when the read began
   */
  synchronized void keep(Scan scan, int[] positions, DecisionSpan[] spans, int from, int to, long readAt, boolean quiet,
      long reading) {
    Slot slot = slots[scan.slot];
    if (!quiet || reading != readings || slot == null || slot.key != scan.key) {
      // the shape was replaced meanwhile, a write may predate what was read, or the feed was read
      // since the read began: a change it listed may have been missed by the read and by the feed's next reading
      return;
    }
    int millis = millis(readAt);
    for (int i = from; i < to; i++) {
      int k = scan.number[positions[i]];
      DecisionSpan span = spans[i];
      if (k < 0 || span == null || span.untilNanos() <= span.fromNanos() || k >= count) {
        continue;
      }
      slot.grow(count);
      slot.from[k] = span.fromNanos();
      slot.until[k] = span.untilNanos();
      if (span.permitted()) {
        slot.permitted[k >>> 6] |= 1L << k;
      } else {
        slot.permitted[k >>> 6] &= ~(1L << k);
      }
      slot.readAt[k] = millis;
    }
  }

  /** @return the count of feed readings begun, to pass to {@link #keep} for a store read about to begin */
  synchronized long readings() {
    return readings;
  }

  /** A reading of the change feed under way: where it reads from and when it began. */
  record Reading(long position, int startedAt) {}

  /**
   * Begins a reading of the stores' change feed. Readings are one at a time: the caller ({@code
   * ChangeFollower}) serialises them.
   *
   * @param now the ticker's nanoseconds now
   * @return where to read from ({@code position} -1: ask the feed for its position first) and when
   */
  synchronized Reading beginReading(long now) {
    int started = millis(now);
    readings++;
    return new Reading(feedPosition, started);
  }

  /**
   * Ends a reading of the feed: the caller has made stale every subject it listed. The entries left
   * count as confirmed when the reading began; the first reading (from no position) forgets every
   * entry instead, since what was kept before it may predate the position.
   *
   * @param reading the reading begun
   * @param position where the feed's answer brought the reader
   * @param forget whether to forget every entry (the first reading, or an overflowed answer)
   */
  synchronized void endReading(Reading reading, long position, boolean forget) {
    if (forget || reading.position() < 0) {
      clear();
    } else {
      confirmedAt = reading.startedAt();
    }
    feedPosition = position;
  }

  /** Makes the subject's entries stale: the next campaign reads its records. */
  synchronized void invalidate(SubjectId subject) {
    int k = numberOf(subject, false);
    if (k < 0) {
      return;
    }
    for (Slot s : slots) {
      if (s != null && k < s.readAt.length) {
        s.readAt[k] = STALE;
      }
    }
  }

  /** Makes every entry stale; the numbering stays. */
  synchronized void clear() {
    confirmedAt = STALE;
    for (int i = 0; i < slots.length; i++) {
      slots[i] = null;
    }
    lastAsked = null;
    lastNumbers = null;
  }

  /** @return the number of subjects numbered (tests) */
  synchronized int size() {
    return count;
  }

  /** @return the heap the index holds in its arrays, in bytes, ids not counted (tests, benchmarks) */
  synchronized long arrayBytes() {
    long bytes = 4L * keys.length + 4L * numbers.length;
    for (Slot s : slots) {
      if (s != null) {
        bytes += 8L * s.from.length + 8L * s.until.length + 8L * s.permitted.length + 4L * s.readAt.length;
      }
    }
    return bytes;
  }

  private int slot(Object key) {
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != null && slots[i].key.equals(key)) {
        return i;
      }
    }
    int i = nextSlot;
    nextSlot = (nextSlot + 1) % SLOTS;
    slots[i] = new Slot(key, count);
    return i;
  }

  /** Milliseconds since the origin; far from the origin every entry goes stale and the origin moves. */
  private int millis(long now) {
    long m = (now - origin) / 1_000_000;
    if (m > Integer.MAX_VALUE / 2 || m < 0) {
      origin = now;
      clear();
      return 0;
    }
    return (int) m;
  }

  /** @return the subject's number, numbered now if {@code add} and there is room; -1 if none */
  private int numberOf(SubjectId s, boolean add) {
    int mask = keys.length - 1;
    int i = mix(s.hashCode()) & mask;
    while (keys[i] != null) {
      if (keys[i] == s || keys[i].equals(s)) {
        return numbers[i];
      }
      i = (i + 1) & mask;
    }
    if (!add || count >= capacity) {
      return -1;
    }
    int k = count++;
    keys[i] = s;
    numbers[i] = k;
    if (count * 2 > keys.length) {
      rehash(keys.length * 2);
    }
    return k;
  }

  private void rehash(int length) {
    SubjectId[] oldKeys = keys;
    int[] oldNumbers = numbers;
    keys = new SubjectId[length];
    numbers = new int[length];
    int mask = length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int i = mix(oldKeys[j].hashCode()) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        numbers[i] = oldNumbers[j];
      }
    }
  }

  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
