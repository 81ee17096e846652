package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.testing.ContractEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Query plans and a large audit log on PostgreSQL. */
class PostgresPlansIT {

  private static String plan(DataSource ds, String sql) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
      while (rs.next()) {
        sb.append(rs.getString(1)).append('\n');
      }
    }
    return sb.toString();
  }

  @Test
  @DisplayName("a mixed-case schema name and NUL in ids work on PostgreSQL")
  void schemaCase() {
    PostgresServer server = PostgresServer.shared();
    JdbcStores stores = JdbcStores.builder(server.dataSource()).schema("Mixed_Case_" + System.nanoTime()).build().migrate();
    var g = ContractEvents.grant("e-\u0000-1", SubjectId.of("nul\u0000subject"), "marketing.similar-goods.sms", 1);
    stores.consents().append(g, ContractEvents.audit(g));
    assertEquals(java.util.List.of(g), stores.consents().events(SubjectId.of("nul\u0000subject")));
  }

  @Test
  @DisplayName("point lookups and bulk reads use indexes")
  void plans() throws Exception {
    PostgresServer server = PostgresServer.shared();
    JdbcStores stores = server.freshStores();
    for (int i = 0; i < 3_000; i++) {
      var e = ContractEvents.grant("e-" + i, SubjectId.of("subject-" + (i % 1_000)), "marketing.similar-goods.sms", i);
      stores.consents().append(e, ContractEvents.audit(e));
    }
    for (int i = 0; i < 1_000; i++) {
      SubjectId subject = SubjectId.of("subject-" + i);
      var audit = ContractEvents.audit(ContractEvents.grant("p-" + i, subject, "marketing.similar-goods.sms", i));
      for (int v = 0; v < 3; v++) {
        stores.subjects().save(new ProfileVersion(ContractEvents.T0.plusSeconds(86_400L * v), SubjectProfile.empty(subject)), audit);
      }
    }
    DataSource ds = server.dataSource();
    String t = stores.schema() + ".privacy_";
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("ANALYZE " + t + "consent_events");
      s.execute("ANALYZE " + t + "subject_versions");
      s.execute("ANALYZE " + t + "audit_records");
    }
    String byHolder = plan(ds, "SELECT payload FROM " + t + "consent_events WHERE holder_kind = 'S' AND holder_id = 'subject-7'");
    assertTrue(byHolder.contains("privacy_consent_events_holder"), byHolder);
    String byId = plan(ds, "SELECT payload FROM " + t + "consent_events WHERE event_id = 'e-7'");
    assertTrue(byId.contains("Index Scan using privacy_consent_events_pkey"), byId);
    String bulk = plan(ds, "SELECT payload FROM " + t + "consent_events WHERE holder_kind = 'S' AND holder_id IN ('subject-1', 'subject-2', 'subject-3')");
    assertTrue(bulk.contains("privacy_consent_events_holder"), bulk);
    String versions = plan(ds, "SELECT blocks FROM " + t + "subject_versions WHERE subject_id IN ('subject-1', 'subject-2', 'subject-3')");
    assertTrue(versions.contains("privacy_subject_versions_pkey"), versions);
    String page = plan(ds, "SELECT seq FROM " + t + "audit_records WHERE seq >= 1500 ORDER BY seq FETCH FIRST 1000 ROWS ONLY");
    assertTrue(page.contains("privacy_audit_records_pkey"), page);
    System.out.println("events by holder:\n" + byHolder + "profile versions in bulk:\n" + versions + "audit page:\n" + page);
  }

  @Test
  @DisplayName("candidates join the fact tables through their primary keys, and appendAll keeps them")
  void candidatePlans() throws Exception {
    PostgresServer server = PostgresServer.shared();
    JdbcStores stores = server.freshStores();
    List<com.oriflame.privacy.spi.ConsentStore.Append> batch = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      var e = ContractEvents.grant("e-" + i, SubjectId.of("subject-" + i), "marketing.similar-goods.sms", i);
      batch.add(new com.oriflame.privacy.spi.ConsentStore.Append(e, ContractEvents.audit(e)));
      if (i % 10 == 0) {
        var o = ContractEvents.objection("o-" + i, SubjectId.of("subject-" + i), "objection.marketing", i);
        batch.add(new com.oriflame.privacy.spi.ConsentStore.Append(o, ContractEvents.audit(o)));
      }
    }
    long t0 = System.nanoTime();
    stores.consents().appendAll(batch);
    long appendMs = (System.nanoTime() - t0) / 1_000_000;
    DataSource ds = server.dataSource();
    String t = stores.schema() + ".privacy_";
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute("ANALYZE " + t + "consent_facts");
      s.execute("ANALYZE " + t + "objection_facts");
    }
    var q = com.oriflame.privacy.spi.CandidateQuery.consent(com.oriflame.privacy.policy.PurposeId.of("marketing.similar-goods.sms"),
        ContractEvents.T0.plusSeconds(100_000)).blockedBy(java.util.Set.of(com.oriflame.privacy.policy.ObjectionId.of("objection.marketing")));
    String sql = ((JdbcConsentStore) stores.consents()).candidatesSql(q);
    StringBuilder plan = new StringBuilder();
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
      String[] few = new String[50];
      for (int i = 0; i < few.length; i++) {
        few[i] = "subject-" + (i * 37);
      }
      ps.setArray(1, c.createArrayOf("text", few));
      ps.setString(2, q.purpose().value());
      ps.setObject(3, OffsetDateTime.ofInstant(q.at(), ZoneOffset.UTC));
      ps.setObject(4, OffsetDateTime.ofInstant(q.at(), ZoneOffset.UTC));
      ps.setString(5, "objection.marketing");
      ps.setObject(6, OffsetDateTime.ofInstant(q.at(), ZoneOffset.UTC));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          plan.append(rs.getString(1)).append('\n');
        }
      }
    }
    assertTrue(plan.toString().contains("privacy_consent_facts_pkey"), plan::toString);
    // the objection facts (2,000 rows here) may be hashed once for an anti join instead of probed per subject
    assertTrue(plan.toString().contains("privacy_objection_facts_pkey") || plan.toString().contains("Anti Join"), plan::toString);
    List<SubjectId> all = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      all.add(SubjectId.of("subject-" + i));
    }
    t0 = System.nanoTime();
    var candidates = stores.consents().candidates(q, all);
    long candidatesMs = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(18_000, candidates.size());
    System.out.println("appendAll of " + batch.size() + " events: " + appendMs + " ms; candidates of 20,000 subjects: "
        + candidatesMs + " ms; plan for 50:\n" + plan);
  }

  @Test
  @DisplayName("verify() pages through 100,000 audit records and finds a broken link among them")
  void largeLog() throws Exception {
    PostgresServer server = PostgresServer.shared();
    JdbcStores stores = server.freshStores();
    DataSource ds = server.dataSource();
    String t = stores.schema() + ".privacy_";
    int n = 100_000;
    AuditRecord previous = null;
    List<AuditRecord> batch = new ArrayList<>();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t + "audit_records"
          + " (seq, at, action, subject_ref, policy_version, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 1; i <= n; i++) {
          previous = AuditChain.sha256().link(previous == null ? ChainHead.EMPTY : ChainHead.of(previous), ContractEvents.draft(i));
          batch.add(previous);
          if (batch.size() == 5_000 || i == n) {
            for (AuditRecord r : batch) {
              ps.setLong(1, r.sequence());
              ps.setObject(2, OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC));
              ps.setString(3, r.action());
              ps.setString(4, r.subjectRef());
              ps.setString(5, r.policyVersion());
              ps.setString(6, RowJson.writeMap(r.details()));
              ps.setString(7, r.previousHash());
              ps.setString(8, r.hash());
              ps.addBatch();
            }
            ps.executeBatch();
            batch.clear();
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + t + "audit_head SET seq = ?, hash = ? WHERE id = 1")) {
        ps.setLong(1, previous.sequence());
        ps.setString(2, previous.hash());
        ps.executeUpdate();
      }
      c.commit();
    }
    VerificationResult intact = stores.audit().verify();
    assertTrue(intact.intact(), intact::problem);
    assertEquals(n, intact.verified());

    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE " + t + "audit_records SET action = 'forged' WHERE seq = 77777");
    }
    VerificationResult broken = stores.audit().verify();
    assertEquals(OptionalLong.of(77_777), broken.firstBroken(), broken::problem);
    assertEquals(77_776, broken.verified());

    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE " + t + "audit_records SET action = 'test.action' WHERE seq = 77777");
      s.executeUpdate("DELETE FROM " + t + "audit_records WHERE seq = 12345");
    }
    assertEquals(OptionalLong.of(12_345), stores.audit().verify().firstBroken(), "a deleted record is found");
  }
}
