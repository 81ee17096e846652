package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.EventConflictException;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.testing.ContractEvents;
import com.oriflame.privacy.testing.MutableClock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Faults, atomicity, efficiency and connection hygiene of the adapter, on H2. */
class JdbcFaultsTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();

  private static long count(javax.sql.DataSource ds, String table) throws Exception {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  @DisplayName("a failure between the event and its audit record leaves no partial rows")
  void atomicAppend() throws Exception {
    ProxyDataSource ds = new ProxyDataSource(H2Databases.fresh());
    JdbcStores stores = H2Databases.stores(ds);
    SubjectId s = SubjectId.of("s-1");
    stores.consents().append(ContractEvents.grant("e-1", s, "marketing.similar-goods.sms", 1),
        ContractEvents.audit(ContractEvents.grant("e-1", s, "marketing.similar-goods.sms", 1)));
    ds.failing = sql -> sql.startsWith("INSERT INTO privacy_audit_records");
    var second = ContractEvents.grant("e-2", s, "marketing.similar-goods.sms", 2);
    StoreException e = assertThrows(StoreException.class, () -> stores.consents().append(second, ContractEvents.audit(second)));
    assertEquals("Cannot append a consent event (tables privacy_*) (SQLState 08006)", e.getMessage());
    assertEquals(java.util.Optional.of("08006"), e.sqlState());
    ds.failing = sql -> false;
    assertEquals(1, count(ds, "privacy_consent_events"), "the event insert was rolled back with the failed audit insert");
    assertEquals(1, count(ds, "privacy_audit_records"));
    assertEquals(1, stores.audit().head().sequence());
    assertTrue(stores.consents().append(second, ContractEvents.audit(second)).appended(), "the retry succeeds");
    assertTrue(stores.audit().verify().intact());
    assertEquals(0, ds.openConnections.get(), "every borrowed connection was closed");
  }

  @Test
  @DisplayName("the database going away: writes throw, checks deny, everything recovers")
  void databaseGoesAway() {
    ProxyDataSource ds = new ProxyDataSource(H2Databases.fresh());
    JdbcStores stores = H2Databases.stores(ds);
    MutableClock clock = MutableClock.at("2024-02-01T00:00:00Z");
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).build();
    SubjectId s = SubjectId.of("Айгүл");
    engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 1, 1))
        .contract(Contract.since(Instant.parse("2024-01-01T00:00:00Z"))).providedCategories(policy.categories("contact")).build());
    // the CAF registration: every purpose but legal obligations needs the policy accepted (R2)
    engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1"));
    Request r = Request.of(s, policy.purpose("contract.performance"), policy.categories("contact.email"));
    assertTrue(engine.check(r).permitted());

    ds.down = true;
    StoreException write = assertThrows(StoreException.class,
        () -> engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1")));
    assertTrue(write.getMessage().startsWith("Cannot append a consent event"), write.getMessage());
    assertFalse(write.getMessage().contains("Айгүл"));
    Decision denied = engine.check(r);
    assertEquals(ReasonCode.STORE_UNAVAILABLE, denied.reasons().get(0).code());
    assertEquals(Set.of(), engine.filter(List.of(s), r));

    ds.down = false;
    assertTrue(engine.check(r).permitted());
    engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1"));
    assertEquals(2, engine.consents().history(s).size(), "the registration and the retry; the failed write left nothing");
    assertTrue(engine.verifyAudit().intact());
  }

  @Test
  @DisplayName("filter over 2,000 subjects is a few set-based queries, never one per subject")
  void filterIsSetBased() {
    ProxyDataSource ds = new ProxyDataSource(H2Databases.fresh());
    JdbcStores stores = H2Databases.stores(ds);
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(MutableClock.at("2024-02-01T00:00:00Z")).build();
    List<SubjectId> subjects = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      SubjectId s = SubjectId.of("consultant-" + i);
      subjects.add(s);
      if (i % 10 == 0) {
        engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 1, 1))
            .contract(Contract.since(Instant.parse("2024-01-01T00:00:00Z"))).providedCategories(policy.categories("contact")).build());
        engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1"));
      }
    }
    int before = ds.statements.get();
    var allowed = engine.filter(subjects, policy.purpose("contract.performance"), policy.categories("contact.email"));
    int used = ds.statements.get() - before;
    assertEquals(200, allowed.size());
    // candidates, profiles and events per batch of subjects, business transfers, and one reading of the change feed
    assertTrue(used <= 9, "filter used " + used + " statements for 2,000 subjects");
  }

  @Test
  @DisplayName("no connection leaks through a pool, in success and in failure")
  void noLeaks() throws Exception {
    HikariConfig config = new HikariConfig();
    config.setDataSource(H2Databases.fresh());
    config.setMaximumPoolSize(4);
    config.setPoolName("privacy-leak-test");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcStores stores = H2Databases.stores(pool);
      SubjectId s = SubjectId.of("s");
      var g = ContractEvents.grant("e-1", s, "marketing.similar-goods.sms", 1);
      for (int i = 0; i < 50; i++) {
        stores.consents().append(g, ContractEvents.audit(g));
        stores.consents().events(s);
        stores.consents().events(List.of(s, SubjectId.of("t")));
        stores.subjects().history(s);
        stores.audit().verify();
        var clash = ContractEvents.withdraw("e-1", s, "marketing.similar-goods.sms", 2);
        assertThrows(EventConflictException.class, () -> stores.consents().append(clash, ContractEvents.audit(clash)));
      }
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
      assertTrue(pool.getHikariPoolMXBean().getTotalConnections() <= 4, "the adapter made no pool of its own");
    }
  }

  @Test
  @DisplayName("schema and prefix are configurable and validated; hostile names are refused")
  void naming() throws Exception {
    var ds = H2Databases.fresh();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA app");
    }
    JdbcStores custom = JdbcStores.builder(ds).schema("app").tablePrefix("kg_").build().migrate();
    var g = ContractEvents.grant("e-1", SubjectId.of("s"), "marketing.similar-goods.sms", 1);
    custom.consents().append(g, ContractEvents.audit(g));
    assertEquals(1, count(ds, "app.kg_consent_events"));
    custom.subjects().save(new ProfileVersion(ContractEvents.T0, SubjectProfile.empty(SubjectId.of("s"))), ContractEvents.audit(g));
    assertEquals(1, count(ds, "app.kg_subject_versions"));
    custom.businessTransfers().record(BusinessTransfer.open("transfer.a", "Buyer LLC", "SPA-1", ContractEvents.T0),
        ContractEvents.audit(g));
    assertEquals(1, count(ds, "app.kg_business_transfers"));
    assertEquals(java.util.Map.of("privacy_schema", "app.", "privacy_prefix", "kg_"), custom.placeholders());
    assertEquals("classpath:db/migration/privacy/h2", custom.migrationLocation());
    assertThrows(IllegalArgumentException.class, () -> JdbcStores.builder(ds).tablePrefix("x; DROP TABLE y").build());
    assertThrows(IllegalArgumentException.class, () -> JdbcStores.builder(ds).schema("a.b").build());
    assertEquals("JdbcStores[H2, tables app.kg_*]", custom.toString());
  }

  @Test
  @DisplayName("mixed-case schema names work; audit sequence numbers must be positive; corrupt rows throw StoreException and leak no data")
  void schemaCaseAndCorruptRows() throws Exception {
    var ds = H2Databases.fresh();
    JdbcStores stores = JdbcStores.builder(ds).schema("Privacy_Data").build().migrate();
    var g = ContractEvents.grant("e-1", SubjectId.of("s"), "marketing.similar-goods.sms", 1);
    stores.consents().append(g, ContractEvents.audit(g));
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      assertThrows(java.sql.SQLException.class, () -> st.executeUpdate("INSERT INTO privacy_data.privacy_audit_records"
          + " (seq, at, action, subject_ref, policy_version, details, previous_hash, hash)"
          + " VALUES (0, CURRENT_TIMESTAMP, 'forged', '', '1', '{}', 'x', 'y')"));
      st.executeUpdate("UPDATE privacy_data.privacy_consent_events SET payload = '{\"holder\": Ivanov}'");
    }
    StoreException corrupt = assertThrows(StoreException.class, () -> stores.consents().events(SubjectId.of("s")));
    assertFalse(corrupt.getMessage().contains("Ivanov"), corrupt.getMessage());
    assertEquals(null, corrupt.getCause());

    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      // well-formed JSON, but not an event: what fails inside the codec must not be quoted either
      st.executeUpdate("UPDATE privacy_data.privacy_consent_events SET payload = '{\"type\": \"Ivanov\"}'");
    }
    StoreException unknown = assertThrows(StoreException.class, () -> stores.consents().events(SubjectId.of("s")));
    assertFalse(unknown.getMessage().contains("Ivanov"), unknown.getMessage());
    assertEquals(null, unknown.getCause());

    SubjectId s = SubjectId.of("s");
    stores.subjects().save(new ProfileVersion(ContractEvents.T0, SubjectProfile.builder(s).blocked(BlockingGround.INACCURATE).build()),
        ContractEvents.audit(g));
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      st.executeUpdate("UPDATE privacy_data.privacy_subject_versions SET blocks = '[{\"ground\": Ivanov}]'");
    }
    StoreException blocks = assertThrows(StoreException.class, () -> stores.subjects().history(s));
    assertFalse(blocks.getMessage().contains("Ivanov"), blocks.getMessage());
    assertEquals(null, blocks.getCause());
  }

  @Test
  @DisplayName("point lookups use indexes (H2 plan)")
  void h2Plans() throws Exception {
    var ds = H2Databases.fresh();
    H2Databases.stores(ds);
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("EXPLAIN SELECT payload FROM privacy_consent_events WHERE holder_kind = 'S' AND holder_id = 'x'")) {
      rs.next();
      assertTrue(rs.getString(1).toUpperCase().contains("PRIVACY_CONSENT_EVENTS_HOLDER"), rs.getString(1));
    }
    // H2 names a primary key's index itself (PRIMARY_KEY_n), whatever the constraint is called
    String versionsKey;
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES"
            + " WHERE TABLE_NAME = 'PRIVACY_SUBJECT_VERSIONS' AND INDEX_TYPE_NAME = 'PRIMARY KEY'")) {
      assertTrue(rs.next(), "subject_versions has a primary key");
      versionsKey = rs.getString(1);
    }
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("EXPLAIN SELECT blocks FROM privacy_subject_versions WHERE subject_id IN ('x', 'y', 'z')")) {
      rs.next();
      String plan = rs.getString(1).toUpperCase();
      assertTrue(plan.contains(versionsKey + ": SUBJECT_ID IN("), plan);
      assertFalse(plan.contains("TABLESCAN"), plan);
    }
  }

  @Test
  @DisplayName("the bulk profile read is one statement per 500 ids")
  void historiesAreChunked() {
    ProxyDataSource ds = new ProxyDataSource(H2Databases.fresh());
    JdbcStores stores = H2Databases.stores(ds);
    List<SubjectId> ids = new ArrayList<>();
    for (int i = 0; i < 12_000; i++) {
      SubjectId s = SubjectId.of("consultant-" + i);
      ids.add(s);
      if (i % 1_000 == 0) {
        var audit = ContractEvents.audit(ContractEvents.grant("e-" + i, s, "marketing.similar-goods.sms", i));
        stores.subjects().save(new ProfileVersion(ContractEvents.T0, SubjectProfile.empty(s)), audit);
        stores.subjects().save(new ProfileVersion(ContractEvents.T0.plusSeconds(60), SubjectProfile.empty(s)), audit);
      }
    }
    int before = ds.statements.get();
    var histories = stores.subjects().histories(ids);
    assertEquals(2, ds.statements.get() - before, "12,000 ids in batches of 10,000, each one join");
    assertEquals(12, histories.size());
    histories.values().forEach(h -> assertEquals(2, h.size()));
    assertEquals(0, ds.openConnections.get());
  }
}
