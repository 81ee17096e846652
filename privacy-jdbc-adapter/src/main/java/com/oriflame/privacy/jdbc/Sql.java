package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Connection handling: one connection per call from the host's {@link DataSource}, closed before
 * returning; writes in one transaction that commits or rolls back whole. SQL failures become
 * {@link StoreException}s naming the operation and SQLState, never bound values.
 */
final class Sql {
  private final DataSource dataSource;
  private final Tables tables;

  Sql(DataSource dataSource, Tables tables) {
    this.dataSource = dataSource;
    this.tables = tables;
  }

  Tables tables() {
    return tables;
  }

  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Runs {@code work} with auto-commit on. */
  <T> T read(String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  /**
   * Runs {@code work} in one transaction after locking the audit chain head, so writers are
   * serialised and an event and its audit record commit together or not at all.
   */
  <T> T write(String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        throw e;
      } finally {
        try {
          c.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
          // the connection is closed next; the pool resets it
        }
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  private StoreException failure(String operation, SQLException e) {
    return new StoreException("Cannot " + operation + " (tables " + tables.schemaQualifier() + tables.prefix + "*)",
        e.getSQLState(), sanitized(e));
  }

  /**
   * A copy of the driver's exception without its message, which may quote bound values (personal
   * data, e.g. a duplicate key); SQLState, vendor code and stack trace are kept.
   */
  static SQLException sanitized(SQLException e) {
    SQLException copy = new SQLException(e.getClass().getName() + " (driver message withheld: it may contain bound values)",
        e.getSQLState(), e.getErrorCode());
    copy.setStackTrace(e.getStackTrace());
    return copy;
  }

  static void setInstant(PreparedStatement ps, int index, Instant instant) throws SQLException {
    if (instant == null) {
      ps.setObject(index, null);
    } else {
      ps.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  static Instant getInstant(ResultSet rs, int index) throws SQLException {
    OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
    if (t != null) {
      return t.toInstant();
    }
    Timestamp ts = rs.getTimestamp(index);
    return ts == null ? null : ts.toInstant();
  }
}
