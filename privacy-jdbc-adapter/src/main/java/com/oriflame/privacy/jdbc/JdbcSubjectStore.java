package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.ProfileCodec;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.StoredRow;
import com.oriflame.privacy.spi.SubjectStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Versions of subject profiles, one row per subject and {@code validFrom}; sets and blockings are
 * JSON arrays. Reads sort each history by {@code validFrom} after decoding.
 */
final class JdbcSubjectStore implements SubjectStore {
  private static final String COLUMNS = "subject_id, valid_from, birth_date, contract_start, contract_end, credit_assessment,"
      + " provided, product_lines, open_claim, last_activity, account_closed_at, blocks, erased, legal_holds, restricted_purposes";

  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;
  private final Dialect dialect;
  private final JdbcChangeFeed changes;

  JdbcSubjectStore(Sql sql, JdbcAuditLog audit, Dialect dialect, JdbcChangeFeed changes) {
    this.sql = sql;
    this.t = sql.tables();
    this.audit = audit;
    this.dialect = dialect;
    this.changes = changes;
  }

  @Override
  public Map<SubjectId, List<ProfileVersion>> histories(Collection<SubjectId> ids) {
    List<SubjectId> list = new ArrayList<>(new LinkedHashSet<>(ids));
    Map<SubjectId, List<ProfileVersion>> found = new HashMap<>();
    if (list.isEmpty()) {
      return new LinkedHashMap<>();
    }
    sql.read("read subject profiles", c -> {
      dialect.byKeyBatches(c, Keys.ofSubjects(list), "SELECT " + COLUMNS + " FROM " + dialect.keyTable() + " JOIN "
          + t.subjectVersions + " v ON v.subject_id = u.id", rs -> {
            ProfileVersion v = row(rs);
            found.computeIfAbsent(v.profile().id(), k -> new ArrayList<>()).add(v);
          });
      return null;
    });
    Map<SubjectId, List<ProfileVersion>> ordered = new LinkedHashMap<>();
    for (SubjectId id : list) {
      List<ProfileVersion> history = found.get(id);
      if (history != null) {
        history.sort(Comparator.comparing(ProfileVersion::validFrom));
        ordered.put(id, List.copyOf(history));
      }
    }
    return ordered;
  }

  private static ProfileVersion row(ResultSet rs) throws SQLException {
    Instant start = Sql.getInstant(rs, 4);
    Contract contract = start == null ? null
        : Contract.since(start).withEnd(Sql.getInstant(rs, 5)).withCreditAssessmentRequired(rs.getBoolean(6));
    SubjectProfile profile = SubjectProfile.builder(SubjectId.of(Keys.decode(rs.getString(1))))
        .birthDate(rs.getObject(3, LocalDate.class))
        .contract(contract)
        .providedCategories(RowJson.readStrings(rs.getString(7), CategoryId::of))
        .productLines(RowJson.readStrings(rs.getString(8), s -> s))
        .openMonetaryClaim(rs.getBoolean(9))
        .lastActivity(Sql.getInstant(rs, 10))
        .accountClosedAt(Sql.getInstant(rs, 11))
        .blocks(RowJson.readBlocks(rs.getString(12)))
        .erased(rs.getBoolean(13))
        .legalHolds(RowJson.readStrings(rs.getString(14), HoldReason::valueOf))
        .restrictedPurposes(RowJson.readStrings(rs.getString(15), PurposeId::of))
        .build();
    return new ProfileVersion(Sql.getInstant(rs, 2), profile);
  }

