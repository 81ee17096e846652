package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.testing.Consultants;
import com.oriflame.privacy.testing.MutableClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad data at rest is contained: a row that no longer reads (edited by hand, written by a buggy
 * tool, or holding an instant outside 1900–9999) denies its own subject only. {@code filter}
 * decides every other subject as {@code check} would, {@code check} denies without throwing, and
 * the ledger's reads throw {@link StoreException} without the stored values. Run on H2 and on
 * PostgreSQL by the subclasses.
 */
abstract class BadRowsChecks {
  private static final Instant REGISTERED = Instant.parse("2024-01-02T10:00:00Z");
  private static final Instant NOW = Instant.parse("2024-02-01T09:00:00Z");
  private static final String SECRET = "Айгүл Асанова";

  /** How a row goes bad. */
  enum Corruption {
    /** The event payload no longer parses. */
    UNPARSEABLE_EVENT(true, p -> "{\"holder\": \"" + SECRET + "\", \"type\": "),
    /** A well-formed payload that names no event kind. */
    UNKNOWN_EVENT_KIND(true, p -> p.replaceFirst("\"type\"\\s*:\\s*\"[^\"]*\"", "\"type\":\"" + SECRET + "\"")),
    /** A parseable payload whose effective instant is in the year 999,999,999. */
    EVENT_INSTANT_FAR_FUTURE(true, p -> p.replaceFirst("(\"effectiveAt\"\\s*:\\s*\")[^\"]*\"", "$1+999999999-12-31T23:59:59Z\"")),
    /** A parseable payload whose recorded instant is in the year 1200. */
    EVENT_INSTANT_FAR_PAST(true, p -> p.replaceFirst("(\"recordedAt\"\\s*:\\s*\")[^\"]*\"", "$1" + "1200-01-01T00:00:00Z\"")),
    /** A profile version whose birth date is in the year 100. */
    PROFILE_BIRTH_DATE(false, null),
    /** A profile version whose blockings no longer parse. */
    PROFILE_BLOCKS(false, null);

    final boolean event;
    final Function<String, String> payload;

    Corruption(boolean event, Function<String, String> payload) {
      this.event = event;
      this.payload = payload;
    }
  }

  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final MutableClock clock = new MutableClock(REGISTERED);
  private final List<SubjectId> subjects = new ArrayList<>();
  private final List<ConsentEvent> grants = new ArrayList<>();
  private DataSource dataSource;
  private Tables tables;
  private PrivacyEngine engine;

  /** @return a data source on a new, empty database or schema */
  abstract DataSource dataSource();

  /** @return migrated stores on {@code ds} */
  abstract JdbcStores stores(DataSource ds);

  @BeforeEach
  void world() {
    dataSource = dataSource();
    JdbcStores stores = stores(dataSource);
    tables = new Tables(stores.schema(), stores.tablePrefix());
    engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).build();
    clock.set(NOW);
    for (int i = 0; i < 5; i++) {
      SubjectId s = Consultants.register(engine, clock, SubjectId.of("consultant-" + i), REGISTERED);
      subjects.add(s);
      grants.add(engine.consents().grant(s, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick")).event());
    }
  }

  private Request smsTo(SubjectId s) {
    return Consultants.smsAboutSkinCare(policy, s);
  }

  private void corrupt(Corruption how, SubjectId s, ConsentEvent grant) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      if (how.event) {
        String payload;
        try (PreparedStatement ps = c.prepareStatement("SELECT payload FROM " + tables.events + " WHERE event_id = ?")) {
          ps.setString(1, Keys.encode(grant.id().value()));
          try (ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next());
            payload = rs.getString(1);
          }
        }
        String bad = how.payload.apply(payload);
        assertFalse(bad.equals(payload), "the corruption changed nothing");
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + tables.events + " SET payload = ? WHERE event_id = ?")) {
          ps.setString(1, bad);
          ps.setString(2, Keys.encode(grant.id().value()));
          assertEquals(1, ps.executeUpdate());
        }
      } else {
        String sql = how == Corruption.PROFILE_BIRTH_DATE
            ? "UPDATE " + tables.subjectVersions + " SET birth_date = ? WHERE subject_id = ?"
            : "UPDATE " + tables.subjectVersions + " SET blocks = ? WHERE subject_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          if (how == Corruption.PROFILE_BIRTH_DATE) {
            ps.setObject(1, LocalDate.of(100, 1, 1));
          } else {
            ps.setString(1, "[{\"ground\": \"" + SECRET + "\"");
          }
          ps.setString(2, Keys.encode(s.value()));
          assertEquals(1, ps.executeUpdate());
        }
      }
    }
  }

  private static void assertContained(StoreException e) {
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertFalse(e.getMessage().contains("consultant-"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Corruption.class)
  void aBadRowDeniesItsSubjectOnly(Corruption how) throws SQLException {
    assertEquals(new LinkedHashSet<>(subjects), engine.filter(subjects, smsTo(subjects.get(0))));
    SubjectId bad = subjects.get(2);
    corrupt(how, bad, grants.get(2));

    Decision d = engine.check(smsTo(bad));
    assertFalse(d.permitted(), d::toString);
    assertTrue(d.reasons().stream().anyMatch(r -> r.code() == ReasonCode.STORE_UNAVAILABLE), d::toString);
    Set<SubjectId> others = new LinkedHashSet<>(subjects);
    others.remove(bad);
    assertEquals(others, engine.filter(subjects, smsTo(subjects.get(0))), "filter decides the others as check does");
    for (SubjectId s : others) {
      assertTrue(engine.check(smsTo(s)).permitted());
    }

    if (how.event) {
      assertContained(assertThrows(StoreException.class, () -> engine.consents().history(bad)));
      assertContained(assertThrows(StoreException.class, () -> engine.consents().state(bad, NOW)));
      assertContained(assertThrows(StoreException.class, () -> engine.consents().append(grants.get(2))));
    } else {
      assertContained(assertThrows(StoreException.class, () -> engine.subjects().history(bad)));
      assertContained(assertThrows(StoreException.class, () -> engine.subjects().find(bad)));
    }
    assertFalse(engine.verifyAudit().intact(), "verification names the edited row");
  }
}
