package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Blocking;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RetentionRuleId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The subject's state: account closure and legal holds (§6.2, R29), blocking (R39), erasure, restriction. */
class SubjectStateRulesTest extends RuleTestBase {
  private static final Instant CLOSED = Instant.parse("2024-01-20T00:00:00Z");

  @Test
  @Tag("R29")
  @DisplayName("R29 after account closure only the closure-surviving purposes remain, and legal holds extend only those they serve")
  void accountClosure() {
    update(b -> b.accountClosedAt(CLOSED).contract(Contract.since(REGISTERED).withEnd(CLOSED)));
    Decision performance = check("contract.performance", Operation.USE, null, "contact.email");
    assertEquals(Set.of(ReasonCode.ACCOUNT_CLOSED, ReasonCode.CONTRACT_ENDED), codes(performance));
    assertEquals("R29", reason(performance, ReasonCode.ACCOUNT_CLOSED).rule());
    Decision disputes = check("contract.disputes-and-faults", Operation.USE, null, "contact.email");
    assertEquals(Set.of(ReasonCode.SURVIVES_CLOSURE), codes(disputes), disputes::toString);
    assertTrue(check("legal.tax-and-statistics", Operation.USE, null, "identity.tax-id").permitted());
    clock.set("2030-01-01T00:00:00Z");
    Decision late = check("legal.tax-and-statistics", Operation.USE, null, "identity.tax-id");
    assertEquals(Set.of(ReasonCode.RETENTION_EXPIRED), codes(late), late::toString);
    assertEquals(RetentionRuleId.of("retention.contract-data"), late.reasons().get(0).element().orElseThrow());
    update(b -> b.legalHolds(Set.of(HoldReason.LEGAL_COMPLIANCE)));
    assertTrue(check("legal.tax-and-statistics", Operation.USE, null, "identity.tax-id").permitted(), "a legal hold keeps it");
    update(b -> b.legalHolds(Set.of(HoldReason.DISPUTE)));
    assertEquals(Set.of(ReasonCode.RETENTION_EXPIRED), codes(check("fraud.credit-risk-exchange", Operation.USE, null,
        "identity.full-name")), "a dispute hold does not keep data for fraud prevention");
    assertTrue(check("contract.disputes-and-faults", Operation.USE, null, "identity.full-name").permitted(), "but it does for the dispute");
  }

  @Test
  @Tag("R29")
  @DisplayName("R29 data under a legal hold is not destroyed or depersonalized; it may still be blocked")
  void erasureRefusedWhileHeld() {
    engine.consents().grant(subject, policy.purpose("network.consultant-processing"), Evidence.of(Channel.WRITTEN, "form"));
    update(b -> b.legalHolds(Set.of(HoldReason.LEGAL_COMPLIANCE)));
    Decision destroy = check("network.consultant-processing", Operation.DESTRUCTION, null, "identity.full-name");
    assertEquals(Set.of(ReasonCode.LEGAL_HOLD), codes(destroy), destroy::toString);
    assertEquals("R29", destroy.reasons().get(0).rule());
    assertTrue(destroy.reasons().get(0).fact().contains("legal compliance"), destroy.reasons().get(0)::fact);
    update(b -> b.legalHolds(Set.of()));
    assertTrue(check("network.consultant-processing", Operation.DESTRUCTION, null, "identity.full-name").permitted());
  }

  @Test
  @Tag("R39")
  @DisplayName("R39 a blocked subject's data is kept but not processed; storage, blocking and destruction stay allowed")
  void blockedSubject() {
    update(b -> b.blocked(BlockingGround.INACCURATE));
    Decision use = check("contract.performance", Operation.USE, null, "contact.email");
    assertEquals(Set.of(ReasonCode.SUBJECT_BLOCKED), codes(use));
    assertEquals("R39", use.reasons().get(0).rule());
    assertTrue(check("contract.performance", Operation.STORAGE, null, "contact.email").permitted());
    assertFalse(engine.subjects().find(subject).orElseThrow().erased(), "blocked is not erased");
  }

  @Test
  @Tag("R39")
  @DisplayName("R39 blocking can cover only some categories, with its ground")
  void blockedCategories() {
    update(b -> b.blocks(List.of(Blocking.of(BlockingGround.OUTDATED, policy.categories("contact.postal-address")))));
    assertEquals(Set.of(ReasonCode.SUBJECT_BLOCKED), codes(check("contract.performance", Operation.USE, null,
        "contact.postal-address")));
    assertEquals(Set.of(ReasonCode.SUBJECT_BLOCKED), codes(check("compliance.business-rules", Operation.USE, null, "contact")),
        "a parent category includes the blocked one");
    assertTrue(check("contract.performance", Operation.USE, null, "contact.email").permitted());
  }

  @Test
  @Tag("R39")
  @Tag("R18")
  @DisplayName("R39 R18 while blocked, legal-obligation processing under a legal demand is still permitted")
  void blockedButLegallyDemanded() {
    update(b -> b.blocked(BlockingGround.UNLAWFULLY_OBTAINED));
    Request tax = request("legal.authority-requests", Operation.DISSEMINATION, "authorities", "identity.full-name");
    assertTrue(engine.check(tax.withGround(Ground.legalDemand("court order 7"))).permitted());
    assertTrue(codes(engine.check(request("legal.tax-and-statistics", Operation.USE, null, "identity.tax-id")))
        .contains(ReasonCode.SUBJECT_BLOCKED), "a legal-obligation purpose without a demand stays blocked");
    assertTrue(codes(engine.check(request("legal.enforcement-and-protection", Operation.DISSEMINATION, "authorities",
        "identity.full-name").withGround(Ground.legalDemand("court order 7")))).contains(ReasonCode.SUBJECT_BLOCKED),
        "a demand does not unblock a purpose that is not a legal obligation");
  }

  @Test
  @DisplayName("erased subjects and restricted purposes are denied")
  void erasedAndRestricted() {
    update(b -> b.restrictedPurposes(Set.of(PurposeId.of("network.management"))));
    assertEquals(Set.of(ReasonCode.PURPOSE_RESTRICTED), codes(check("network.management", Operation.USE, null, "contact.email")));
    update(b -> b.erased(true));
    assertTrue(codes(check("contract.performance", Operation.USE, null, "contact.email")).contains(ReasonCode.SUBJECT_ERASED));
  }
}
