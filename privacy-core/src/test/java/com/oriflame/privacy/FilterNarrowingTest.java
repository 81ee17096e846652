package com.oriflame.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code filter} asks the store for candidates first (one set-based query on databases) and reads
 * only their records; the rules still decide every candidate. Where the candidates' facts do not
 * tell (the past, a disposal) every subject is read.
 */
class FilterNarrowingTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final MutableClock clock = MutableClock.at("2024-02-01T00:00:00Z");
  private final FailClosedTest.FlakyStores stores = new FailClosedTest.FlakyStores();
  private final PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).build();
  private final SubjectId granted = SubjectId.of("granted");
  private final SubjectId withdrew = SubjectId.of("withdrew");
  private final SubjectId objected = SubjectId.of("objected");
  private final SubjectId never = SubjectId.of("never-granted");
  private final List<SubjectId> base = List.of(granted, withdrew, objected, never);
  private final Instant before;

  FilterNarrowingTest() {
    before = clock.instant();
    for (SubjectId s : base) {
      engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 1, 1))
          .contract(Contract.since(Instant.parse("2024-01-01T00:00:00Z"))).providedCategories(policy.categories("contact"))
          .productLines(List.of("skin-care")).build());
      engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1"));
      if (s != never) {
        engine.consents().grant(s, sms, Evidence.of(Channel.CAF_PAPER, "CAF 1"));
      }
    }
    clock.advance(Duration.ofDays(1));
    engine.consents().withdraw(withdrew, sms, Evidence.of(Channel.EMAIL, "stop"));
    engine.consents().object(objected, policy.objection("objection.marketing"), Evidence.of(Channel.EMAIL, "no ads"));
    stores.bulkReads.clear();
  }

  private Request sms() {
    return Request.of(granted, sms, policy.categories("contact.mobile-phone")).withProductLine("skin-care");
  }

  @Test
  @Tag("R7")
  @Tag("R10")
  @DisplayName("R7 R10 a campaign now reads only the candidates: no consent in force or an objection leaves a subject out unread")
  void narrowsBeforeReading() {
    assertEquals(Set.of(granted), engine.filter(base, sms()));
    assertEquals(List.of(granted), stores.bulkReads);
  }

  @Test
  @DisplayName("a campaign about the past reads every subject: events recorded since may take effect earlier")
  void pastIsNotNarrowed() {
    assertEquals(Set.of(granted, withdrew, objected), engine.filter(base, sms().withInstant(before.plusSeconds(1))));
    assertEquals(base, stores.bulkReads);
  }

  @Test
  @DisplayName("a disposal reads every subject: it may be permitted without consent once the retention period ran out")
  void disposalIsNotNarrowed() {
    engine.filter(base, sms().withOperation(Operation.DESTRUCTION));
    assertEquals(base, stores.bulkReads);
  }
}
