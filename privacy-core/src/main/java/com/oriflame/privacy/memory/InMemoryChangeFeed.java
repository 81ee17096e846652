package com.oriflame.privacy.memory;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.spi.ChangeFeed;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The change feed of the in-memory stores: a log of (position, subject), appended under the stores'
 * lock in the same step as the write, after its data. The log keeps the latest {@link #KEPT}
 * entries; asking from a position older than that overflows.
 */
final class InMemoryChangeFeed implements ChangeFeed {
  /** Entries kept; older ones are dropped in halves. */
  static final int KEPT = 1 << 20;

  private final Object lock;
  private long[] positions = new long[64];
  private SubjectId[] subjects = new SubjectId[64];
  private int size;
  private long last;
  /** Positions at or before it are no longer in the log. */
  private long floor;

  InMemoryChangeFeed(Object lock) {
    this.lock = lock;
  }

  /** Records a write about {@code subject}; the caller holds the lock and has written the data. */
  void touched(SubjectId subject) {
    if (size == positions.length) {
      if (size >= KEPT) {
        int drop = size / 2;
        floor = positions[drop - 1];
        System.arraycopy(positions, drop, positions, 0, size - drop);
        System.arraycopy(subjects, drop, subjects, 0, size - drop);
        Arrays.fill(subjects, size - drop, size, null);
        size -= drop;
      } else {
        positions = Arrays.copyOf(positions, size * 2);
        subjects = Arrays.copyOf(subjects, size * 2);
      }
    }
    positions[size] = ++last;
    subjects[size++] = subject;
  }

  @Override
  public long position() {
    synchronized (lock) {
      return last;
    }
  }

  @Override
  public Changes since(long after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    synchronized (lock) {
      if (after < floor) {
        return new Changes(last, Set.of(), true);
      }
      int i = Arrays.binarySearch(positions, 0, size, after);
      int from = i >= 0 ? i + 1 : -i - 1;
      Set<SubjectId> changed = new HashSet<>();
      for (int k = from; k < size; k++) {
        if (changed.add(Objects.requireNonNull(subjects[k])) && changed.size() > limit) {
          return new Changes(last, Set.of(), true);
        }
      }
      return new Changes(Math.max(after, last), changed, false);
    }
  }

  @Override
  public String toString() {
    return "InMemoryChangeFeed[position " + position() + "]";
  }
}
