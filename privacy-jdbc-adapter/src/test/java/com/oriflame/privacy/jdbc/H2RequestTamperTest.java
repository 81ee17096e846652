package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.rights.RequestIntake;
import com.oriflame.privacy.rights.RequestKind;
import com.oriflame.privacy.rights.RequestRecord;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.testing.MutableClock;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The audit chain proves the data-subject requests (R26): a request's channel or receipt instant
 * edited, a transition rewritten, or a request deleted behind the engine's back is found by
 * {@code verifyAudit()}.
 */
class H2RequestTamperTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2024-01-02T10:00:00Z");
  private JdbcDataSource ds;
  private PrivacyEngine engine;
  private RequestRecord request;

  @BeforeEach
  void receive() {
    ds = H2Databases.fresh();
    engine = PrivacyEngine.builder().policy(policy).stores(H2Databases.stores(ds)).clock(clock).build();
    SubjectId s = SubjectId.of("c-1");
    engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 5, 17))
        .providedCategories(policy.categories("identity.full-name", "contact.email")).build());
    engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1").withForm(FormId.of("form.caf.paper")));
    RequestRecord r = request = engine.rights().receive(RequestIntake.of(RequestKind.ACCESS, s, Channel.EMAIL));
    engine.rights().verifyIdentity(r.id(), "agent-7", "code sent to the registered e-mail");
    assertTrue(engine.verifyAudit().intact(), () -> engine.verifyAudit().toString());
  }

  private void sql(String statement) {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      assertTrue(st.executeUpdate(statement) > 0, statement);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private void assertBroken(VerificationResult.Kind kind) {
    VerificationResult r = engine.verifyAudit();
    assertFalse(r.intact(), r::toString);
    assertEquals(kind, r.kind(), r::toString);
  }

  @Test
  @Tag("R26")
  @DisplayName("R26 a request's recorded channel rewritten in the database is found")
  void channelEdited() {
    sql("UPDATE privacy_requests SET body = REPLACE(body, 'EMAIL', 'PHONE')");
    assertBroken(VerificationResult.Kind.EDITED);
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 an identity verification rewritten in the database is found")
  void transitionEdited() {
    sql("UPDATE privacy_request_transitions SET body = REPLACE(body, 'agent-7', 'agent-8') WHERE seq = 2");
    assertBroken(VerificationResult.Kind.EDITED);
  }

  @Test
  @Tag("R26")
  @DisplayName("R26 a request deleted from the database is found")
  void deleted() {
    sql("DELETE FROM privacy_request_transitions");
    sql("DELETE FROM privacy_requests");
    assertBroken(VerificationResult.Kind.DELETED);
  }

  @Test
  @DisplayName("an unreadable stored request fails closed without its stored text anywhere in the exception chain")
  void unreadableBodyLeaksNothing() {
    sql("UPDATE privacy_requests SET body = 'JaneDoeSecret'");
    StoreException e = assertThrows(StoreException.class, () -> engine.rights().find(request.id()));
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage());
      assertFalse(m.contains("JaneDoeSecret"), () -> "stored text quoted in " + m);
    }
  }
}
