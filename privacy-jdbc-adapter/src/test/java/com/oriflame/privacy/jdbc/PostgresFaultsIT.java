package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.testing.MutableClock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A real PostgreSQL server stopped in the middle of a run, then started again. */
class PostgresFaultsIT {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();

  @Test
  @DisplayName("server stopped mid-run: writes throw, checks deny, no partial rows, recovery after restart, no leaked connections")
  void serverGoesAway() throws Exception {
    Path dir = Files.createTempDirectory("privacy-pg-faults-");
    EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
    int port = pg.getPort();
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
    config.setMaximumPoolSize(4);
    config.setConnectionTimeout(1_000);
    config.setInitializationFailTimeout(-1);
    config.setPoolName("privacy-faults");
    try (HikariDataSource pool = new HikariDataSource(config)) {
      JdbcStores stores = JdbcStores.create(pool).migrate();
      PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores)
          .clock(MutableClock.at("2024-02-01T00:00:00Z")).build();
      SubjectId s = SubjectId.of("consultant-1");
      engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 1, 1))
          .contract(Contract.since(Instant.parse("2024-01-01T00:00:00Z"))).providedCategories(policy.categories("contact")).build());
      // the CAF registration: every purpose but legal obligations needs the policy accepted (R2)
      engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1"));
      Request r = Request.of(s, policy.purpose("contract.performance"), policy.categories("contact.email"));
      assertTrue(engine.check(r).permitted());
      org.postgresql.ds.PGSimpleDataSource direct = new org.postgresql.ds.PGSimpleDataSource();
      direct.setURL(pg.getJdbcUrl("postgres", "postgres"));
      List<Long> before = counts(direct);

      pg.close();
      StoreException write = assertThrows(StoreException.class,
          () -> engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1")));
      String state = write.sqlState().orElse("");
      assertTrue(state.startsWith("08") || state.startsWith("57"), "connection exception or operator intervention: " + write.getMessage());
      assertTrue(write.getMessage().startsWith("Cannot append a consent event"), write::getMessage);
      assertEquals(ReasonCode.STORE_UNAVAILABLE, engine.check(r).reasons().get(0).code());

      pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).setPort(port).start();
      assertEquals(before, counts(direct), "nothing was half-written while the server was down");
      // the pool may hand out a connection that died with the server once; it then evicts it
      boolean recovered = false;
      for (int attempt = 0; attempt < 20 && !recovered; attempt++) {
        recovered = engine.check(r).permitted();
        if (!recovered) {
          Thread.sleep(100);
        }
      }
      assertTrue(recovered, "recovers when the server is back");
      engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1"));
      assertEquals(2, engine.consents().history(s).size(), "the registration and the retry; the failed write left nothing");
      assertTrue(engine.verifyAudit().intact());
      assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
    } finally {
      pg.close();
    }
  }

  private static List<Long> counts(javax.sql.DataSource ds) throws Exception {
    List<Long> result = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
      for (String table : List.of("privacy_consent_events", "privacy_subject_versions", "privacy_business_transfers",
          "privacy_audit_records")) {
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          result.add(rs.getLong(1));
        }
      }
    }
    return result;
  }
}
