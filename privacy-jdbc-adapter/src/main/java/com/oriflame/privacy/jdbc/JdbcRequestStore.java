package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.rights.RequestCodec;
import com.oriflame.privacy.rights.RequestId;
import com.oriflame.privacy.rights.RequestRecord;
import com.oriflame.privacy.rights.RequestTransition;
import com.oriflame.privacy.spi.RequestStore;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.spi.StoredRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Data-subject requests: one row per request (its canonical form, with the columns the queries
 * need: subject, receipt, expiry and whether it is open) and one row per transition. Writers are
 * serialised by the audit head's lock, so "the next sequence" is checked and written in one step.
 */
final class JdbcRequestStore implements RequestStore {
  private static final String COLUMNS = "r.request_id, r.body, t.seq, t.body";

  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;

  JdbcRequestStore(Sql sql, JdbcAuditLog audit) {
    this.sql = sql;
    this.t = sql.tables();
    this.audit = audit;
  }

  @Override
  public boolean receive(RequestRecord request, AuditDraft draft) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(draft, "audit");
    if (request.transitions().size() != 1) {
      throw new IllegalArgumentException("a received request has exactly one transition, had " + request.transitions().size());
    }
    String body = RequestCodec.write(request);
    RequestTransition first = request.last();
    return sql.write("receive a request", c -> {
      var head = audit.lockHead(c);
      if (lastSequence(c, request.id()) >= 0) {
        return false;
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.requests
          + " (request_id, subject_id, kind, received_at, expires_at, is_open, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, request.id().value());
        ps.setString(2, request.subject().value());
        ps.setString(3, request.kind().name());
        Sql.setInstant(ps, 4, request.receivedAt());
        Sql.setInstant(ps, 5, request.deadline().map(d -> d.expiresAt()).orElse(null));
        ps.setBoolean(6, !first.state().terminal());
        ps.setString(7, body);
        ps.executeUpdate();
      }
      insertTransition(c, request.id(), first);
      audit.appendLocked(c, head, draft);
      return true;
    });
  }

  @Override
  public boolean transition(RequestId id, RequestTransition transition, AuditDraft draft) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(draft, "audit");
    return sql.write("append a request transition", c -> {
      var head = audit.lockHead(c);
      int last = lastSequence(c, id);
      if (last < 1 || transition.sequence() != last + 1) {
        return false;
      }
      insertTransition(c, id, transition);
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.requests + " SET is_open = ? WHERE request_id = ?")) {
        ps.setBoolean(1, !transition.state().terminal());
        ps.setString(2, id.value());
        ps.executeUpdate();
      }
      audit.appendLocked(c, head, draft);
      return true;
    });
  }

  /** @return the last transition's sequence, 0 for a request without transitions, -1 for no request */
  private int lastSequence(Connection c, RequestId id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT MAX(seq) FROM " + t.requestTransitions
        + " WHERE request_id = ?) FROM " + t.requests + " WHERE request_id = ?")) {
      ps.setString(1, id.value());
      ps.setString(2, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return -1;
        }
        int last = rs.getInt(1);
        return rs.wasNull() ? 0 : last;
      }
    }
  }

  private void insertTransition(Connection c, RequestId id, RequestTransition transition) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.requestTransitions
        + " (request_id, seq, state, moved_at, body) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, id.value());
      ps.setInt(2, transition.sequence());
      ps.setString(3, transition.state().name());
      Sql.setInstant(ps, 4, transition.at());
      ps.setString(5, RequestCodec.write(transition));
      ps.executeUpdate();
    }
  }

  @Override
  public Optional<RequestRecord> find(RequestId id) {
    Objects.requireNonNull(id, "id");
    List<RequestRecord> found = query("find a request", " WHERE r.request_id = ?", " ORDER BY t.seq", ps -> ps.setString(1,
        id.value()));
    return found.stream().findFirst();
  }

  @Override
  public List<RequestRecord> forSubject(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    return query("read a subject's requests", " WHERE r.subject_id = ?", " ORDER BY r.received_at, r.request_id, t.seq",
        ps -> ps.setString(1, subject.value()));
  }

  @Override
  public List<RequestRecord> openExpiringBefore(Instant before) {
    Objects.requireNonNull(before, "before");
    return query("read open requests by deadline", " WHERE r.is_open = TRUE AND r.expires_at < ?",
        " ORDER BY r.expires_at, r.request_id, t.seq", ps -> Sql.setInstant(ps, 1, before));
  }

  /** Binds a query's parameters. */
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  /** Requests with their transitions from one join, in the query's order; the ids are compared in Java, not by collation. */
  private List<RequestRecord> query(String operation, String where, String order, Binder binder) {
    return sql.read(operation, c -> {
      Map<String, String> bodies = new LinkedHashMap<>();
      Map<String, List<String>> transitions = new LinkedHashMap<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.requests + " r JOIN "
          + t.requestTransitions + " t ON t.request_id = r.request_id" + where + order)) {
        binder.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String id = rs.getString(1);
            bodies.putIfAbsent(id, rs.getString(2));
            transitions.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(4));
          }
        }
      }
      List<RequestRecord> result = new ArrayList<>(bodies.size());
      for (Map.Entry<String, String> e : bodies.entrySet()) {
        try {
          result.add(RequestCodec.read(e.getValue(), transitions.get(e.getKey())));
        } catch (IllegalArgumentException ex) {
          // no cause: a decoder's cause (e.g. Jackson's) may quote the stored text, which is personal data
          throw new StoreException("a stored request cannot be read (" + ex.getMessage() + ")", null);
        }
      }
      return List.copyOf(result);
    });
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    sql.read("scan requests", c -> {
      Sql.streaming(c, "SELECT r.request_id, r.body, t.seq, t.body FROM " + t.requests + " r LEFT JOIN "
          + t.requestTransitions + " t ON t.request_id = r.request_id ORDER BY r.request_id, t.seq", new Sql.RowSink() {
            private String current;

            @Override
            public void accept(ResultSet rs) throws SQLException {
              String id = rs.getString(1);
              if (!id.equals(current)) {
                current = id;
                rows.accept(form(id, rs.getString(2), true));
              }
              int sequence = rs.getInt(3);
              if (!rs.wasNull()) {
                rows.accept(form(id + "#" + sequence, rs.getString(4), false));
              }
            }
          });
      return null;
    });
  }

  private static StoredRow form(String key, String body, boolean request) {
    try {
      return StoredRow.of(key, request ? RequestCodec.write(RequestCodec.read(body, List.of(RECEIVED)))
          : RequestCodec.write(RequestCodec.readTransition(body)));
    } catch (RuntimeException e) {
      return StoredRow.unreadable(key, "it cannot be decoded (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** A stand-in first transition, so that a request's row is decoded and written back on its own. */
  private static final String RECEIVED = "{\"sequence\":1,\"state\":\"RECEIVED\",\"at\":\"2000-01-01T00:00:00Z\",\"actor\":\"\",\"note\":\"\"}";
}
