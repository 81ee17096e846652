package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventCodec;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.testing.LedgerIntegrityContract;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * The attacker of {@link LedgerIntegrityContract} on a JDBC store: plain SQL on the privacy tables,
 * keeping every column of a rewritten row consistent with its payload, as a careful attacker would.
 */
final class SqlTamper implements LedgerIntegrityContract.Tamper {
  /** One SQL step. */
  private interface Step {
    void run(Connection c) throws SQLException;
  }

  private final DataSource dataSource;
  private final Tables t;

  SqlTamper(DataSource dataSource, JdbcStores stores) {
    this.dataSource = dataSource;
    this.t = new Tables(stores.schema(), stores.tablePrefix());
  }

  private void run(Step step) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      step.run(c);
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("tampering failed", e);
    }
  }

  private static int update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof Instant instant) {
          Sql.setInstant(ps, i + 1, instant);
        } else {
          ps.setObject(i + 1, values[i]);
        }
      }
      return ps.executeUpdate();
    }
  }

  @Override
  public void deleteEvent(EventId id) {
    run(c -> update(c, "DELETE FROM " + t.events + " WHERE event_id = ?", Keys.encode(id.value())));
  }

  @Override
  public void replaceEvent(ConsentEvent edited) {
    run(c -> {
      update(c, "DELETE FROM " + t.events + " WHERE event_id = ?", Keys.encode(edited.id().value()));
      JdbcConsentStore.insert(c, t, edited, EventCodec.write(edited));
    });
  }

  @Override
  public void insertEvent(ConsentEvent forged) {
    run(c -> JdbcConsentStore.insert(c, t, forged, EventCodec.write(forged)));
  }

  @Override
  public void clearErased(SubjectId subject, Instant validFrom) {
    run(c -> {
      if (update(c, "UPDATE " + t.subjectVersions + " SET erased = FALSE WHERE subject_id = ? AND valid_from = ?",
          Keys.encode(subject.value()), validFrom) != 1) {
        throw new SQLException("no such profile version");
      }
    });
  }

  @Override
  public void rewriteAudit(List<AuditRecord> records, ChainHead head) {
    run(c -> {
      for (AuditRecord r : records) {
        update(c, "UPDATE " + t.audit + " SET at = ?, action = ?, subject_ref = ?, policy_version = ?, details = ?,"
                + " previous_hash = ?, hash = ? WHERE seq = ?",
            r.at(), r.action(), r.subjectRef(), r.policyVersion(), RowJson.writeMap(r.details()), r.previousHash(),
            r.hash(), r.sequence());
      }
      update(c, "UPDATE " + t.head + " SET seq = ?, hash = ? WHERE id = 1", head.sequence(), head.hash());
    });
  }

  @Override
  public void truncateAudit(long keep, ChainHead head) {
    run(c -> {
      update(c, "DELETE FROM " + t.audit + " WHERE seq > ?", keep);
      update(c, "UPDATE " + t.head + " SET seq = ?, hash = ? WHERE id = 1", head.sequence(), head.hash());
    });
  }

  @Override
  public boolean corruptAuditDetails(long sequence) {
    run(c -> update(c, "UPDATE " + t.audit + " SET details = ? WHERE seq = ?", "{\"event\": \"unterminated", sequence));
    return true;
  }

  @Override
  public boolean deleteHead() {
    run(c -> update(c, "DELETE FROM " + t.head));
    return true;
  }
}
