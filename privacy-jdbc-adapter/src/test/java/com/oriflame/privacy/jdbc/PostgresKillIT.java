package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.Recorded;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Atomic, idempotent appends under {@code kill -9}: a JVM appending to PostgreSQL is killed 20
 * times at a random point. Every acknowledged event is stored, the event in flight is stored at
 * most once (the next JVM's identical retry returns it or stores it), every row has exactly one
 * audit record, and the ledger verifies.
 */
class PostgresKillIT {
  static final int CYCLES = 20;

  private static long count(PostgresServer pg, String schema, String sql, String arg) throws Exception {
    try (Connection c = pg.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql.replace("$", schema + ".privacy_"))) {
      if (arg != null) {
        ps.setString(1, arg);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  @DisplayName("20 kill -9 cycles of a JVM appending to PostgreSQL lose nothing and duplicate nothing")
  void killNine() throws Exception {
    PostgresServer pg = PostgresServer.shared();
    String schema = pg.freshSchema();
    JdbcStores.builder(pg.dataSource()).schema(schema).build().migrate();
    Random random = new Random(20261127);
    File stderr = File.createTempFile("appending-child", ".log");
    int[] acked = new int[CYCLES];
    int retried = 0;
    int inFlightStoredByRetry = 0;
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      int retries = cycle == 0 ? 0 : acked[cycle - 1] + 1;
      int killAfter = 5 + random.nextInt(60);
      Process child = ForkedJvm.start(AppendingChild.class, "warn", stderr, pg.url(), schema, Integer.toString(cycle),
          Integer.toString(retries));
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          assertFalse(line.startsWith("error"), () -> "cycle failed: " + readQuietly(stderr));
          if (line.startsWith("retried ")) {
            retried++;
            if (line.endsWith(" true")) {
              inFlightStoredByRetry++;
              String last = "retried c" + (cycle - 1) + "-" + (retries - 1) + " true";
              assertEquals(last, line, "only the event in flight may be new; acknowledged ones return the stored event");
            }
          } else if (line.startsWith("ack ") && ++acked[cycle] == killAfter) {
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the JVM
            break;
          }
        }
      } finally {
        child.destroyForcibly();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
      }
      assertEquals(killAfter, acked[cycle], () -> "the child ended early: " + readQuietly(stderr));
    }
    // the host restarts once more: retry the last cycle's in-flight event in-process
    PrivacyEngine engine = AppendingChild.engine(pg.url(), schema);
    for (int i = 0; i <= acked[CYCLES - 1]; i++) {
      Recorded r = engine.consents().append(AppendingChild.event(CYCLES - 1, i));
      if (i < acked[CYCLES - 1]) {
        assertFalse(r.appended(), "acknowledged events are already stored");
      } // the event in flight may or may not have committed before the kill
    }

    JdbcStores stores = JdbcStores.builder(pg.dataSource()).schema(schema).build();
    long rows = 0;
    long acknowledged = 0;
    for (int cycle = 0; cycle < CYCLES; cycle++) {
      acknowledged += acked[cycle];
      for (int i = 0; i <= acked[cycle]; i++) {
        var expected = AppendingChild.event(cycle, i);
        assertEquals(expected, stores.consents().find(expected.id()).orElse(null), expected.id().value());
      }
      long stored = count(pg, schema, "SELECT COUNT(*) FROM $consent_events WHERE event_id LIKE ?", "c" + cycle + "-%");
      assertEquals(acked[cycle] + 1, stored, "cycle " + cycle + ": the acknowledged events and the one in flight, once each");
      rows += stored;
    }
    assertEquals(rows, count(pg, schema, "SELECT COUNT(*) FROM $audit_records", null), "one audit record per row");
    VerificationResult v = engine.verifyAudit();
    assertTrue(v.intact(), v::toString);
    System.out.printf("[guarantees] kill -9: %d cycles, %d acknowledged appends, %d retries (%d stored the event in flight,"
        + " the rest returned the stored one), %d rows, 0 lost, 0 duplicated, ledger verified%n",
        CYCLES, acknowledged, retried, inFlightStoredByRetry, rows);
  }

  private static String readQuietly(File f) {
    try {
      return Files.readString(f.toPath());
    } catch (java.io.IOException e) {
      return "(no stderr)";
    }
  }
}
