package com.oriflame.privacy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A permit kept in a subject's snapshot is reused only inside the interval it was decided in: the
 * end of a retention period is an edge, so the same question asked past it is decided anew. Random
 * histories rarely reach a retention end (see {@code FastPathAgreementTest}); this pins one.
 */
class FastPathEdgesTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2031-01-01T00:00:00Z");
  private final PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock)
      .cacheExpiry(Duration.ofDays(1)).build();
  private final SubjectId subject = SubjectId.of("former-consultant");

  @Test
  @Tag("R29")
  @DisplayName("R29 a kept permit is not reused past the end of the retention period (5 years after the contract ended)")
  void retentionEndIsAnEdge() {
    Instant ended = Instant.parse("2020-06-01T00:00:00Z");
    engine.subjects().save(SubjectProfile.builder(subject).birthDate(LocalDate.of(1980, 1, 1))
        .contract(Contract.since(Instant.parse("2019-01-01T00:00:00Z")).withEnd(ended))
        .providedCategories(policy.categories("identity")).build(), Instant.parse("2019-01-01T00:00:00Z"));
    Request tax = Request.of(subject, policy.purpose("legal.tax-and-statistics"), policy.categories("identity.full-name"));
    Decision within = engine.check(tax.withInstant(Instant.parse("2025-05-01T00:00:00Z")));
    assertTrue(within.permitted(), within.explain(Language.EN));
    assertTrue(engine.check(tax.withInstant(Instant.parse("2025-05-02T00:00:00Z"))).permitted(), "same interval, kept permit");
    Decision past = engine.check(tax.withInstant(Instant.parse("2025-07-01T00:00:00Z")));
    assertFalse(past.permitted(), "retention ran out on 2025-06-01: " + past.explain(Language.EN));
    assertTrue(engine.check(tax.withInstant(Instant.parse("2025-05-03T00:00:00Z"))).permitted(), "before the edge again");
  }
}