  @Override
  public void save(ProfileVersion version, AuditDraft draft) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(draft, "audit");
    sql.write("save a subject profile", c -> {
      var head = audit.lockHead(c);
      upsert(c, List.of(version));
      changes.touch(c, List.of(version.profile().id()), audit.appendLocked(c, head, draft).sequence());
      return null;
    });
  }

  /** One transaction and one lock of the chain head: an update batch, an insert batch for the new versions, the audit records. */
  @Override
  public void saveAll(List<Save> batch) {
    List<Save> entries = List.copyOf(batch);
    if (entries.isEmpty()) {
      return;
    }
    // a later version of the same subject and instant replaces an earlier one, as saving them in turn would
    Map<List<Object>, ProfileVersion> byKey = new LinkedHashMap<>();
    List<AuditDraft> drafts = new ArrayList<>(entries.size());
    Set<SubjectId> touched = new LinkedHashSet<>();
    for (Save s : entries) {
      byKey.put(List.of(s.version().profile().id(), s.version().validFrom()), s.version());
      drafts.add(s.audit());
      touched.add(s.version().profile().id());
    }
    List<ProfileVersion> versions = new ArrayList<>(byKey.values());
    sql.write("save subject profiles in a batch", c -> {
      ChainHead head = audit.lockHead(c);
      upsert(c, versions);
      changes.touch(c, touched, audit.appendAllLocked(c, head, drafts).sequence());
      return null;
    });
  }

  /** Updates the versions stored at the same instant, inserts the others; the caller holds the head lock, so nothing races. */
  private void upsert(Connection c, List<ProfileVersion> versions) throws SQLException {
    int[] updated;
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.subjectVersions + " SET birth_date = ?, contract_start = ?,"
        + " contract_end = ?, credit_assessment = ?, provided = ?, product_lines = ?, open_claim = ?, last_activity = ?,"
        + " account_closed_at = ?, blocks = ?, erased = ?, legal_holds = ?, restricted_purposes = ?"
        + " WHERE subject_id = ? AND valid_from = ?")) {
      for (ProfileVersion v : versions) {
        bindVersion(ps, v);
        ps.addBatch();
      }
      updated = ps.executeBatch();
    }
    boolean inserts = false;
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.subjectVersions + " (birth_date, contract_start,"
        + " contract_end, credit_assessment, provided, product_lines, open_claim, last_activity, account_closed_at, blocks,"
        + " erased, legal_holds, restricted_purposes, subject_id, valid_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < versions.size(); i++) {
        if (updated[i] == 0) {
          bindVersion(ps, versions.get(i));
          ps.addBatch();
          inserts = true;
        }
      }
      if (inserts) {
        ps.executeBatch();
      }
    }
  }

  private static void bindVersion(PreparedStatement ps, ProfileVersion v) throws SQLException {
    bind(ps, 1, v.profile());
    ps.setString(14, Keys.encode(v.profile().id().value()));
    Sql.setInstant(ps, 15, v.validFrom());
  }

  private static void bind(PreparedStatement ps, int first, SubjectProfile p) throws SQLException {
    Contract contract = p.contract().orElse(null);
    ps.setObject(first, p.birthDate().orElse(null));
    Sql.setInstant(ps, first + 1, contract == null ? null : contract.start());
    Sql.setInstant(ps, first + 2, contract == null ? null : contract.end().orElse(null));
    ps.setBoolean(first + 3, contract != null && contract.creditAssessmentRequired());
    ps.setString(first + 4, RowJson.writeStrings(p.providedCategories()));
    ps.setString(first + 5, RowJson.writeStrings(p.productLines()));
    ps.setBoolean(first + 6, p.openMonetaryClaim());
    Sql.setInstant(ps, first + 7, p.lastActivity().orElse(null));
    Sql.setInstant(ps, first + 8, p.accountClosedAt().orElse(null));
    ps.setString(first + 9, RowJson.writeBlocks(p.blocks()));
    ps.setBoolean(first + 10, p.erased());
    ps.setString(first + 11, RowJson.writeStrings(p.legalHolds()));
    ps.setString(first + 12, RowJson.writeStrings(p.restrictedPurposes()));
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    sql.read("scan subject profiles", c -> {
      Sql.streaming(c, "SELECT " + COLUMNS + " FROM " + t.subjectVersions, rs -> {
        try {
          rows.accept(StoredRow.of("", ProfileCodec.write(row(rs))));
        } catch (RuntimeException e) {
          boolean ours = e.getMessage() != null && e.getMessage().startsWith("a stored ");
          rows.accept(StoredRow.unreadable("", ours ? e.getMessage() : "it cannot be decoded (" + e.getClass().getSimpleName() + ")"));
        }
      });
      return null;
    });
  }

  /** Pages in the order of the stored key, with one indexed query per page. */
  @Override
  public List<SubjectId> subjectIds(SubjectId after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return sql.read("list subjects", c -> {
      List<SubjectId> page = new ArrayList<>(Math.min(limit, 1024));
      try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT subject_id FROM " + t.subjectVersions
          + (after == null ? "" : " WHERE subject_id > ?") + " ORDER BY subject_id LIMIT " + limit)) {
        if (after != null) {
          ps.setString(1, Keys.encode(after.value()));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            page.add(SubjectId.of(Keys.decode(rs.getString(1))));
          }
        }
      }
      return page;
    });
  }
}
