package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.PrivacyException;
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

  /**
   * Runs {@code work} with auto-commit on. Stored data that cannot be read (a row a decoder
   * refuses) becomes a {@link StoreException} like a database failure, so a check fails closed.
   */
  <T> T read(String operation, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw failure(operation, e);
    } catch (PrivacyException e) {
      throw e;
    } catch (RuntimeException e) {
      throw unreadable(operation, e);
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
        if (e instanceof RuntimeException r && !(r instanceof PrivacyException)) {
          throw unreadable(operation, r);
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

  /**
   * A row a decoder refused. The decoders' own messages (they start with "a stored") name only a
   * position or a field and are kept; any other message may quote the stored text (personal data),
   * so only the exception's type is named, and there is no cause.
   */
  private StoreException unreadable(String operation, RuntimeException e) {
    boolean ours = e.getMessage() != null && e.getMessage().startsWith("a stored ");
    return new StoreException("Cannot " + operation + ": " + (ours ? e.getMessage()
        : "a stored row cannot be read (" + e.getClass().getSimpleName() + ")"), null);
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

  /** Receives one row of a streamed query. */
  interface RowSink {
    void accept(ResultSet rs) throws SQLException;
  }

  /**
   * Runs a query and hands each row to {@code sink} without holding the whole result: inside a
   * read-only transaction with a fetch size, so PostgreSQL streams it through a cursor.
   */
  static void streaming(Connection c, String query, RowSink sink) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement(query)) {
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(rs);
        }
      }
      c.commit();
    } finally {
      try {
        c.rollback();
      } catch (SQLException ignored) {
        // nothing was written
      }
      c.setAutoCommit(autoCommit);
    }
  }
}
