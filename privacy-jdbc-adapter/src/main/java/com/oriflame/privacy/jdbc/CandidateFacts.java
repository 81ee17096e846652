package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fact rows (migration V4) that a set of events adds: per subject and purpose the first and
 * last explicit grant and the last withdrawal, per subject the first acceptance, per subject and
 * objection the last raise and lift. Rows of one key are merged here, then upserted with {@code
 * LEAST}/{@code GREATEST}, so applying events in any order, or twice, gives the same facts.
 */
final class CandidateFacts {
  /** Consent facts: first grant, last grant, last withdrawal. */
  private final Map<List<String>, Instant[]> consents = new LinkedHashMap<>();
  private final Map<String, Instant> acceptances = new LinkedHashMap<>();
  /** Objection facts: last raised, last lifted. */
  private final Map<List<String>, Instant[]> objections = new LinkedHashMap<>();

  /** Adds the facts of {@code e}; events of browsers and cookie choices add none. */
  void add(ConsentEvent e) {
    if (!(e.holder() instanceof SubjectId subject)) {
      return;
    }
    String s = Keys.encode(subject.value());
    Instant t = e.effectiveAt();
    switch (e.kind()) {
      case CONSENT_GRANTED -> ((ConsentGranted) e).purposes().forEach(p -> grant(s, p, t));
      case CONSENT_WITHDRAWN -> ((ConsentWithdrawn) e).purposes().forEach(p -> consent(s, p)[2] = max(consent(s, p)[2], t));
      case POLICY_ACCEPTED -> {
        PolicyAccepted a = (PolicyAccepted) e;
        acceptances.merge(s, t, CandidateFacts::min);
        a.consents().forEach(p -> grant(s, p, t));
        a.optOuts().forEach(o -> objection(s, o)[0] = max(objection(s, o)[0], t));
      }
      case OBJECTION_RAISED -> ((ObjectionRaised) e).objections().forEach(o -> objection(s, o)[0] = max(objection(s, o)[0], t));
      case OBJECTION_LIFTED -> ((ObjectionLifted) e).objections().forEach(o -> objection(s, o)[1] = max(objection(s, o)[1], t));
      case COOKIES_SET, VISITOR_LINKED -> {
        // no consent or objection fact
      }
    }
  }

  boolean isEmpty() {
    return consents.isEmpty() && acceptances.isEmpty() && objections.isEmpty();
  }

  private void grant(String s, PurposeId p, Instant t) {
    Instant[] f = consent(s, p);
    f[0] = min(f[0], t);
    f[1] = max(f[1], t);
  }

  private Instant[] consent(String s, PurposeId p) {
    return consents.computeIfAbsent(List.of(s, p.value()), k -> new Instant[3]);
  }

  private Instant[] objection(String s, ObjectionId o) {
    return objections.computeIfAbsent(List.of(s, o.value()), k -> new Instant[2]);
  }

  private static Instant min(Instant a, Instant b) {
    return a == null || (b != null && b.isBefore(a)) ? b : a;
  }

  private static Instant max(Instant a, Instant b) {
    return a == null || (b != null && b.isAfter(a)) ? b : a;
  }

  /** Upserts the collected facts in {@code c}'s transaction, one batch per table. */
  void write(Connection c, Tables t, Dialect dialect) throws SQLException {
    if (!consents.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(upsert(dialect, t.consentFacts, List.of("subject_id", "purpose_id"),
          List.of("first_granted_at", "last_granted_at", "last_withdrawn_at"), List.of("LEAST", "GREATEST", "GREATEST")))) {
        for (Map.Entry<List<String>, Instant[]> e : consents.entrySet()) {
          ps.setString(1, e.getKey().get(0));
          ps.setString(2, e.getKey().get(1));
          for (int i = 0; i < 3; i++) {
            Sql.setInstant(ps, 3 + i, e.getValue()[i]);
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    if (!acceptances.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(upsert(dialect, t.acceptanceFacts, List.of("subject_id"),
          List.of("first_accepted_at"), List.of("LEAST")))) {
        for (Map.Entry<String, Instant> e : acceptances.entrySet()) {
          ps.setString(1, e.getKey());
          Sql.setInstant(ps, 2, e.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    if (!objections.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(upsert(dialect, t.objectionFacts, List.of("subject_id", "objection_id"),
          List.of("last_raised_at", "last_lifted_at"), List.of("GREATEST", "GREATEST")))) {
        for (Map.Entry<List<String>, Instant[]> e : objections.entrySet()) {
          ps.setString(1, e.getKey().get(0));
          ps.setString(2, e.getKey().get(1));
          Sql.setInstant(ps, 3, e.getValue()[0]);
          Sql.setInstant(ps, 4, e.getValue()[1]);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  /**
   * An insert-or-merge of one row: key columns bound first, then the instants, each merged with the
   * stored one by {@code LEAST} or {@code GREATEST} ignoring nulls (written with {@code COALESCE}
   * so H2 and PostgreSQL agree).
   */
  static String upsert(Dialect dialect, String table, List<String> keys, List<String> instants, List<String> merges) {
    StringBuilder set = new StringBuilder();
    for (int i = 0; i < instants.size(); i++) {
      String col = instants.get(i);
      String stored = "f." + col;
      String given = dialect == Dialect.POSTGRESQL ? "EXCLUDED." + col : "v." + col;
      set.append(i == 0 ? "" : ", ").append(col).append(" = ").append(merges.get(i)).append("(COALESCE(").append(stored)
          .append(", ").append(given).append("), COALESCE(").append(given).append(", ").append(stored).append("))");
    }
    String columns = String.join(", ", keys) + ", " + String.join(", ", instants);
    if (dialect == Dialect.POSTGRESQL) {
      return "INSERT INTO " + table + " AS f (" + columns + ") VALUES (" + marks(keys.size() + instants.size(), keys.size())
          + ") ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + set;
    }
    StringBuilder on = new StringBuilder();
    for (String k : keys) {
      on.append(on.length() == 0 ? "" : " AND ").append("f.").append(k).append(" = v.").append(k);
    }
    return "MERGE INTO " + table + " f USING (VALUES (" + marks(keys.size() + instants.size(), keys.size()) + ")) v (" + columns
        + ") ON " + on + " WHEN MATCHED THEN UPDATE SET " + set + " WHEN NOT MATCHED THEN INSERT (" + columns + ") VALUES ("
        + columns.replaceAll("(\\w+)", "v.$1") + ")";
  }

  private static String marks(int n, int keys) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ", ").append(i < keys ? "CAST(? AS VARCHAR(600))" : "CAST(? AS TIMESTAMP WITH TIME ZONE)");
    }
    return sb.toString();
  }
}
