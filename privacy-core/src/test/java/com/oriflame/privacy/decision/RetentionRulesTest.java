package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.RetentionRuleId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Retention periods (E6; Law L7; §6.2 and R29 for what holds keep). */
class RetentionRulesTest extends RuleTestBase {
  private static final Instant CLOSED = Instant.parse("2024-01-20T00:00:00Z");

  @Test
  @Tag("R29")
  @DisplayName("E6 R29 after the retention period data is no longer used, but depersonalizing, blocking and destroying it stay permitted")
  void disposalAfterRetention() {
    update(b -> b.accountClosedAt(CLOSED).contract(Contract.since(REGISTERED).withEnd(CLOSED)));
    clock.set("2030-01-01T00:00:00Z");
    Decision use = check("contract.performance", Operation.USE, null, "identity.full-name");
    assertTrue(codes(use).contains(ReasonCode.RETENTION_EXPIRED), use::toString);
    for (Operation op : List.of(Operation.DEPERSONALIZATION, Operation.BLOCKING, Operation.DESTRUCTION)) {
      Decision d = check("contract.performance", op, null, "identity.full-name", "contact.email");
      assertTrue(d.permitted(), () -> op + ": " + d);
      assertEquals(Set.of(ReasonCode.DISPOSAL_DUE), codes(d));
      assertEquals(RetentionRuleId.of("retention.contract-data"), d.reasons().get(0).element().orElseThrow());
      assertTrue(d.reasons().get(0).fact().contains("its action is to depersonalize"), d.reasons().get(0)::fact);
    }
    assertEquals(Set.of(ReasonCode.OPERATION_NOT_IN_PURPOSE, ReasonCode.ACCOUNT_CLOSED, ReasonCode.CONTRACT_ENDED),
        codes(engine.check(request("contract.performance", Operation.DESTRUCTION, null, "identity.full-name").withInstant(NOW))),
        "before the period ends, disposal is judged like any processing");
    update(b -> b.legalHolds(Set.of(HoldReason.LEGAL_COMPLIANCE)));
    Decision held = check("contract.performance", Operation.DESTRUCTION, null, "identity.tax-id");
    assertEquals(Set.of(ReasonCode.LEGAL_HOLD), codes(held), "but never destroyed while a legal hold covers it (§6.2)");
    assertTrue(check("contract.performance", Operation.BLOCKING, null, "identity.tax-id").permitted(), "blocking keeps it");
  }

  @Test
  @DisplayName("E6 a rule running from collection never silently does nothing: without the date the earliest known date is assumed")
  void collectionDateAssumed() {
    clock.set("2025-03-05T00:00:00Z");
    Decision assumed = check("site.security", Operation.USE, null, "device.browser");
    assertEquals(Set.of(ReasonCode.RETENTION_EXPIRED), codes(assumed), assumed::toString);
    assertEquals("retention rule retention.technical-data for category device.browser ran out on 2025-02-02; no collection date"
        + " was given, so the earliest date known (2024-01-02) was assumed", assumed.reasons().get(0).fact());
    assertTrue(engine.check(request("site.security", Operation.USE, null, "device.browser")
        .withDataCollectedAt(Instant.parse("2025-03-01T00:00:00Z"))).permitted(), "with the host's date the data is fresh");
  }

  @Test
  @DisplayName("E6 a rule running from last activity assumes the earliest known date when the host gives none")
  void lastActivityAssumed() {
    engine.consents().grant(subject, policy.purpose("site.interactive-features"), Evidence.of(Channel.ACCOUNT_SETTINGS, "on"));
    clock.set("2026-02-03T00:00:00Z");
    Decision d = check("site.interactive-features", Operation.USE, null, "content.user-submitted");
    assertEquals(Set.of(ReasonCode.RETENTION_EXPIRED), codes(d), d::toString);
    assertTrue(d.reasons().get(0).fact().contains("no last activity date was given"), d.reasons().get(0)::fact);
    update(b -> b.lastActivity(Instant.parse("2026-01-01T00:00:00Z")));
    assertTrue(check("site.interactive-features", Operation.USE, null, "content.user-submitted").permitted());
  }

  @Test
  @DisplayName("E6 without a contract, a rule running from its end counts from the earliest known date")
  void noContractAssumed() {
    SubjectId customer = person("web-customer", b -> b.contract(null));
    register(customer, Registration.through(caf()));
    Request recommend = Request.of(customer, policy.purpose("marketing.recommendations"), policy.categories("identity.full-name"));
    assertTrue(engine.check(recommend).permitted());
    Decision late = engine.check(recommend.withInstant(Instant.parse("2029-01-03T00:00:00Z")));
    assertEquals(Set.of(ReasonCode.RETENTION_EXPIRED), codes(late), late::toString);
    assertTrue(late.reasons().get(0).fact().contains("no contract end date was given"), late.reasons().get(0)::fact);
  }

  @Test
  @Tag("R7")
  @DisplayName("E6 R7 after a marketing consent is withdrawn its contact data is blocked: use denied, blocking permitted")
  void marketingConsentWithdrawalBlocks() {
    Purpose sms = policy.purpose("marketing.similar-goods.sms");
    engine.consents().grant(subject, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
    clock.set("2024-03-01T00:00:00Z");
    engine.consents().withdraw(subject, sms, Evidence.of(Channel.PHONE, "call"));
    Decision use = engine.check(Request.of(subject, sms, policy.categories("contact.mobile-phone")).withProductLine("skin-care"));
    assertEquals(Set.of(ReasonCode.RETENTION_EXPIRED, ReasonCode.CONSENT_WITHDRAWN), codes(use), use::toString);
    assertEquals(RetentionRuleId.of("retention.marketing-consent"), reason(use, ReasonCode.RETENTION_EXPIRED).element().orElseThrow());
    Decision block = engine.check(Request.of(subject, sms, policy.categories("contact.mobile-phone")).withOperation(Operation.BLOCKING));
    assertEquals(Set.of(ReasonCode.DISPOSAL_DUE), codes(block), block::toString);
    assertTrue(block.reasons().get(0).fact().contains("its action is to block"));
    assertTrue(check("contract.performance", Operation.USE, null, "contact.mobile-phone").permitted(),
        "the contract's own use of the phone number is not blocked");
  }
}
