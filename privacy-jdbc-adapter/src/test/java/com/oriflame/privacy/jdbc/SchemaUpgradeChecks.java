package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.Blocking;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.PurposeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database that has only schema V1 (profiles in one row each, blocking a boolean) to
 * the latest schema, as a host upgrading the adapter would: every V1 row becomes one version valid
 * from the epoch, a blocked subject a whole-subject blocking with ground NOT_STATED.
 */
abstract class SchemaUpgradeChecks {
  private static final Instant CLOSED = Instant.parse("2024-01-02T00:00:00.654321Z");

  /** @return the database the test works in */
  protected abstract DataSource dataSource();

  /**
   * @param ds the test's database
   * @return stores on a new, empty database or schema of {@code ds}, not migrated
   */
  protected abstract JdbcStores unmigratedStores(DataSource ds);

  private static String table(JdbcStores stores, String name) {
    return (stores.schema() == null ? "" : stores.schema() + ".") + stores.tablePrefix() + name;
  }

  private static void insertV1(Connection c, String table, SubjectId id, boolean blocked) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (subject_id, birth_date, contract_start,"
        + " contract_end, credit_assessment, provided, product_lines, open_claim, last_activity, account_closed_at, blocked,"
        + " erased, legal_holds, restricted_purposes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, Keys.encode(id.value()));
      ps.setObject(2, LocalDate.of(1990, 5, 17));
      ps.setObject(3, OffsetDateTime.parse("2020-01-01T00:00:00.123456Z"));
      ps.setObject(4, null);
      ps.setBoolean(5, true);
      ps.setString(6, "[\"contact.email\",\"identity\"]");
      ps.setString(7, "[\"skin-care\",\"fragrance\"]");
      ps.setBoolean(8, true);
      ps.setObject(9, OffsetDateTime.ofInstant(CLOSED.minusSeconds(86_400), ZoneOffset.UTC));
      ps.setObject(10, OffsetDateTime.ofInstant(CLOSED, ZoneOffset.UTC));
      ps.setBoolean(11, blocked);
      ps.setBoolean(12, false);
      ps.setString(13, "[\"DISPUTE\"]");
      ps.setString(14, "[\"marketing.recommendations\"]");
      ps.executeUpdate();
    }
  }

  private static SubjectProfile expected(SubjectId id, List<Blocking> blocks) {
    return SubjectProfile.builder(id)
        .birthDate(LocalDate.of(1990, 5, 17))
        .contract(Contract.since(Instant.parse("2020-01-01T00:00:00.123456Z")).withCreditAssessmentRequired(true))
        .providedCategories(CategoryId.of("contact.email"), CategoryId.of("identity"))
        .productLines(List.of("skin-care", "fragrance"))
        .openMonetaryClaim(true)
        .lastActivity(CLOSED.minusSeconds(86_400))
        .accountClosedAt(CLOSED)
        .blocks(blocks)
        .legalHolds(Set.of(HoldReason.DISPUTE))
        .restrictedPurposes(Set.of(PurposeId.of("marketing.recommendations")))
        .build();
  }

  @Test
  @DisplayName("V1 profiles become versions valid from the epoch; blocked=true becomes a whole-subject NOT_STATED blocking")
  void upgradeFromV1() throws Exception {
    DataSource ds = dataSource();
    JdbcStores stores = unmigratedStores(ds);
    FlywayMigrations.configure(ds, stores).target("1").load().migrate();
    SubjectId blocked = SubjectId.of("Айгүл O'Brien \\ \"blocked\"");
    SubjectId free = SubjectId.of("s-2");
    try (Connection c = ds.getConnection()) {
      insertV1(c, table(stores, "subjects"), blocked, true);
      insertV1(c, table(stores, "subjects"), free, false);
    }
    // what the V1 library audited for each save: a record without the row's digest
    for (int i = 0; i < 2; i++) {
      stores.audit().append(new AuditDraft(Instant.parse("2020-01-01T00:00:00Z"), "subject.saved", "subject:legacy", "1",
          Map.of("contract", "in-force", "erased", "false")));
    }

    stores.migrate();
    PrivacyEngine engine = PrivacyEngine.builder().policy(Policies.oriflameKyrgyzstan2017()).stores(stores).build();
    VerificationResult legacy = engine.verifyAudit();
    assertTrue(legacy.intact(), () -> "migrated versions vouched for by digest-less V1 records: " + legacy);
    // one more epoch version than V1 records: the extra one is forged
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO " + table(stores, "subject_versions") + " SELECT 's-3', valid_from, birth_date, contract_start,"
          + " contract_end, credit_assessment, provided, product_lines, open_claim, last_activity, account_closed_at, blocks,"
          + " erased, legal_holds, restricted_purposes FROM " + table(stores, "subject_versions") + " WHERE subject_id = 's-2'");
      assertEquals(VerificationResult.Kind.FORGED, engine.verifyAudit().kind());
      s.executeUpdate("DELETE FROM " + table(stores, "subject_versions") + " WHERE subject_id = 's-3'");
    }

    assertEquals(List.of(new ProfileVersion(Instant.EPOCH, expected(blocked, List.of(Blocking.ofSubject(BlockingGround.NOT_STATED))))),
        stores.subjects().history(blocked));
    assertTrue(stores.subjects().history(blocked).get(0).profile().blocked());
    assertEquals(List.of(new ProfileVersion(Instant.EPOCH, expected(free, List.of()))), stores.subjects().history(free));
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      assertThrows(SQLException.class, () -> s.executeQuery("SELECT COUNT(*) FROM " + table(stores, "subjects")).close(),
          "the V1 subjects table is gone");
    }
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table(stores, "business_transfers"))) {
      rs.next();
      assertEquals(0, rs.getLong(1));
    }

    // the upgraded store works on: a later version is added beside the migrated one
    SubjectProfile unblocked = expected(blocked, List.of());
    stores.subjects().save(new ProfileVersion(Instant.parse("2024-03-01T00:00:00Z"), unblocked),
        new AuditDraft(Instant.parse("2024-03-01T00:00:00Z"), "subject.saved", "subject:test", "1", Map.of()));
    assertEquals(2, stores.subjects().history(blocked).size());
    assertEquals(unblocked, stores.subjects().history(blocked).get(1).profile());
    assertTrue(stores.audit().verify().intact());
    VerificationResult later = engine.verifyAudit();
    assertFalse(later.intact(), "a save audited without its digest proves nothing about a version from 2024");
    assertEquals(VerificationResult.Kind.FORGED, later.kind(), later::toString);
  }
}
