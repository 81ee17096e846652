package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.ChangeRule;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyChange;
import com.oriflame.privacy.policy.PolicyDiff;
import com.oriflame.privacy.policy.PolicyHistory;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.testing.Consultants;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A policy change meets the ledger (§9, R34): the example revision 2 widens SMS marketing, so the
 * subjects whose SMS consent was given under revision 1 must consent again, and decisions name the
 * revision they were made under (R1).
 */
class PolicyChangesTest {
  static final String REV2 = "/com/oriflame/privacy/policy/oriflame-kg-2017-rev2.json";
  static final Instant REGISTERED = Instant.parse("2024-01-02T10:00:00Z");
  static final Instant CHANGED = Instant.parse("2025-03-01T00:00:00Z");

  private final Policy rev1 = Policies.oriflameKyrgyzstan2017();
  private final Policy rev2 = Policies.loadResource(REV2);
  private final MutableClock clock = new MutableClock(Instant.parse("2024-06-01T09:00:00Z"));
  private final InMemoryStores stores = InMemoryStores.create();
  private PrivacyEngine before;
  private PrivacyEngine after;
  private final SubjectId asel = SubjectId.of("asel");
  private final SubjectId bolot = SubjectId.of("bolot");
  private final SubjectId chynara = SubjectId.of("chynara");

  @BeforeEach
  void ledger() {
    before = PrivacyEngine.builder().policy(rev1).stores(stores).clock(clock).build();
    for (SubjectId s : List.of(asel, bolot, chynara)) {
      Consultants.register(before, clock, s, REGISTERED);
    }
    before.consents().grant(asel, rev1.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    before.consents().grant(bolot, rev1.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    before.consents().withdraw(bolot, rev1.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.PHONE, "call 3"));
    before.consents().grant(chynara, rev1.purpose("marketing.similar-goods.email"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    clock.set(CHANGED.plus(Duration.ofDays(1)));
    after = PrivacyEngine.builder().policy(rev2).stores(stores).clock(clock).build();
  }

  @Test
  @Tag("R34")
  @Tag("R1")
  @DisplayName("R34 a revision that widens SMS marketing lists exactly the subjects whose SMS consent predates it; R1 each decision names its revision")
  void widenedPurposeListsWhoMustReconsent() {
    PolicyDiff diff = after.policyChanges().diffFrom(rev1);
    assertEquals(diff, PolicyHistory.of(rev1, rev2).diff("1", "2"));
    List<RevisionNotice> notices = after.policyChanges().notices(diff);
    assertEquals(1, notices.size(), notices::toString);
    RevisionNotice n = notices.get(0);
    assertEquals(asel, n.subject());
    assertEquals(RevisionNotice.Kind.RECONSENT, n.kind());
    assertEquals(Set.of(PurposeId.of("marketing.similar-goods.sms")), n.purposes());
    assertEquals("1", n.sinceVersion());
    assertTrue(n.channels().contains(Channel.ACCOUNT_SETTINGS), n::toString);
    assertEquals(notices, after.policyChanges().notices(diff, List.of(asel, bolot, chynara, SubjectId.of("unknown"))));

    Decision underRev2 = after.check(Consultants.smsAboutSkinCare(rev2, asel));
    assertEquals(Set.of(ReasonCode.RECONSENT_REQUIRED), Set.copyOf(underRev2.reasons().stream().map(r -> r.code()).toList()));
    assertEquals("2", underRev2.revision().version(), "R1");
    Decision underRev1 = before.check(Consultants.smsAboutSkinCare(rev1, asel));
    assertTrue(underRev1.permitted(), underRev1::toString);
    assertEquals("1", underRev1.revision().version(), "R1");
    Decision messenger = after.check(com.oriflame.privacy.decision.Request.of(asel, rev2.purpose("marketing.similar-goods.messenger"),
        rev2.categories("identity.full-name", "contact.mobile-phone")).withProductLine("skin-care"));
    assertTrue(messenger.hasReason(ReasonCode.NO_CONSENT), "the added purpose needs a first consent: " + messenger);

    after.consents().grant(asel, rev2.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    assertEquals(List.of(), after.policyChanges().notices(diff), "consented again under revision 2");
    assertTrue(after.check(Consultants.smsAboutSkinCare(rev2, asel)).permitted());
  }

  @Test
  @Tag("R34")
  @DisplayName("R34 a widening that rests on acceptance is announced to every subject who accepted an older revision")
  void noticeOfAcceptedChange() {
    List<PolicyChange> history = new ArrayList<>(rev1.changes().history());
    history.add(new PolicyChange("1.1", LocalDate.of(2025, 3, 1), Set.of(), Labels.of("тармак кеңейди", "управление сетью расширено", "network management widened")));
    Policy wider = rev1.toBuilder().version("1.1").effectiveDate(LocalDate.of(2025, 3, 1))
        .purposes(rev1.purposes().list().stream().map(p -> p.id().value().equals("network.management")
            ? p.toBuilder().operations(Set.of(Operation.values())).build() : p).toList())
        .changes(new ChangeRule(rev1.changes().clauses(), rev1.changes().announcementChannels(), true, true, history)).build();
    PrivacyEngine engine = PrivacyEngine.builder().policy(wider).stores(stores).clock(clock).build();
    PolicyDiff diff = engine.policyChanges().diffFrom(rev1);
    assertTrue(diff.needsNotice());
    List<RevisionNotice> notices = engine.policyChanges().notices(diff);
    assertEquals(List.of(asel, bolot, chynara), notices.stream().map(RevisionNotice::subject).toList());
    assertTrue(notices.stream().allMatch(x -> x.kind() == RevisionNotice.Kind.NOTICE && x.sinceVersion().equals("1")
        && x.channels().equals(rev1.changes().announcementChannels())), notices::toString);
  }

  @Test
  @DisplayName("notices are computed under the revision the engine runs; another diff is refused")
  void diffMustLeadToTheEngine() {
    PolicyDiff backwards = PolicyDiff.between(rev2, rev1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> after.policyChanges().notices(backwards));
    assertTrue(e.getMessage().startsWith("diff"), e::getMessage);
    assertFalse(after.policyChanges().diffFrom(rev1).changes().isEmpty());
  }
}
