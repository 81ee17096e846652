package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.retention.LegalHold;
import com.oriflame.privacy.spi.LegalHoldStore;
import com.oriflame.privacy.spi.StoredRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The legal-hold register, one row per hold keyed by its id, and the journal of applied retention
 * actions. Reads for a batch of subjects or action ids are one {@code IN} query per 500 keys.
 */
final class JdbcLegalHoldStore implements LegalHoldStore {
  private static final String COLUMNS = "hold_id, subject_id, reason, case_reference, categories, purposes, starts_at, ends_at";
  private static final Comparator<LegalHold> BY_START = Comparator.comparing(LegalHold::start).thenComparing(LegalHold::id);

  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;
  private final Dialect dialect;
  private final JdbcChangeFeed changes;

  JdbcLegalHoldStore(Sql sql, JdbcAuditLog audit, Dialect dialect, JdbcChangeFeed changes) {
    this.sql = sql;
    this.t = sql.tables();
    this.audit = audit;
    this.dialect = dialect;
    this.changes = changes;
  }

  @Override
  public void save(LegalHold hold, AuditDraft draft) {
    Objects.requireNonNull(hold, "hold");
    Objects.requireNonNull(draft, "audit");
    sql.write("save a legal hold", c -> {
      var head = audit.lockHead(c);
      // the head lock serialises writers, so update-then-insert cannot race another save
      Set<SubjectId> touched = new HashSet<>(List.of(hold.subject()));
      try (PreparedStatement ps = c.prepareStatement("SELECT subject_id FROM " + t.legalHolds + " WHERE hold_id = ?")) {
        ps.setString(1, hold.id());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            touched.add(SubjectId.of(Keys.decode(rs.getString(1)))); // a hold moved to another subject changes both
          }
        }
      }
      int updated;
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.legalHolds
          + " SET subject_id = ?, reason = ?, case_reference = ?, categories = ?, purposes = ?, starts_at = ?, ends_at = ?"
          + " WHERE hold_id = ?")) {
        bind(ps, hold);
        updated = ps.executeUpdate();
      }
      if (updated == 0) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.legalHolds
            + " (subject_id, reason, case_reference, categories, purposes, starts_at, ends_at, hold_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
          bind(ps, hold);
          ps.executeUpdate();
        }
      }
      changes.touch(c, touched, audit.appendLocked(c, head, draft).sequence());
      return null;
    });
  }

  private static void bind(PreparedStatement ps, LegalHold hold) throws SQLException {
    ps.setString(1, Keys.encode(hold.subject().value()));
    ps.setString(2, hold.reason().name());
    ps.setString(3, hold.caseReference());
    ps.setString(4, RowJson.writeStrings(hold.categories().stream().map(CategoryId::value).toList()));
    ps.setString(5, RowJson.writeStrings(hold.purposes().stream().map(PurposeId::value).toList()));
    Sql.setInstant(ps, 6, hold.start());
    Sql.setInstant(ps, 7, hold.end().orElse(null));
    ps.setString(8, hold.id());
  }

  private static LegalHold row(ResultSet rs) throws SQLException {
    return new LegalHold(rs.getString(1), SubjectId.of(Keys.decode(rs.getString(2))), HoldReason.valueOf(rs.getString(3)),
        rs.getString(4), RowJson.readStrings(rs.getString(5), CategoryId::of), RowJson.readStrings(rs.getString(6), PurposeId::of),
        Sql.getInstant(rs, 7), Optional.ofNullable(Sql.getInstant(rs, 8)));
  }

  @Override
  public Optional<LegalHold> find(String id) {
    Objects.requireNonNull(id, "id");
    return sql.read("read a legal hold", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.legalHolds + " WHERE hold_id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(row(rs)) : Optional.<LegalHold>empty();
        }
      }
    });
  }

  @Override
  public Map<SubjectId, List<LegalHold>> forSubjects(Collection<SubjectId> subjects) {
    List<SubjectId> list = new ArrayList<>(new LinkedHashSet<>(subjects));
    Map<SubjectId, List<LegalHold>> found = new HashMap<>();
    if (list.isEmpty()) {
      return new LinkedHashMap<>();
    }
    sql.read("read legal holds", c -> {
      dialect.byKeyBatches(c, Keys.ofSubjects(list), "SELECT " + COLUMNS + " FROM " + dialect.keyTable() + " JOIN "
          + t.legalHolds + " h ON h.subject_id = u.id", rs -> {
            LegalHold h = row(rs);
            found.computeIfAbsent(h.subject(), k -> new ArrayList<>()).add(h);
          });
      return null;
    });
    Map<SubjectId, List<LegalHold>> ordered = new LinkedHashMap<>();
    for (SubjectId s : list) {
      List<LegalHold> holds = found.get(s);
      if (holds != null) {
        holds.sort(BY_START);
        ordered.put(s, List.copyOf(holds));
      }
    }
    return ordered;
  }

  @Override
  public List<LegalHold> activeAt(Instant at) {
    Objects.requireNonNull(at, "at");
    return sql.read("read legal holds in force", c -> {
      List<LegalHold> result = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.legalHolds
          + " WHERE starts_at <= ? AND (ends_at IS NULL OR ends_at > ?)")) {
        Sql.setInstant(ps, 1, at);
        Sql.setInstant(ps, 2, at);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            result.add(row(rs));
          }
        }
      }
      result.sort(Comparator.comparing(LegalHold::id));
      return List.copyOf(result);
    });
  }

  @Override
  public void markApplied(List<String> actionIds, List<AuditDraft> audits) {
    Objects.requireNonNull(actionIds, "actionIds");
    Objects.requireNonNull(audits, "audits");
    if (actionIds.isEmpty() && audits.isEmpty()) {
      return;
    }
    sql.write("journal applied retention actions", c -> {
      var head = audit.lockHead(c);
      // under the head lock no other writer journals: read what is there, insert the rest
      Set<String> there = applied(c, actionIds);
      Instant now = audits.isEmpty() ? Instant.EPOCH : audits.get(0).at();
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.retentionApplied + " (action_id, applied_at) VALUES (?, ?)")) {
        Set<String> added = new HashSet<>();
        for (String id : actionIds) {
          if (!there.contains(id) && added.add(id)) {
            ps.setString(1, id);
            Sql.setInstant(ps, 2, now);
            ps.addBatch();
          }
        }
        if (!added.isEmpty()) {
          ps.executeBatch();
        }
      }
      audit.appendAllLocked(c, head, audits);
      return null;
    });
  }

  @Override
  public Set<String> applied(Collection<String> actionIds) {
    if (actionIds.isEmpty()) {
      return new HashSet<>();
    }
    return sql.read("read the retention journal", c -> applied(c, actionIds));
  }

  private Set<String> applied(Connection c, Collection<String> actionIds) throws SQLException {
    List<String> list = new ArrayList<>(new LinkedHashSet<>(actionIds));
    Set<String> found = new HashSet<>();
    dialect.byKeyBatches(c, list, "SELECT r.action_id FROM " + dialect.keyTable() + " JOIN " + t.retentionApplied
        + " r ON r.action_id = u.id", rs -> found.add(rs.getString(1)));
    return found;
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    sql.read("scan legal holds", c -> {
      Sql.streaming(c, "SELECT " + COLUMNS + " FROM " + t.legalHolds, rs -> {
        String key = rs.getString(1);
        try {
          LegalHold hold = row(rs);
          rows.accept(StoredRow.of(hold.id(), hold.canonical()));
        } catch (RuntimeException e) {
          rows.accept(StoredRow.unreadable(key == null ? "" : key, "it cannot be decoded (" + e.getClass().getSimpleName() + ")"));
        }
      });
      return null;
    });
  }
}
