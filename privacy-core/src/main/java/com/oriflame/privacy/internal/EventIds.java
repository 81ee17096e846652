package com.oriflame.privacy.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Event ids that sort in the order they were generated: 16 hex digits of a strictly increasing
 * tick (microseconds of the engine clock, bumped on collisions), a dash, 16 random hex digits.
 * Events recorded at the same clock instant thus apply in recording order. Not API.
 */
public final class EventIds {
  private final Clock clock;
  private final AtomicLong ticks = new AtomicLong();
  private final SecureRandom random = new SecureRandom();

  /** @param clock the engine clock */
  public EventIds(Clock clock) {
    this.clock = clock;
  }

  /** @return the next id */
  public String next() {
    Instant now = clock.instant();
    long micros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    long tick = ticks.updateAndGet(last -> Math.max(last + 1, micros));
    return String.format("%016x-%016x", tick, random.nextLong());
  }
}
