package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases the adapter supports. */
enum Dialect {
  H2("h2", "H2"),
  POSTGRESQL("postgresql", "PostgreSQL");

  private final String folder;
  private final String displayName;

  Dialect(String folder, String displayName) {
    this.folder = folder;
    this.displayName = displayName;
  }

  /** @return the database's name for messages, e.g. {@code PostgreSQL} */
  String displayName() {
    return displayName;
  }

  /** @return the class-path folder of this dialect's migrations */
  String migrationLocation() {
    return "classpath:db/migration/privacy/" + folder;
  }

  /**
   * @return a table {@code u(id)} of the strings of one array parameter: a batch of keys joined to
   *     an indexed table in one statement (H2 plans an {@code IN} list of parameters as a scan of
   *     the table per statement; a join from this table uses the index)
   */
  String keyTable() {
    return this == POSTGRESQL ? "unnest(CAST(? AS text[])) AS u(id)" : "UNNEST(?) AS u(id)";
  }

  /** Keys per bulk statement (candidates, events, profiles, holds, the retention journal). */
  static final int KEY_BATCH = 10_000;

  /** Binds the parameters of a statement after its first (the key array). */
  interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /**
   * Runs {@code select}, whose first parameter is the array of {@link #keyTable()}, once per
   * {@value #KEY_BATCH} keys, and hands every row to {@code rows}: one indexed join per batch.
   *
   * @param rest binds the parameters after the first, the same for every batch
   */
  void byKeyBatches(Connection c, List<String> keys, String select, Binder rest, Sql.RowSink rows) throws SQLException {
    for (int from = 0; from < keys.size(); from += KEY_BATCH) {
      List<String> batch = keys.subList(from, Math.min(keys.size(), from + KEY_BATCH));
      try (PreparedStatement ps = c.prepareStatement(select)) {
        ps.setArray(1, c.createArrayOf(this == POSTGRESQL ? "text" : "VARCHAR", batch.toArray()));
        rest.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            rows.accept(rs);
          }
        }
      }
    }
  }

  /** As {@link #byKeyBatches(Connection, List, String, Binder, Sql.RowSink)} for a statement with no other parameter. */
  void byKeyBatches(Connection c, List<String> keys, String select, Sql.RowSink rows) throws SQLException {
    byKeyBatches(c, keys, select, ps -> { }, rows);
  }

  static Dialect of(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return H2;
      }
      if (product.contains("postgres")) {
        return POSTGRESQL;
      }
      throw new StoreException("Unsupported database '" + product + "': the privacy JDBC adapter supports H2 and PostgreSQL 14+", null);
    } catch (SQLException e) {
      throw new StoreException("Cannot connect to detect the database", e.getSQLState(), e);
    }
  }
}
