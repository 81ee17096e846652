package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consultant.Closure;
import com.oriflame.privacy.consultant.ObligationCause;
import com.oriflame.privacy.consultant.TrackedObligation;
import com.oriflame.privacy.policy.DutyId;
import com.oriflame.privacy.spi.ObligationStore;
import com.oriflame.privacy.spi.StoredRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Consultants' tracked obligations, one row each, keyed by the obligation's id (migration V9). A
 * batch and its audit records commit in one transaction under the audit head lock. Lists are
 * sorted in Java, so the order does not depend on the database's collation.
 */
final class JdbcObligationStore implements ObligationStore {
  private static final String COLUMNS = "obligation_id, consultant_id, duty_id, cause, reference, created_at, due_at, policy_version,"
      + " closed_at, evidence";

  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;

  JdbcObligationStore(Sql sql, JdbcAuditLog audit) {
    this.sql = sql;
    this.t = sql.tables();
    this.audit = audit;
  }

  @Override
  public void record(List<Write> writes) {
    Objects.requireNonNull(writes, "writes");
    List<Write> batch = List.copyOf(writes);
    if (batch.isEmpty()) {
      return;
    }
    sql.write("record Consultant obligations", c -> {
      var head = audit.lockHead(c);
      List<AuditDraft> drafts = new ArrayList<>(batch.size());
      for (Write w : batch) {
        // the head lock serialises writers, so update-then-insert cannot race another record
        if (update(c, w.obligation()) == 0) {
          try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.consultantObligations
              + " (consultant_id, duty_id, cause, reference, created_at, due_at, policy_version, closed_at, evidence, obligation_id)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, w.obligation());
            ps.executeUpdate();
          }
        }
        drafts.add(w.audit());
      }
      audit.appendAllLocked(c, head, drafts);
      return null;
    });
  }

  private int update(Connection c, TrackedObligation o) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.consultantObligations
        + " SET consultant_id = ?, duty_id = ?, cause = ?, reference = ?, created_at = ?, due_at = ?, policy_version = ?,"
        + " closed_at = ?, evidence = ? WHERE obligation_id = ?")) {
      bind(ps, o);
      return ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, TrackedObligation o) throws SQLException {
    ps.setString(1, o.consultant().value());
    ps.setString(2, o.duty().value());
    ps.setString(3, o.cause().name());
    ps.setString(4, o.reference());
    Sql.setInstant(ps, 5, o.createdAt());
    Sql.setInstant(ps, 6, o.dueAt());
    ps.setString(7, o.policyVersion());
    Sql.setInstant(ps, 8, o.closure().map(Closure::at).orElse(null));
    ps.setString(9, o.closure().map(Closure::evidence).orElse(null));
    ps.setString(10, o.id());
  }

  private static TrackedObligation read(ResultSet rs) throws SQLException {
    Instant closedAt = Sql.getInstant(rs, 9);
    String evidence = rs.getString(10);
    Optional<Closure> closure = closedAt == null && evidence == null ? Optional.empty() : Optional.of(new Closure(closedAt, evidence));
    return new TrackedObligation(rs.getString(1), SubjectId.of(rs.getString(2)), DutyId.of(rs.getString(3)),
        ObligationCause.valueOf(rs.getString(4)), rs.getString(5), Sql.getInstant(rs, 6), Sql.getInstant(rs, 7), rs.getString(8),
        closure);
  }

  private List<TrackedObligation> query(String operation, String where, SqlBinder binder, Comparator<TrackedObligation> order) {
    return sql.read(operation, c -> {
      List<TrackedObligation> result = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.consultantObligations + " WHERE " + where)) {
        binder.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            result.add(read(rs));
          }
        }
      }
      result.sort(order);
      return List.copyOf(result);
    });
  }

  /** Binds a query's parameters. */
  private interface SqlBinder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  @Override
  public Optional<TrackedObligation> find(String id) {
    Objects.requireNonNull(id, "id");
    return query("find a Consultant obligation", "obligation_id = ?", ps -> ps.setString(1, id),
        Comparator.comparing(TrackedObligation::id)).stream().findFirst();
  }

  @Override
  public List<TrackedObligation> of(SubjectId consultant) {
    Objects.requireNonNull(consultant, "consultant");
    return query("read a Consultant's obligations", "consultant_id = ?", ps -> ps.setString(1, consultant.value()),
        Comparator.comparing(TrackedObligation::createdAt).thenComparing(TrackedObligation::id));
  }

  @Override
  public List<TrackedObligation> overdue(Instant at) {
    Objects.requireNonNull(at, "at");
    return query("list overdue Consultant obligations", "closed_at IS NULL AND due_at < ?", ps -> Sql.setInstant(ps, 1, at),
        Comparator.comparing(TrackedObligation::dueAt).thenComparing(TrackedObligation::id));
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    sql.read("scan Consultant obligations", c -> {
      Sql.streaming(c, "SELECT " + COLUMNS + " FROM " + t.consultantObligations, rs -> {
        String key = rs.getString(1);
        try {
          TrackedObligation o = read(rs);
          rows.accept(StoredRow.of(o.id(), o.canonical()));
        } catch (RuntimeException e) {
          rows.accept(StoredRow.unreadable(key == null ? "" : key, "it cannot be decoded (" + e.getClass().getSimpleName() + ")"));
        }
      });
      return null;
    });
  }
}
