package com.oriflame.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.policy.DeadlineUnit;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Deadlines at receipt (R27, R37) and the Kyrgyz working-day calendar. */
class DeadlineProperties {
  private static final Policy POLICY = Policies.oriflameKyrgyzstan2017();
  private static final ZoneId BISHKEK = POLICY.zone();
  private static final WorkingCalendar KG = WorkingCalendar.kyrgyzRepublic();
  private static final DeadlineCalculator CALC = DeadlineCalculator.of(POLICY, KG, BISHKEK);

  @Provide
  Arbitrary<Instant> receipts() {
    // 2024-2028: loaded years and years without holiday data on both sides
    return Arbitraries.longs().between(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2028-12-31T23:59:59Z").getEpochSecond()).map(Instant::ofEpochSecond);
  }

  @Property(tries = 2_000)
  @Tag("R27")
  @Tag("R37")
  void dueDateNeverBeforeTheLegalMinimum(@ForAll RequestKind kind, @ForAll("receipts") Instant receivedAt) {
    Optional<RequestDeadline> deadline = CALC.deadline(kind, receivedAt);
    LocalDate received = receivedAt.atZone(BISHKEK).toLocalDate();
    switch (kind) {
      case ACCESS, AUTHORITY_REQUEST, OMBUDSMAN_REQUEST -> {
        // Art. 17(e), (f), (g): one week, counted in calendar days from the day of receipt
        RequestDeadline d = deadline.orElseThrow();
        assertEquals(received.plusDays(7), d.dueDate());
        assertEquals(DeadlineSource.LAW, d.source());
      }
      case ACCOUNT_CLOSURE -> {
        // §6.2: one working day, never the day of receipt, always a working day, no working day skipped
        RequestDeadline d = deadline.orElseThrow();
        assertTrue(d.dueDate().isAfter(received));
        assertTrue(KG.isWorkingDay(d.dueDate()));
        for (LocalDate x = received.plusDays(1); x.isBefore(d.dueDate()); x = x.plusDays(1)) {
          assertFalse(KG.isWorkingDay(x), "working day " + x + " skipped");
        }
      }
      case CONSENT_WITHDRAWAL -> assertTrue(deadline.isEmpty());
      case RECTIFICATION, ERASURE, BLOCKING, OBJECTION, COMPLAINT -> deadline.ifPresent(d -> {
        assertEquals(POLICY.right(kind.right().orElseThrow()).deadline().orElseThrow().amount(), d.amount());
        assertFalse(d.dueDate().isBefore(received.plusDays(d.amount())));
      });
    }
    deadline.ifPresent(d -> {
      assertFalse(d.dueDate().isBefore(received.plusDays(d.amount())), "due before the minimum");
      assertEquals(d.dueDate().plusDays(1).atStartOfDay(BISHKEK).toInstant(), d.expiresAt());
      assertFalse(d.passedAt(receivedAt));
    });
  }

  @Example
  @Tag("R27")
  void bundledHolidays() {
    assertEquals(java.util.List.of(2025, 2026, 2027), java.util.List.copyOf(KG.years()));
    assertFalse(KG.isWorkingDay(LocalDate.of(2025, 1, 6))); // New Year holidays, a Monday
    assertFalse(KG.isWorkingDay(LocalDate.of(2026, 8, 31))); // Independence Day, a Monday
    assertTrue(KG.isWorkingDay(LocalDate.of(2025, 2, 24))); // 23 February is no longer a day off
    assertEquals(LocalDate.of(2025, 1, 8), KG.plusWorkingDays(LocalDate.of(2024, 12, 31), 1));
    assertEquals(LocalDate.of(2025, 5, 12), KG.plusWorkingDays(LocalDate.of(2025, 4, 30), 1));
    assertFalse(KG.covers(2028));
    assertEquals(LocalDate.of(2028, 3, 8), KG.plusWorkingDays(LocalDate.of(2028, 3, 7), 1), "unloaded year: weekends only");
  }

  @Example
  void hostsAddYearsAndDays() {
    WorkingCalendar c = KG.toBuilder().load(new StringReader("""
        # host data
        covers 2028
        2028-03-08 International Women's Day
        2028-01-01..2028-01-07 New Year holidays
        working 2027-03-08 made working by the host
        """)).build();
    assertTrue(c.covers(2028));
    assertEquals(LocalDate.of(2028, 3, 9), c.plusWorkingDays(LocalDate.of(2028, 3, 7), 1));
    assertTrue(c.isWorkingDay(LocalDate.of(2027, 3, 8)));
    assertFalse(KG.isWorkingDay(LocalDate.of(2027, 3, 8)), "the bundled calendar is unchanged");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> WorkingCalendar.builder().load(new StringReader("covers 2028\n2028-13-01 nonsense\n")));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    assertEquals(DeadlineUnit.WORKING_DAYS, CALC.deadline(RequestKind.ACCOUNT_CLOSURE, Instant.now()).orElseThrow().unit());
  }
}
