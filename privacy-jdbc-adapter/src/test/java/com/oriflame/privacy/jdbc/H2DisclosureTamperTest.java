package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.DisclosureRequest;
import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.disclosure.Disclosure;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
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

/** The audit chain proves the disclosure log (R22, R40): an edited, deleted or forged row is found. */
class H2DisclosureTamperTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2024-01-02T10:00:00Z");
  private JdbcDataSource ds;
  private PrivacyEngine engine;
  private Disclosure logged;

  @BeforeEach
  void disclose() {
    clock.set("2024-01-02T10:00:00Z");
    ds = H2Databases.fresh();
    engine = PrivacyEngine.builder().policy(policy).stores(H2Databases.stores(ds)).clock(clock).build();
    SubjectId s = SubjectId.of("c-1");
    engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 5, 17)).providedCategories(policy.categories("identity.full-name",
        "contact.email")).build());
    engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1").withForm(FormId.of("form.caf.paper")));
    clock.set("2024-01-10T09:00:00Z");
    logged = engine.disclose(DisclosureRequest.of(Request.of(s, policy.purpose("marketing.third-party"),
            policy.categories("identity.full-name", "contact.email"))
        .withRecipient(policy.recipient("third-party-marketers")).withOperation(Operation.DISSEMINATION)))
        .disclosure().orElseThrow();
    assertTrue(engine.verifyAudit().intact(), () -> engine.verifyAudit().toString());
  }

  private void sql(String statement) {
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate(statement);
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
  @Tag("R22")
  @DisplayName("R22 moving a logged disclosure to another country, or to another subject's column, is found")
  void edited() {
    sql("UPDATE privacy_disclosures SET payload = REPLACE(payload, 'DISSEMINATION', 'CROSS_BORDER_TRANSFER')");
    assertBroken(VerificationResult.Kind.EDITED);
    disclose();
    sql("UPDATE privacy_disclosures SET subject_id = 'c-2'");
    assertBroken(VerificationResult.Kind.EDITED);
  }

  @Test
  @Tag("R40")
  @DisplayName("R40 a notice marked sent behind the engine's back, or a deleted or forged disclosure, is found")
  void noticeDeletedForged() {
    sql("UPDATE privacy_disclosures SET notice_sent_at = TIMESTAMP WITH TIME ZONE '2024-01-11 00:00:00+00:00'");
    assertBroken(VerificationResult.Kind.EDITED);
    disclose();
    sql("DELETE FROM privacy_disclosures");
    assertBroken(VerificationResult.Kind.DELETED);
    disclose();
    sql("INSERT INTO privacy_disclosures (disclosure_id, subject_id, recipient_id, country, cross_border, disclosed_at,"
        + " notice_required, notice_sent_at, payload) SELECT 'forged', subject_id, recipient_id, country, cross_border,"
        + " disclosed_at, notice_required, notice_sent_at, REPLACE(payload, '" + logged.id().length() + ":" + logged.id()
        + ";', '6:forged;') FROM privacy_disclosures");
    assertBroken(VerificationResult.Kind.FORGED);
  }
}
