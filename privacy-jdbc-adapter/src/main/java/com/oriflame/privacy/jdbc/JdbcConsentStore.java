package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventCodec;
import com.oriflame.privacy.consent.EventConflictException;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.CandidateQuery;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.StoredRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Consent events in one table, one row per event: indexed key columns for lookups, the whole event
 * as JSON for exact round trips. Reads are sorted in {@link ConsentEvent#ORDER} after decoding.
 */
final class JdbcConsentStore implements ConsentStore {
  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;
  private final Dialect dialect;
  /** Set once the fact tables are seen complete; they never become incomplete again. */
  private volatile boolean factsComplete;

  private final JdbcChangeFeed changes;

  JdbcConsentStore(Sql sql, JdbcAuditLog audit, Dialect dialect, JdbcChangeFeed changes) {
    this.sql = sql;
    this.changes = changes;
    this.t = sql.tables();
    this.audit = audit;
    this.dialect = dialect;
  }

  @Override
  public AppendResult append(ConsentEvent event, AuditDraft draft) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(draft, "audit");
    String payload = EventCodec.write(event);
    return sql.write("append a consent event", c -> {
      var head = audit.lockHead(c);
      Optional<ConsentEvent> stored = find(c, event.id());
      if (stored.isPresent()) {
        if (!stored.get().equals(event)) {
          throw new EventConflictException(event.id());
        }
        return new AppendResult(stored.get(), false);
      }
      insert(c, t, event, payload);
      CandidateFacts facts = new CandidateFacts();
      facts.add(event);
      facts.write(c, t, dialect);
      long seq = audit.appendLocked(c, head, draft).sequence();
      if (event.holder() instanceof SubjectId s) {
        changes.touch(c, List.of(s), seq);
      }
      return new AppendResult(event, true);
    });
  }

  /**
   * One transaction, the chain head locked once: looks up the batch's ids, inserts the new events
   * in one batch, their facts in one batch per fact table, and their audit records in one batch.
   */
  @Override
  public List<AppendResult> appendAll(List<Append> batch) {
    Objects.requireNonNull(batch, "batch");
    List<Append> entries = List.copyOf(batch);
    if (entries.isEmpty()) {
      return List.of();
    }
    return sql.write("append consent events in a batch", c -> {
      ChainHead head = audit.lockHead(c);
      Map<EventId, ConsentEvent> stored = findAll(c, entries);
      Map<EventId, ConsentEvent> seen = new HashMap<>();
      List<AppendResult> results = new ArrayList<>(entries.size());
      List<AuditDraft> drafts = new ArrayList<>();
      CandidateFacts facts = new CandidateFacts();
      try (PreparedStatement ps = c.prepareStatement(insertSql(t))) {
        for (Append a : entries) {
          ConsentEvent e = a.event();
          ConsentEvent earlier = stored.containsKey(e.id()) ? stored.get(e.id()) : seen.get(e.id());
          if (earlier != null) {
            if (!earlier.equals(e)) {
              throw new EventConflictException(e.id());
            }
            results.add(new AppendResult(earlier, false));
            continue;
          }
          seen.put(e.id(), e);
          bind(ps, e, EventCodec.write(e));
          ps.addBatch();
          facts.add(e);
          drafts.add(a.audit());
          results.add(new AppendResult(e, true));
        }
        if (!drafts.isEmpty()) {
          ps.executeBatch();
        }
      }
      facts.write(c, t, dialect);
      long seq = audit.appendAllLocked(c, head, drafts).sequence();
      Set<SubjectId> touched = new HashSet<>();
      for (AppendResult r : results) {
        if (r.appended() && r.event().holder() instanceof SubjectId s) {
          touched.add(s);
        }
      }
      changes.touch(c, touched, seq);
      return results;
    });
  }

  /** @return the stored events among the batch's ids, by id */
  private Map<EventId, ConsentEvent> findAll(Connection c, List<Append> entries) throws SQLException {
    Map<EventId, ConsentEvent> found = new HashMap<>();
    List<String> keys = new ArrayList<>(new LinkedHashSet<>(entries.stream().map(a -> Keys.encode(a.event().id().value())).toList()));
    dialect.byKeyBatches(c, keys, "SELECT " + ROW + " FROM " + dialect.keyTable() + " JOIN " + t.events + " e ON e.event_id = u.id",
        rs -> {
          ConsentEvent e = checked(rs);
          found.put(e.id(), e);
        });
    return found;
  }

  /**
   * The test of {@link CandidateQuery} as one query per batch of {@value Dialect#KEY_BATCH}
   * subjects: the batch's ids as an array parameter, joined to the fact tables by their primary
   * keys. While the facts are incomplete (a database migrated to V4 with events, before {@link
   * JdbcStores#rebuildFacts()}), nobody is ruled out.
   */
  @Override
  public Set<SubjectId> candidates(CandidateQuery query, Collection<SubjectId> among) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(among, "among");
    Map<String, SubjectId> byKey = new LinkedHashMap<>();
    for (SubjectId s : among) {
      byKey.putIfAbsent(Keys.encode(Objects.requireNonNull(s, "among contains null").value()), s);
    }
    if (byKey.isEmpty()) {
      return new LinkedHashSet<>();
    }
    List<String> keys = new ArrayList<>(byKey.keySet());
    Set<String> kept = sql.read("select candidates", c -> {
      if (!factsComplete(c)) {
        return new HashSet<>(keys);
      }
      String query0 = candidatesSql(query);
      Set<String> result = new HashSet<>();
      dialect.byKeyBatches(c, keys, query0, ps -> {
        int i = 2;
        if (query.consentRequired()) {
          ps.setString(i++, query.purpose().value());
          for (int k = 0; k < (query.grantedByAcceptance() ? 3 : 2); k++) {
            Sql.setInstant(ps, i++, query.at());
          }
        }
        for (ObjectionId o : sorted(query.blockingObjections())) {
          ps.setString(i++, o.value());
        }
        if (!query.blockingObjections().isEmpty()) {
          Sql.setInstant(ps, i, query.at());
        }
      }, rs -> result.add(rs.getString(1)));
      return result;
    });
    Set<SubjectId> candidates = new LinkedHashSet<>();
    byKey.forEach((key, subject) -> {
      if (kept.contains(key)) {
        candidates.add(subject);
      }
    });
    return candidates;
  }

  private static List<ObjectionId> sorted(Set<ObjectionId> objections) {
    return objections.stream().sorted(java.util.Comparator.comparing(ObjectionId::value)).toList();
  }

  /** The statement {@link #candidates} runs per batch; parameters: ids, then purpose and instants, then objections and instant. */
  String candidatesSql(CandidateQuery q) {
    StringBuilder sb = new StringBuilder("SELECT u.id FROM ").append(dialect.keyTable());
    List<String> where = new ArrayList<>();
    if (q.consentRequired()) {
      sb.append(" LEFT JOIN ").append(t.consentFacts).append(" f ON f.subject_id = u.id AND f.purpose_id = ?");
      if (q.grantedByAcceptance()) {
        sb.append(" LEFT JOIN ").append(t.acceptanceFacts).append(" a ON a.subject_id = u.id");
        where.add("(f.first_granted_at <= ? OR a.first_accepted_at <= ?)");
      } else {
        where.add("f.first_granted_at <= ?");
      }
      where.add("NOT (f.last_withdrawn_at IS NOT NULL AND f.last_withdrawn_at <= ?"
          + " AND (f.last_granted_at IS NULL OR f.last_withdrawn_at > f.last_granted_at))");
    }
    if (!q.blockingObjections().isEmpty()) {
      String marks = String.join(", ", java.util.Collections.nCopies(q.blockingObjections().size(), "?"));
      where.add("NOT EXISTS (SELECT 1 FROM " + t.objectionFacts + " o WHERE o.subject_id = u.id AND o.objection_id IN (" + marks
          + ") AND o.last_raised_at <= ? AND (o.last_lifted_at IS NULL OR o.last_lifted_at < o.last_raised_at))");
    }
    if (!where.isEmpty()) {
      sb.append(" WHERE ").append(String.join(" AND ", where));
    }
    return sb.toString();
  }

  private boolean factsComplete(Connection c) throws SQLException {
    if (factsComplete) {
      return true;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT complete FROM " + t.factsState + " WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      factsComplete = rs.next() && rs.getBoolean(1);
      return factsComplete;
    }
  }

  /**
   * Rebuilds the fact tables from every stored event in one transaction under the chain head lock
   * (writers wait meanwhile) and marks them complete.
   *
   * @return the number of events read
   */
  long rebuildFacts() {
    return sql.write("rebuild the candidate facts", c -> {
      audit.lockHead(c);
      for (String table : List.of(t.consentFacts, t.acceptanceFacts, t.objectionFacts)) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
          ps.executeUpdate();
        }
      }
      long n = 0;
      CandidateFacts facts = new CandidateFacts();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW + " FROM " + t.events)) {
        ps.setFetchSize(500);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            facts.add(checked(rs));
            n++;
          }
        }
      }
      facts.write(c, t, dialect);
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.factsState + " SET complete = TRUE WHERE id = 1")) {
        ps.executeUpdate();
      }
      factsComplete = true;
      return n;
    });
  }

  /** @return whether the fact tables cover every stored event */
  boolean factsComplete() {
    return sql.read("read the candidate facts state", this::factsComplete);
  }

  /** Inserts the row of {@code event}, whose canonical form is {@code payload}, with its index columns. */
  static void insert(Connection c, Tables t, ConsentEvent event, String payload) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(insertSql(t))) {
      bind(ps, event, payload);
      ps.executeUpdate();
    }
  }

  private static String insertSql(Tables t) {
    return "INSERT INTO " + t.events
        + " (event_id, holder_kind, holder_id, linked_browser, event_type, actor, policy_version, effective_at, recorded_at, payload)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  }

  private static void bind(PreparedStatement ps, ConsentEvent event, String payload) throws SQLException {
    ps.setString(1, Keys.encode(event.id().value()));
    ps.setString(2, kind(event.holder()));
    ps.setString(3, Keys.encode(event.holder().value()));
    ps.setString(4, event.linkedBrowser().map(b -> Keys.encode(b.value())).orElse(null));
    ps.setString(5, event.type());
    ps.setString(6, event.evidence().actor().name());
    ps.setString(7, event.policyVersion());
    Sql.setInstant(ps, 8, event.effectiveAt());
    Sql.setInstant(ps, 9, event.recordedAt());
    ps.setString(10, payload);
  }

  /** The columns {@link #checked} reads, in its order. */
  private static final String ROW = "event_id, holder_kind, holder_id, linked_browser, payload";

  /**
   * Decodes a stored event with {@link EventCodec} and checks that its key columns agree with it,
   * so an event moved to another holder by editing only the index columns is not served to that
   * holder. A row that cannot be read throws; {@link Sql} turns that into a {@link
   * com.oriflame.privacy.spi.StoreException} without the stored values.
   */
  private static ConsentEvent checked(ResultSet rs) throws SQLException {
    ConsentEvent e = EventCodec.read(rs.getString(5));
    boolean agrees = Keys.encode(e.id().value()).equals(rs.getString(1))
        && kind(e.holder()).equals(rs.getString(2))
        && Keys.encode(e.holder().value()).equals(rs.getString(3))
        && Objects.equals(e.linkedBrowser().map(b -> Keys.encode(b.value())).orElse(null), rs.getString(4));
    if (!agrees) {
      throw new IllegalStateException("a stored consent event disagrees with the key columns of its row");
    }
    return e;
  }

  private static String kind(Holder holder) {
    return holder instanceof SubjectId ? "S" : "B";
  }

  private Optional<ConsentEvent> find(Connection c, EventId id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW + " FROM " + t.events + " WHERE event_id = ?")) {
      ps.setString(1, Keys.encode(id.value()));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(checked(rs)) : Optional.empty();
      }
    }
  }

  @Override
  public List<ConsentEvent> events(Holder holder) {
    return sql.read("read consent events", c -> {
      List<ConsentEvent> events = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW + " FROM " + t.events + " WHERE holder_kind = ? AND holder_id = ?")) {
        ps.setString(1, kind(holder));
        ps.setString(2, Keys.encode(holder.value()));
        collect(ps, events);
      }
      if (holder instanceof BrowserId) {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW + " FROM " + t.events + " WHERE linked_browser = ?")) {
          ps.setString(1, Keys.encode(holder.value()));
          collect(ps, events);
        }
      }
      events.sort(ConsentEvent.ORDER);
      return events;
    });
  }

  private static void collect(PreparedStatement ps, List<ConsentEvent> into) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        into.add(checked(rs));
      }
    }
  }

  @Override
  public Map<SubjectId, List<ConsentEvent>> events(Collection<SubjectId> subjects) {
    List<SubjectId> ids = new ArrayList<>(new LinkedHashSet<>(subjects));
    Map<SubjectId, List<ConsentEvent>> found = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    sql.read("read consent events in bulk", c -> {
      dialect.byKeyBatches(c, Keys.ofSubjects(ids), "SELECT " + ROW + " FROM " + dialect.keyTable() + " JOIN " + t.events
          + " e ON e.holder_kind = 'S' AND e.holder_id = u.id", rs -> {
            ConsentEvent e = checked(rs);
            found.computeIfAbsent((SubjectId) e.holder(), k -> new ArrayList<>()).add(e);
          });
      return null;
    });
    Map<SubjectId, List<ConsentEvent>> ordered = new LinkedHashMap<>();
    for (SubjectId s : ids) {
      List<ConsentEvent> list = found.get(s);
      if (list != null) {
        list.sort(ConsentEvent.ORDER);
        ordered.put(s, list);
      }
    }
    return ordered;
  }

  @Override
  public Optional<ConsentEvent> find(EventId id) {
    return sql.read("find a consent event", c -> find(c, id));
  }

  @Override
  public Set<SubjectId> subjectsActedForBy(Actor actor) {
    return sql.read("list subjects by acting party", c -> {
      Set<SubjectId> result = new TreeSet<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT holder_id FROM " + t.events
          + " WHERE actor = ? AND holder_kind = 'S'")) {
        ps.setString(1, actor.name());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            result.add(SubjectId.of(Keys.decode(rs.getString(1))));
          }
        }
      }
      return result;
    });
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    sql.read("scan consent events", c -> {
      Sql.streaming(c, "SELECT " + ROW + " FROM " + t.events, rs -> {
        String key;
        try {
          key = Keys.decode(rs.getString(1));
        } catch (RuntimeException e) {
          rows.accept(StoredRow.unreadable("", "its event id cannot be decoded"));
          return;
        }
        try {
          checked(rs);
          rows.accept(StoredRow.of(key, rs.getString(5)));
        } catch (RuntimeException e) {
          boolean ours = e.getMessage() != null && e.getMessage().startsWith("a stored ");
          rows.accept(StoredRow.unreadable(key, ours ? e.getMessage() : "it cannot be decoded (" + e.getClass().getSimpleName() + ")"));
        }
      });
      return null;
    });
  }
}
