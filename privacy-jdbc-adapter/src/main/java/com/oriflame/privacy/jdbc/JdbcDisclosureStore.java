package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.disclosure.DisclosedRecipient;
import com.oriflame.privacy.disclosure.Disclosure;
import com.oriflame.privacy.disclosure.DisclosureCodec;
import com.oriflame.privacy.disclosure.SubjectNotice;
import com.oriflame.privacy.policy.RecipientId;
import com.oriflame.privacy.spi.DisclosureStore;
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
 * The disclosure log (migration V8): one row per disclosure, its {@link DisclosureCodec} form in
 * {@code payload} and the columns queries select on beside it. Lists are sorted in Java (instant,
 * then id), so the order does not depend on the database's collation. {@link #scan} checks that
 * the columns still agree with the payload, so an edit of a column alone is found too.
 */
final class JdbcDisclosureStore implements DisclosureStore {
  private static final Comparator<Disclosure> ORDER = Comparator.comparing(Disclosure::at).thenComparing(Disclosure::id);
  private static final String COLUMNS = "disclosure_id, subject_id, recipient_id, country, cross_border, disclosed_at,"
      + " notice_required, notice_sent_at, payload";

  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;

  JdbcDisclosureStore(Sql sql, JdbcAuditLog audit) {
    this.sql = sql;
    this.t = sql.tables();
    this.audit = audit;
  }

  @Override
  public Disclosure record(Disclosure disclosure, AuditDraft draft) {
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(draft, "audit");
    return sql.write("log a disclosure", c -> {
      var head = audit.lockHead(c);
      // the head lock serialises writers, so select-then-insert cannot race another record
      Optional<Row> stored = one(c, disclosure.id());
      if (stored.isPresent()) {
        return stored.get().disclosure;
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.disclosures + " (" + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, disclosure.id());
        ps.setString(2, Keys.encode(disclosure.subject().value()));
        ps.setString(3, disclosure.recipient().value());
        ps.setString(4, disclosure.destinationCountry().orElse(null));
        ps.setBoolean(5, disclosure.crossBorder());
        Sql.setInstant(ps, 6, disclosure.at());
        ps.setBoolean(7, disclosure.noticeRequired());
        Sql.setInstant(ps, 8, null);
        ps.setString(9, Keys.encode(DisclosureCodec.write(disclosure)));
        ps.executeUpdate();
      }
      audit.appendLocked(c, head, draft);
      return disclosure;
    });
  }

  /** A row read back: the disclosure and its notice's sending instant. */
  private record Row(Disclosure disclosure, Instant sentAt) {
    SubjectNotice notice() {
      return new SubjectNotice(disclosure, Optional.ofNullable(sentAt));
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    Disclosure d = DisclosureCodec.read(Keys.decode(rs.getString(9)));
    return new Row(d, Sql.getInstant(rs, 8));
  }

  private Optional<Row> one(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.disclosures + " WHERE disclosure_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    }
  }

  private List<Row> rows(String operation, String where, String value) {
    return sql.read(operation, c -> {
      List<Row> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.disclosures + " WHERE " + where)) {
        ps.setString(1, value);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(row(rs));
          }
        }
      }
      out.sort(Comparator.comparing(Row::disclosure, ORDER));
      return out;
    });
  }

  @Override
  public Optional<Disclosure> find(String id) {
    Objects.requireNonNull(id, "id");
    return sql.read("find a disclosure", c -> one(c, id).map(Row::disclosure));
  }

  @Override
  public List<Disclosure> about(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    return rows("read a subject's disclosures", "subject_id = ?", Keys.encode(subject.value())).stream()
        .map(Row::disclosure).toList();
  }

  @Override
  public List<Disclosure> to(RecipientId recipient) {
    Objects.requireNonNull(recipient, "recipient");
    return rows("read a recipient's disclosures", "recipient_id = ?", recipient.value()).stream().map(Row::disclosure).toList();
  }

  @Override
  public Optional<SubjectNotice> notice(String id) {
    Objects.requireNonNull(id, "id");
    return sql.read("read a notice", c -> one(c, id).filter(r -> r.disclosure.noticeRequired()).map(Row::notice));
  }

  @Override
  public List<SubjectNotice> notices(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    return rows("read a subject's notices", "notice_required = TRUE AND subject_id = ?", Keys.encode(subject.value())).stream()
        .map(Row::notice).toList();
  }

  @Override
  public List<SubjectNotice> pendingNotices(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return sql.read("read pending notices", c -> {
      List<Row> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.disclosures
          + " WHERE notice_required = TRUE AND notice_sent_at IS NULL ORDER BY disclosed_at, disclosure_id"
          + " FETCH FIRST ? ROWS ONLY")) {
        ps.setInt(1, limit);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            out.add(row(rs));
          }
        }
      }
      out.sort(Comparator.comparing(Row::disclosure, ORDER));
      return out.stream().map(Row::notice).toList();
    });
  }

  @Override
  public boolean markNoticeSent(String id, Instant sentAt, AuditDraft draft) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(draft, "audit");
    return sql.write("mark a notice sent", c -> {
      var head = audit.lockHead(c);
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.disclosures
          + " SET notice_sent_at = ? WHERE disclosure_id = ? AND notice_required = TRUE AND notice_sent_at IS NULL")) {
        Sql.setInstant(ps, 1, sentAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        ps.setString(2, id);
        if (ps.executeUpdate() == 0) {
          return false;
        }
      }
      audit.appendLocked(c, head, draft);
      return true;
    });
  }

  @Override
  public List<DisclosedRecipient> disclosedRecipients() {
    return sql.read("summarise disclosures per recipient", c -> {
      List<DisclosedRecipient> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT recipient_id, country, cross_border, COUNT(*), MIN(disclosed_at),"
          + " MAX(disclosed_at) FROM " + t.disclosures + " GROUP BY recipient_id, country, cross_border");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(new DisclosedRecipient(RecipientId.of(rs.getString(1)), Optional.ofNullable(rs.getString(2)), rs.getBoolean(3),
              rs.getLong(4), Sql.getInstant(rs, 5), Sql.getInstant(rs, 6)));
        }
      }
      out.sort(Comparator.comparing((DisclosedRecipient d) -> d.recipient().value())
          .thenComparing(d -> d.country().orElse("")).thenComparing(DisclosedRecipient::crossBorder));
      return List.copyOf(out);
    });
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    sql.read("scan disclosures", c -> {
      Sql.streaming(c, "SELECT " + COLUMNS + " FROM " + t.disclosures, rs -> {
        String key = rs.getString(1);
        try {
          Row r = row(rs);
          Disclosure d = r.disclosure;
          boolean agree = d.id().equals(key) && Keys.encode(d.subject().value()).equals(rs.getString(2))
              && d.recipient().value().equals(rs.getString(3)) && d.destinationCountry().orElse("").equals(
                  Objects.requireNonNullElse(rs.getString(4), "")) && d.crossBorder() == rs.getBoolean(5)
              && d.at().equals(Sql.getInstant(rs, 6)) && d.noticeRequired() == rs.getBoolean(7);
          if (!agree) {
            rows.accept(StoredRow.unreadable(key == null ? "" : key, "its columns disagree with its payload"));
          } else {
            rows.accept(StoredRow.of(key, d.noticeRequired() ? r.notice().canonical() : d.canonical()));
          }
        } catch (RuntimeException e) {
          rows.accept(StoredRow.unreadable(key == null ? "" : key, "it cannot be decoded (" + e.getClass().getSimpleName() + ")"));
        }
      });
      return null;
    });
  }
}
