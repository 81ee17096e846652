package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Revisions loaded together and the diff between them (§9, R34). */
class PolicyHistoryTest {
  /** The second example revision of the bundled policy, shipped in the test resources. */
  static final String REV2 = "/com/oriflame/privacy/policy/oriflame-kg-2017-rev2.json";

  private final Policy rev1 = Policies.oriflameKyrgyzstan2017();
  private final Policy rev2 = Policies.loadResource(REV2);

  private static PolicyDelta only(PolicyDiff diff, String element, String field) {
    List<PolicyDelta> found = diff.changes().stream().filter(c -> c.element().equals(element) && c.field().equals(field)).toList();
    assertEquals(1, found.size(), () -> element + " " + field + " in\n" + diff.describe());
    return found.get(0);
  }

  @Test
  @Tag("R34")
  @DisplayName("R34 the example revision 2 widens SMS marketing (re-consent) and adds a consent-based purpose (first consent)")
  void exampleRevision() {
    PolicyHistory history = PolicyHistory.of(rev2, rev1);
    assertEquals(List.of("1", "2"), history.versions());
    assertEquals(rev2, history.current());
    PolicyDiff diff = history.latestDiff();
    assertEquals("1", diff.from().version());
    assertEquals("2", diff.to().version());
    assertTrue(diff.widens(), diff::describe);
    PolicyDelta sms = only(diff, "marketing.similar-goods.sms", "categories");
    assertEquals(Set.of("identity.birth-date"), sms.added());
    assertTrue(sms.widening());
    assertEquals(PolicyDelta.Effect.RECONSENT, sms.effect());
    PolicyDelta messenger = only(diff, "marketing.similar-goods.messenger", "");
    assertEquals(PolicyDelta.Kind.ADDED, messenger.kind());
    assertEquals(PolicyDelta.Effect.NEW_CONSENT, messenger.effect());
    assertEquals(Set.of(PurposeId.of("marketing.similar-goods.sms")), diff.reconsentPurposes());
    assertEquals(Set.of(PurposeId.of("marketing.similar-goods.messenger")), diff.newConsentPurposes());
    assertEquals(Set.of(), diff.undeclaredWidenings(rev2), "revision 2 declares its widening");
    assertEquals(2, diff.changes().size(), diff::describe);
  }

  @Test
  @Tag("R34")
  @DisplayName("R34 a widening the revision does not declare is reported; the engine would let old consents stand")
  void undeclared() {
    Purpose email = rev1.purpose("marketing.similar-goods.email");
    Policy wider = rev1.toBuilder().version("1a").purposes(rev1.purposes().list().stream()
        .map(p -> p.id().equals(email.id()) ? p.toBuilder().recipients(Set.of(RecipientId.of("messaging-providers"),
            RecipientId.of("third-party-marketers"))).build() : p).toList()).build();
    PolicyDiff diff = PolicyDiff.between(rev1, wider);
    assertEquals(Set.of(email.id()), diff.reconsentPurposes());
    assertEquals(Set.of(email.id()), diff.undeclaredWidenings(wider));
  }

  @Test
  @Tag("R34")
  @DisplayName("R34 narrowings change nothing on record; widenings of non-consent terms are notices")
  void narrowingsAndNotices() {
    Purpose network = rev1.purpose("network.management");
    Purpose sms = rev1.purpose("marketing.similar-goods.sms");
    RetentionRuleId technical = RetentionRuleId.of("retention.technical-data");
    Policy changed = rev1.toBuilder().version("1b")
        .purposes(rev1.purposes().list().stream().map(p -> p.id().equals(sms.id())
            ? p.toBuilder().categories(Set.of(CategoryId.of("identity.full-name"), CategoryId.of("contact.mobile-phone"))).build()
            : p.id().equals(network.id()) ? p.toBuilder().operations(Set.of(Operation.values())).build() : p).toList())
        .build()
        .withRetentionPeriod(technical, Period.ofMonths(25));
    PolicyDiff diff = PolicyDiff.between(rev1, changed);
    PolicyDelta narrowed = only(diff, sms.id().value(), "categories");
    assertFalse(narrowed.widening());
    assertEquals(PolicyDelta.Effect.NONE, narrowed.effect());
    PolicyDelta operations = only(diff, network.id().value(), "operations");
    assertTrue(operations.widening());
    assertEquals(PolicyDelta.Effect.NOTICE, operations.effect(), "network management rests on the contract");
    PolicyDelta longer = only(diff, technical.value(), "period");
    assertTrue(longer.widening());
    assertEquals(Set.of("P25M"), longer.added());
    assertEquals(Set.of(), diff.reconsentPurposes());
    assertTrue(diff.needsNotice());
  }

  @Test
  @DisplayName("a history refuses other policies, duplicate versions and an empty list; diff runs forward only")
  void badInput() {
    assertThrows(IllegalArgumentException.class, () -> PolicyHistory.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> PolicyHistory.of(rev1, rev1));
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> PolicyHistory.of(rev1, rev2.toBuilder().id("other-policy").build()));
    assertTrue(other.getMessage().contains("other-policy"), other::getMessage);
    PolicyHistory history = PolicyHistory.of(rev1, rev2);
    assertThrows(IllegalArgumentException.class, () -> history.diff("2", "1"));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> history.revision("3"));
    assertTrue(missing.getMessage().contains("[1, 2]"), missing::getMessage);
    assertThrows(IllegalStateException.class, () -> PolicyHistory.of(rev1).latestDiff());
  }
}
