package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consultant.TrackedObligation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.testing.Consultants;
import com.oriflame.privacy.testing.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Consultants' obligations on H2 end to end: created, overdue, closed, and proven by the audit trail (R31). */
class H2ConsultantObligationsTest {
  private static final Instant REGISTERED = Instant.parse("2024-01-02T10:00:00Z");

  @Test
  @Tag("R31")
  @DisplayName("R31 a cancellation's obligations survive in the database, are listed overdue, and an edited row breaks the audit")
  void cancellationOnH2() throws SQLException {
    JdbcDataSource ds = H2Databases.fresh();
    JdbcStores stores = H2Databases.stores(ds);
    MutableClock clock = new MutableClock(Instant.parse("2024-05-01T12:00:00Z"));
    PrivacyEngine engine = PrivacyEngine.builder().policy(Policies.oriflameKyrgyzstan2017()).stores(stores).clock(clock).build();
    SubjectId consultant = Consultants.register(engine, clock, SubjectId.of("consultant-7"), REGISTERED);
    List<TrackedObligation> due = engine.consultants().cancelRegistration(consultant, "order 7");
    clock.advance(Duration.ofDays(3));
    PrivacyEngine other = PrivacyEngine.builder().policy(Policies.oriflameKyrgyzstan2017()).stores(JdbcStores.create(ds)).clock(clock)
        .build();
    assertEquals(2, other.consultants().overdue().size());
    other.consultants().close(due.get(0).id(), "act 7/1");
    assertEquals(List.of(due.get(1).id()), engine.consultants().overdue().stream().map(TrackedObligation::id).toList());
    assertTrue(engine.verifyAudit().intact(), () -> engine.verifyAudit().toString());
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE privacy_consultant_obligations SET due_at = due_at + INTERVAL '30' DAY"
            + " WHERE obligation_id = ?")) {
      ps.setString(1, due.get(1).id());
      assertEquals(1, ps.executeUpdate());
    }
    VerificationResult broken = engine.verifyAudit();
    assertFalse(broken.intact());
    assertEquals(VerificationResult.Kind.EDITED, broken.kind(), broken::toString);
  }
}
