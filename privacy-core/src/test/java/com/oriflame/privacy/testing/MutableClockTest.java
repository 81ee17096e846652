package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The testkit's settable clock. */
class MutableClockTest {

  @Test
  @DisplayName("set, advance (atomically, from many threads) and zone views that share the instant")
  void clock() throws Exception {
    MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");
    assertEquals(ZoneOffset.UTC, clock.getZone());
    assertEquals(Instant.parse("2024-03-02T10:00:00Z"), clock.advance(Duration.ofDays(1)));
    MutableClock bishkek = clock.withZone(ZoneId.of("Asia/Bishkek"));
    clock.set("2025-01-01T00:00:00Z");
    assertEquals(Instant.parse("2025-01-01T00:00:00Z"), bishkek.instant());
    assertEquals(ZoneId.of("Asia/Bishkek"), bishkek.getZone());
    bishkek.set(Instant.parse("2025-06-01T00:00:00Z"));
    assertEquals(bishkek.instant(), clock.instant());
    assertEquals(MutableClock.at(Instant.EPOCH).instant(), Instant.EPOCH);

    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      Thread thread = new Thread(() -> {
        for (int i = 0; i < 1_000; i++) {
          clock.advance(Duration.ofSeconds(1));
        }
      });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(Instant.parse("2025-06-01T00:00:00Z").plusSeconds(4_000), clock.instant());
  }
}
