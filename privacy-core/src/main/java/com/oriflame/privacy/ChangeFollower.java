package com.oriflame.privacy;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.spi.ChangeFeed;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the stores' change feed before a campaign: every subject written since the last reading
 * (by this engine, another engine, another process) loses what the engine kept of it, for {@code
 * filter} and for {@code check}, and every other entry {@code filter} kept counts as confirmed at
 * the reading's start. A campaign thus decides on every write committed before it began, and
 * repeats over unchanged subjects are a scan over compact state however old that state is.
 * Readings are one at a time. If the feed cannot be read, nothing is confirmed: the kept entries
 * then run out with the cache expiry, as without a feed. Thread-safe.
 */
final class ChangeFollower {
  private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);
  /** The most subjects one reading lists; beyond it the engine forgets everything it kept. */
  static final int LIMIT = 100_000;

  private final ChangeFeed feed;
  private final SubjectCache cache;
  private final ReentrantLock lock = new ReentrantLock();

  /** @param feed the stores' feed, or {@code null} if they keep none (then {@link #follow} does nothing) */
  ChangeFollower(ChangeFeed feed, SubjectCache cache) {
    this.feed = feed;
    this.cache = cache;
  }

  /** Reads the feed and makes stale what changed; does nothing without a feed or with nothing kept. */
  void follow() {
    CompactIndex index = cache.index();
    if (feed == null || !index.enabled()) {
      return;
    }
    lock.lock();
    try {
      CompactIndex.Reading reading = index.beginReading(cache.now());
      if (reading.position() < 0) {
        index.endReading(reading, feed.position(), true);
        return;
      }
      ChangeFeed.Changes changes = feed.since(reading.position(), LIMIT);
      if (changes.overflowed()) {
        cache.clear();
      }
      for (SubjectId s : changes.subjects()) {
        cache.refresh(s);
      }
      index.endReading(reading, changes.position(), changes.overflowed());
    } catch (RuntimeException e) { // a StoreException, or a feed that breaks its contract
      log.warn("Could not read the change feed; what filter kept runs out with the cache expiry ({})",
          e.getClass().getSimpleName());
    } finally {
      lock.unlock();
    }
  }

  @Override
  public String toString() {
    return "ChangeFollower[" + (feed == null ? "no feed" : "feed") + "]";
  }
}
