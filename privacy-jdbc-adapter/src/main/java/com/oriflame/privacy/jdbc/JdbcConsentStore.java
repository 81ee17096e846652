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
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.StoredRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
  /** IN-list size for bulk reads: a few statements per engine batch, never one per subject. */
  static final int IN_LIST = 500;

  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;

  JdbcConsentStore(Sql sql, JdbcAuditLog audit) {
    this.sql = sql;
    this.t = sql.tables();
    this.audit = audit;
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
      audit.appendLocked(c, head, draft);
      return new AppendResult(event, true);
    });
  }

  /** Inserts the row of {@code event}, whose canonical form is {@code payload}, with its index columns. */
  static void insert(Connection c, Tables t, ConsentEvent event, String payload) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.events
        + " (event_id, holder_kind, holder_id, linked_browser, event_type, actor, policy_version, effective_at, recorded_at, payload)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
      ps.executeUpdate();
    }
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
      for (int from = 0; from < ids.size(); from += IN_LIST) {
        List<SubjectId> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST));
        String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW + " FROM " + t.events
            + " WHERE holder_kind = 'S' AND holder_id IN (" + marks + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, Keys.encode(chunk.get(i).value()));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              ConsentEvent e = checked(rs);
              found.computeIfAbsent((SubjectId) e.holder(), k -> new ArrayList<>()).add(e);
            }
          }
        }
      }
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
