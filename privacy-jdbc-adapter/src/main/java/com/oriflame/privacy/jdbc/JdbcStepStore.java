package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.rights.SourceStep;
import com.oriflame.privacy.spi.StepStore;
import com.oriflame.privacy.spi.StoredRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The steps of data-subject requests (migration V6), one row per work id, source and step,
 * replaced as the step goes on. Categories are kept as comma-separated ids (category ids hold no
 * comma). {@link #steps} sorts in Java, so the order does not depend on the database's collation.
 */
final class JdbcStepStore implements StepStore {
  private static final String COLUMNS = "work_id, source_id, step, status, attempts, done, not_held, actor, failure, recorded_at";
  private static final Comparator<SourceStep> ORDER =
      Comparator.comparing((SourceStep s) -> s.key().source()).thenComparing(s -> s.key().step());

  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;

  JdbcStepStore(Sql sql, JdbcAuditLog audit) {
    this.sql = sql;
    this.t = sql.tables();
    this.audit = audit;
  }

  @Override
  public void record(SourceStep step, AuditDraft draft) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(draft, "audit");
    sql.write("record a request step", c -> {
      var head = audit.lockHead(c);
      // the head lock serialises writers, so update-then-insert cannot race another record
      if (update(c, step) == 0) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.sourceSteps
            + " (status, attempts, done, not_held, actor, failure, recorded_at, work_id, source_id, step)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          bind(ps, step);
          ps.executeUpdate();
        }
      }
      audit.appendLocked(c, head, draft);
      return null;
    });
  }

  private int update(Connection c, SourceStep step) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.sourceSteps + " SET status = ?, attempts = ?, done = ?,"
        + " not_held = ?, actor = ?, failure = ?, recorded_at = ? WHERE work_id = ? AND source_id = ? AND step = ?")) {
      bind(ps, step);
      return ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, SourceStep step) throws SQLException {
    ps.setString(1, step.status().name());
    ps.setInt(2, step.attempts());
    ps.setString(3, ids(step.done()));
    ps.setString(4, ids(step.notHeld()));
    ps.setString(5, step.actor());
    ps.setString(6, step.failure());
    Sql.setInstant(ps, 7, step.at());
    ps.setString(8, step.key().work());
    ps.setString(9, step.key().source());
    ps.setString(10, step.key().step());
  }

  private static String ids(Set<CategoryId> categories) {
    return categories.stream().map(CategoryId::value).collect(Collectors.joining(","));
  }

  private static Set<CategoryId> categories(String ids) {
    Set<CategoryId> result = new LinkedHashSet<>();
    if (ids != null && !ids.isEmpty()) {
      for (String id : ids.split(",", -1)) {
        result.add(CategoryId.of(id));
      }
    }
    return result;
  }

  private static SourceStep row(ResultSet rs) throws SQLException {
    return new SourceStep(new OperationKey(rs.getString(1), rs.getString(2), rs.getString(3)),
        SourceStep.Status.valueOf(rs.getString(4)), rs.getInt(5), categories(rs.getString(6)), categories(rs.getString(7)),
        rs.getString(8), rs.getString(9), Sql.getInstant(rs, 10));
  }

  @Override
  public Optional<SourceStep> find(OperationKey key) {
    Objects.requireNonNull(key, "key");
    return sql.read("read a request step", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.sourceSteps
          + " WHERE work_id = ? AND source_id = ? AND step = ?")) {
        ps.setString(1, key.work());
        ps.setString(2, key.source());
        ps.setString(3, key.step());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(row(rs)) : Optional.<SourceStep>empty();
        }
      }
    });
  }

  @Override
  public List<SourceStep> steps(String work) {
    Objects.requireNonNull(work, "work");
    return sql.read("read a request's steps", c -> {
      List<SourceStep> result = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.sourceSteps + " WHERE work_id = ?")) {
        ps.setString(1, work);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            result.add(row(rs));
          }
        }
      }
      result.sort(ORDER);
      return List.copyOf(result);
    });
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    sql.read("scan request steps", c -> {
      Sql.streaming(c, "SELECT " + COLUMNS + " FROM " + t.sourceSteps, rs -> {
        String key = rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3);
        try {
          SourceStep step = row(rs);
          rows.accept(StoredRow.of(step.key().value(), step.canonical()));
        } catch (RuntimeException e) {
          rows.accept(StoredRow.unreadable(key, "it cannot be decoded (" + e.getClass().getSimpleName() + ")"));
        }
      });
      return null;
    });
  }
}
