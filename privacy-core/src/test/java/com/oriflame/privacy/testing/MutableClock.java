package com.oriflame.privacy.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can set and advance. Thread-safe. Shipped in the core's test-jar. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  /** @param start the initial instant */
  public MutableClock(Instant start) {
    this.now = start;
  }

  /** @return a clock at {@code instant} (ISO-8601) */
  public static MutableClock at(String instant) {
    return new MutableClock(Instant.parse(instant));
  }

  /** @param instant the new now */
  public void set(Instant instant) {
    this.now = instant;
  }

  /** @param instant the new now (ISO-8601) */
  public void set(String instant) {
    this.now = Instant.parse(instant);
  }

  /** @param by how far to move forward */
  public synchronized void advance(Duration by) {
    this.now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("MutableClock is always UTC");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
