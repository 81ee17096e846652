package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.spi.AuditLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The audit log in two tables: the records, and the one-row head every writer locks. */
final class JdbcAuditLog implements AuditLog {
  private final Sql sql;
  private final Tables t;
  private final AuditChain chain;

  JdbcAuditLog(Sql sql, AuditChain chain) {
    this.sql = sql;
    this.t = sql.tables();
    this.chain = chain;
  }

  @Override
  public AuditChain chain() {
    return chain;
  }

  @Override
  public AuditRecord append(AuditDraft draft) {
    return sql.write("append an audit record", c -> appendLocked(c, lockHead(c), draft));
  }

  /** Locks the head row for the rest of the transaction and returns it. */
  ChainHead lockHead(Connection c) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM " + t.head + " WHERE id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("the audit chain head row is missing; run the privacy migrations", "55000");
      }
      return new ChainHead(rs.getLong(1), rs.getString(2));
    }
  }

  /** Appends after {@code head}, which the caller locked in this transaction. */
  AuditRecord appendLocked(Connection c, ChainHead head, AuditDraft draft) throws SQLException {
    AuditRecord r = chain.link(head, draft);
    try (PreparedStatement ps = c.prepareStatement(insert())) {
      bind(ps, r);
      ps.executeUpdate();
    }
    moveHead(c, ChainHead.of(r));
    return r;
  }

  /**
   * Appends {@code drafts} after {@code head}, which the caller locked in this transaction: one
   * batched insert and one update of the head.
   *
   * @return the new head
   */
  ChainHead appendAllLocked(Connection c, ChainHead head, List<AuditDraft> drafts) throws SQLException {
    if (drafts.isEmpty()) {
      return head;
    }
    ChainHead last = head;
    try (PreparedStatement ps = c.prepareStatement(insert())) {
      for (AuditDraft draft : drafts) {
        AuditRecord r = chain.link(last, draft);
        bind(ps, r);
        ps.addBatch();
        last = ChainHead.of(r);
      }
      ps.executeBatch();
    }
    moveHead(c, last);
    return last;
  }

  private String insert() {
    return "INSERT INTO " + t.audit
        + " (seq, at, action, subject_ref, policy_version, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  }

  private static void bind(PreparedStatement ps, AuditRecord r) throws SQLException {
    ps.setLong(1, r.sequence());
    Sql.setInstant(ps, 2, r.at());
    ps.setString(3, r.action());
    ps.setString(4, r.subjectRef());
    ps.setString(5, r.policyVersion());
    ps.setString(6, RowJson.writeMap(r.details()));
    ps.setString(7, r.previousHash());
    ps.setString(8, r.hash());
  }

  private void moveHead(Connection c, ChainHead head) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.head + " SET seq = ?, hash = ? WHERE id = 1")) {
      ps.setLong(1, head.sequence());
      ps.setString(2, head.hash());
      ps.executeUpdate();
    }
  }

  @Override
  public ChainHead head() {
    return sql.read("read the audit chain head", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM " + t.head + " WHERE id = 1");
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("the audit chain head row is missing; run the privacy migrations", "55000");
        }
        return new ChainHead(rs.getLong(1), rs.getString(2));
      }
    });
  }

  @Override
  public List<AuditRecord> read(long fromSequence, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    return sql.read("read audit records", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, action, subject_ref, policy_version, details, previous_hash, hash FROM "
          + t.audit + " WHERE seq >= ? ORDER BY seq FETCH FIRST ? ROWS ONLY")) {
        ps.setLong(1, fromSequence);
        ps.setInt(2, limit);
        try (ResultSet rs = ps.executeQuery()) {
          List<AuditRecord> page = new ArrayList<>();
          while (rs.next()) {
            page.add(new AuditRecord(rs.getLong(1), Sql.getInstant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                RowJson.readMap(rs.getString(6)), rs.getString(7), rs.getString(8)));
          }
          return page;
        }
      }
    });
  }
}
