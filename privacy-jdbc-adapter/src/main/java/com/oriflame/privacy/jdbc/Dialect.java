package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.StoreException;
import java.sql.Array;
import java.sql.Connection;
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

  /** @return {@code keys} as the array parameter of {@link #keyTable()} */
  Array keyArray(Connection c, List<String> keys) throws SQLException {
    return c.createArrayOf(this == POSTGRESQL ? "text" : "VARCHAR", keys.toArray());
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
