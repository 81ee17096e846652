package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.ConsentReceipt;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Recorded;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Stable pseudonyms by default, on a real database (H2 file and PostgreSQL subclasses): without a
 * host key, the key the stores keep survives a restart, so a receipt fetched afterwards shows the
 * subject reference it was issued with; engines starting at once share one key; a host key wins.
 */
abstract class StablePseudonymsChecks {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final SubjectId subject = SubjectId.of("Айгүл Асанова");
  private final Evidence caf = Evidence.of(Channel.CAF_PAPER, "CAF 000123");

  /** @return a data source on a new database (or schema) that outlives the engines opened on it */
  abstract DataSource newDatabase();

  /**
   * Opens stores on {@code ds} as a restarted process would: a new {@link JdbcStores}, nothing
   * shared with earlier instances but the database.
   *
   * @param ds the database
   * @return stores on it, migrated
   */
  abstract JdbcStores open(DataSource ds);

  private PrivacyEngine engine(JdbcStores stores) {
    return PrivacyEngine.builder().policy(policy).stores(stores).build();
  }

  @Test
  @DisplayName("without a host key, a receipt fetched after a restart shows the subject reference it was issued with")
  void sameReferenceAfterRestart() {
    DataSource db = newDatabase();
    Recorded issued = engine(open(db)).consents().grant(subject, sms, caf);
    String ref = issued.receipt().orElseThrow().subjectRef();

    PrivacyEngine restarted = engine(open(db));
    ConsentReceipt fetched = restarted.consents().receipt(issued.event().id()).orElseThrow();
    assertEquals(ref, fetched.subjectRef());
    assertEquals(ref, restarted.consents().withdraw(subject, sms, Evidence.of(Channel.EMAIL, "m")).receipt()
        .orElseThrow().subjectRef(), "new receipts use the same key");
    assertEquals(ref, restarted.audit().read(1, 1).get(0).subjectRef(), "audit records too");
    assertTrue(restarted.audit().verify().intact(), () -> restarted.audit().verify().toString());
    assertEquals(1, rows(db, open(db)), "one key row");
  }

  @Test
  @DisplayName("engines starting at once on one empty database all end up with the same key")
  void concurrentFirstUse() throws Exception {
    DataSource db = newDatabase();
    open(db); // migrated, no key yet
    int engines = 6;
    ExecutorService pool = Executors.newFixedThreadPool(engines);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<String>> refs = new ArrayList<>();
      for (int i = 0; i < engines; i++) {
        JdbcStores stores = open(db);
        PrivacyEngine engine = engine(stores);
        SubjectId s = subject;
        refs.add(pool.submit(() -> {
          start.await();
          return engine.consents().grant(s, sms, caf).receipt().orElseThrow().subjectRef();
        }));
      }
      start.countDown();
      Set<String> distinct = new HashSet<>();
      for (Future<String> f : refs) {
        distinct.add(f.get(60, TimeUnit.SECONDS));
      }
      assertEquals(1, distinct.size(), () -> "one key for every engine: " + distinct);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, rows(db, open(db)));
    assertArrayEquals(open(db).pseudonymKey(), open(db).pseudonymKey());
    assertTrue(engine(open(db)).audit().verify().intact());
  }

  @Test
  @DisplayName("a key the host sets wins over the stored one, and gives the same references on any store")
  void hostKeyWins() {
    DataSource db = newDatabase();
    String stored = engine(open(db)).consents().grant(subject, sms, caf).receipt().orElseThrow().subjectRef();
    byte[] vault = "a 32-byte secret from the vault!".getBytes(StandardCharsets.UTF_8);
    PrivacyEngine hosted = PrivacyEngine.builder().policy(policy).stores(open(db)).pseudonymKey(vault).build();
    String hostRef = hosted.consents().grant(subject, sms, caf).receipt().orElseThrow().subjectRef();
    assertNotEquals(stored, hostRef);
    PrivacyEngine elsewhere = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).pseudonymKey(vault).build();
    assertEquals(hostRef, elsewhere.consents().grant(subject, sms, caf).receipt().orElseThrow().subjectRef());
    assertEquals(stored, engine(open(db)).consents().grant(subject, sms, caf).receipt().orElseThrow().subjectRef(),
        "the stored key is untouched by a host key");
  }

  private static int rows(DataSource db, JdbcStores stores) {
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + (stores.schema() == null ? "" : stores.schema() + ".")
            + stores.tablePrefix() + "pseudonym_key")) {
      rs.next();
      return rs.getInt(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
