package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.spi.ChangeFeed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * The change feed in table {@code <prefix>subject_changes} (migration V10): per subject the audit
 * sequence of the last write about it. Writers call {@link #touch} in their transaction, under the
 * chain-head lock they already hold, so a row's sequence is never visible before its data and
 * sequences become visible in increasing order: every change at or below the highest sequence
 * read is committed.
 */
final class JdbcChangeFeed implements ChangeFeed {
  private final Sql sql;
  private final Tables t;
  private final Dialect dialect;

  JdbcChangeFeed(Sql sql, Dialect dialect) {
    this.sql = sql;
    this.t = sql.tables();
    this.dialect = dialect;
  }

  /**
   * Records, in the caller's transaction, that {@code subjects} changed at {@code seq}: the audit
   * sequence of the transaction's last record, taken under the chain-head lock.
   */
  void touch(Connection c, Collection<SubjectId> subjects, long seq) throws SQLException {
    if (subjects.isEmpty()) {
      return;
    }
    String upsert = dialect == Dialect.POSTGRESQL
        ? "INSERT INTO " + t.subjectChanges + " (subject_id, seq) VALUES (?, ?) ON CONFLICT (subject_id) DO UPDATE SET seq = EXCLUDED.seq"
        : "MERGE INTO " + t.subjectChanges + " (subject_id, seq) KEY (subject_id) VALUES (?, ?)";
    Set<String> keys = new TreeSet<>(); // one row per subject, in key order
    for (SubjectId s : subjects) {
      keys.add(Keys.encode(s.value()));
    }
    try (PreparedStatement ps = c.prepareStatement(upsert)) {
      for (String key : keys) {
        ps.setString(1, key);
        ps.setLong(2, seq);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  @Override
  public long position() {
    return sql.read("read the change feed's position", this::highest);
  }

  private long highest(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM " + t.subjectChanges);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public Changes since(long after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return sql.read("read the change feed", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT subject_id, seq FROM " + t.subjectChanges
          + " WHERE seq > ? ORDER BY seq FETCH FIRST ? ROWS ONLY")) {
        ps.setLong(1, after);
        ps.setInt(2, limit + 1);
        Set<SubjectId> changed = new HashSet<>();
        long position = after;
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            changed.add(SubjectId.of(Keys.decode(rs.getString(1))));
            position = Math.max(position, rs.getLong(2));
          }
        }
        if (changed.size() > limit) {
          return new Changes(Math.max(position, highest(c)), Set.of(), true);
        }
        return new Changes(position, changed, false);
      }
    });
  }

  @Override
  public String toString() {
    return "JdbcChangeFeed[" + t.subjectChanges + "]";
  }
}
