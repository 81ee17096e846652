package com.oriflame.privacy.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Clock} a test sets and advances, for engines whose decisions must be checked at chosen
 * instants: build the engine on it, then move time between recordings and checks.
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");
 * PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock).build();
 * engine.consents().grant(subject, sms, Evidence.of(Channel.CAF_PAPER, "CAF 000123"));
 * clock.advance(Duration.ofDays(400));                 // past the consent's validity
 * assertFalse(engine.check(request).permitted());
 * }</pre>
 *
 * <p>To record history in production code, use {@code engine.consents().importing(instant)}, not a
 * settable clock. The engine reads dates in its own zone ({@code PrivacyEngine.Builder#zone}), not
 * the clock's; {@link #withZone} returns a view on the same instant in another zone.
 *
 * <p>Part of the core's test-jar (the testkit); stability: stable. Thread-safe: every view of one
 * clock shares its instant, and {@link #advance} is atomic.
 */
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  /** @param start the initial instant */
  public MutableClock(Instant start) {
    this(new AtomicReference<>(Objects.requireNonNull(start, "start must not be null")), ZoneOffset.UTC);
  }

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * @param instant the initial instant, ISO-8601 such as {@code 2024-03-01T10:00:00Z}
   * @return a clock at {@code instant}, in UTC
   */
  public static MutableClock at(String instant) {
    return new MutableClock(Instant.parse(instant));
  }

  /**
   * @param instant the initial instant
   * @return a clock at {@code instant}, in UTC
   */
  public static MutableClock at(Instant instant) {
    return new MutableClock(instant);
  }

  /**
   * Sets the clock, forwards or backwards.
   *
   * @param instant the new now
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant must not be null"));
  }

  /**
   * Sets the clock, forwards or backwards.
   *
   * @param instant the new now, ISO-8601
   */
  public void set(String instant) {
    set(Instant.parse(instant));
  }

  /**
   * Moves the clock by {@code by} (backwards if negative).
   *
   * @param by how far to move
   * @return the new now
   */
  public Instant advance(Duration by) {
    Objects.requireNonNull(by, "by must not be null");
    return now.updateAndGet(t -> t.plus(by));
  }

  /** @return the zone of this view, UTC unless {@link #withZone} made it */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * @param value the zone of the view
   * @return a view of this clock in {@code value}: setting either moves both
   */
  @Override
  public MutableClock withZone(ZoneId value) {
    return new MutableClock(now, Objects.requireNonNull(value, "zone must not be null"));
  }

  /** @return the current instant of the clock */
  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.get() + ", " + zone + "]";
  }
}
