package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.SubjectStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Subject profiles, one row each; sets are JSON arrays. */
final class JdbcSubjectStore implements SubjectStore {
  private static final String COLUMNS = "subject_id, birth_date, contract_start, contract_end, credit_assessment, provided,"
      + " product_lines, open_claim, last_activity, account_closed_at, blocked, erased, legal_holds, restricted_purposes";

  private final Sql sql;
  private final Tables t;
  private final JdbcAuditLog audit;

  JdbcSubjectStore(Sql sql, JdbcAuditLog audit) {
    this.sql = sql;
    this.t = sql.tables();
    this.audit = audit;
  }

  @Override
  public Optional<SubjectProfile> find(SubjectId id) {
    return Optional.ofNullable(findAll(List.of(id)).get(id));
  }

  @Override
  public Map<SubjectId, SubjectProfile> findAll(Collection<SubjectId> ids) {
    List<SubjectId> list = new ArrayList<>(new LinkedHashSet<>(ids));
    Map<SubjectId, SubjectProfile> found = new LinkedHashMap<>();
    if (list.isEmpty()) {
      return found;
    }
    sql.read("read subject profiles", c -> {
      for (int from = 0; from < list.size(); from += JdbcConsentStore.IN_LIST) {
        List<SubjectId> chunk = list.subList(from, Math.min(list.size(), from + JdbcConsentStore.IN_LIST));
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM " + t.subjects + " WHERE subject_id IN ("
            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setString(i + 1, Keys.encode(chunk.get(i).value()));
          }
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              SubjectProfile p = row(rs);
              found.put(p.id(), p);
            }
          }
        }
      }
      return null;
    });
    Map<SubjectId, SubjectProfile> ordered = new LinkedHashMap<>();
    for (SubjectId id : list) {
      if (found.containsKey(id)) {
        ordered.put(id, found.get(id));
      }
    }
    return ordered;
  }

  private static SubjectProfile row(ResultSet rs) throws SQLException {
    Instant start = Sql.getInstant(rs, 3);
    Contract contract = start == null ? null : new Contract(start, Sql.getInstant(rs, 4), rs.getBoolean(5));
    return new SubjectProfile(
        SubjectId.of(Keys.decode(rs.getString(1))),
        rs.getObject(2, LocalDate.class),
        contract,
        EventJson.readStrings(rs.getString(6), CategoryId::of),
        EventJson.readStrings(rs.getString(7), s -> s),
        rs.getBoolean(8),
        Sql.getInstant(rs, 9),
        Sql.getInstant(rs, 10),
        rs.getBoolean(11),
        rs.getBoolean(12),
        EventJson.readStrings(rs.getString(13), HoldReason::valueOf),
        EventJson.readStrings(rs.getString(14), PurposeId::of));
  }

  @Override
  public void save(SubjectProfile profile, AuditDraft draft) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(draft, "audit");
    sql.write("save a subject profile", c -> {
      var head = audit.lockHead(c);
      int updated;
      try (PreparedStatement ps = c.prepareStatement("UPDATE " + t.subjects + " SET birth_date = ?, contract_start = ?, contract_end = ?,"
          + " credit_assessment = ?, provided = ?, product_lines = ?, open_claim = ?, last_activity = ?, account_closed_at = ?,"
          + " blocked = ?, erased = ?, legal_holds = ?, restricted_purposes = ? WHERE subject_id = ?")) {
        bind(ps, 1, profile);
        ps.setString(14, Keys.encode(profile.id().value()));
        updated = ps.executeUpdate();
      }
      if (updated == 0) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + t.subjects + " (birth_date, contract_start, contract_end,"
            + " credit_assessment, provided, product_lines, open_claim, last_activity, account_closed_at, blocked, erased, legal_holds,"
            + " restricted_purposes, subject_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          bind(ps, 1, profile);
          ps.setString(14, Keys.encode(profile.id().value()));
          ps.executeUpdate();
        }
      }
      audit.appendLocked(c, head, draft);
      return null;
    });
  }

  private static void bind(PreparedStatement ps, int first, SubjectProfile p) throws SQLException {
    Contract contract = p.contract();
    ps.setObject(first, p.birthDate());
    Sql.setInstant(ps, first + 1, contract == null ? null : contract.start());
    Sql.setInstant(ps, first + 2, contract == null ? null : contract.end());
    ps.setBoolean(first + 3, contract != null && contract.creditAssessmentRequired());
    ps.setString(first + 4, EventJson.writeStrings(p.providedCategories()));
    ps.setString(first + 5, EventJson.writeStrings(p.productLines()));
    ps.setBoolean(first + 6, p.openMonetaryClaim());
    Sql.setInstant(ps, first + 7, p.lastActivity());
    Sql.setInstant(ps, first + 8, p.accountClosedAt());
    ps.setBoolean(first + 9, p.blocked());
    ps.setBoolean(first + 10, p.erased());
    ps.setString(first + 11, EventJson.writeStrings(p.legalHolds()));
    ps.setString(first + 12, EventJson.writeStrings(p.restrictedPurposes()));
  }
}
