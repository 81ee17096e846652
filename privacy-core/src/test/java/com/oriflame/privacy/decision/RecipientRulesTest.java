package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RecipientKind;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Disclosures to the recipients of §3 and their conditions. */
class RecipientRulesTest extends RuleTestBase {

  @Test
  @Tag("R12")
  @DisplayName("R12 the network-sharing opt-out stops disclosure to other network participants only, from its instant")
  void networkSharing() {
    Request share = request("network.management", Operation.DISSEMINATION, "network-participants", "identity.full-name",
        "contact.mobile-phone");
    assertTrue(engine.check(share).permitted());
    engine.consents().object(subject, policy.objection("objection.network-sharing"), Evidence.of(Channel.PHONE, "call-9"));
    Decision after = engine.check(share);
    assertEquals(Set.of(ReasonCode.OBJECTION_RAISED), codes(after));
    assertEquals("R12", after.reasons().get(0).rule());
    assertTrue(engine.check(share.withInstant(NOW.minusSeconds(1))).permitted(), "disclosures before the objection stay lawful");
    assertTrue(check("network.management", Operation.USE, null, "identity.full-name").permitted(), "the company's own use goes on");
    assertEquals(Set.of(ReasonCode.RECIPIENT_MISSING), codes(check("network.management", Operation.DISSEMINATION, null, "contact.email")),
        "a disclosure must name its recipient, so the opt-out cannot be skipped");
  }

  @Test
  @Tag("R13")
  @DisplayName("R13 advertisers get aggregates only: identified and pseudonymised rows are denied")
  void advertisers() {
    Request rows = request("advertising.measurement", Operation.DISSEMINATION, "advertising-agencies", "behaviour.clickstream");
    for (DataForm form : List.of(DataForm.IDENTIFIED, DataForm.PSEUDONYMISED)) {
      Decision d = engine.check(rows.withDataForm(form));
      assertEquals(Set.of(ReasonCode.RECIPIENT_DATA_FORM), codes(d), () -> form + ": " + d);
      assertEquals("R13", d.reasons().get(0).rule());
    }
    Decision aggregate = engine.check(rows.withDataForm(DataForm.AGGREGATE_ONLY));
    assertTrue(aggregate.permitted(), aggregate::toString);
    assertEquals(Set.of(ObligationKind.AGGREGATES_ONLY, ObligationKind.SUPPRESS_SMALL_GROUPS), obligations(aggregate));
    assertEquals("suppress groups smaller than 50 subjects", aggregate.obligations().get(1).detail());
  }

  @Test
  @Tag("R14")
  @DisplayName("R14 a rating agency gets data only when the contract requires a credit assessment")
  void creditAgency() {
    Request ask = request("credit.assessment", Operation.DISSEMINATION, "credit-rating-agencies", "identity.full-name",
        "financial.bank-details");
    Decision denied = engine.check(ask);
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(denied));
    assertEquals("R14", denied.reasons().get(0).rule());
    update(b -> b.contract(engine.subjects().find(subject).orElseThrow().contract().orElseThrow().withCreditAssessmentRequired(true)));
    assertTrue(engine.check(ask).permitted());
  }

  @Test
  @Tag("R16")
  @DisplayName("R16 group companies receive data only for a purpose of §2")
  void groupCompanies() {
    assertTrue(check("contract.rewards", Operation.DISSEMINATION, "group-companies", "financial.bank-details").permitted());
    Purpose enforcement = policy.purpose("legal.enforcement-and-protection"); // cites §3.3 and §6.2, no purpose of §2
    Policy widened = policy.toBuilder().purposes(policy.purposes().stream().map(p -> !p.id().equals(enforcement.id()) ? p
        : p.toBuilder().recipients(Set.of(policy.recipient("authorities").id(), policy.recipient("group-companies").id()))
            .build()).toList()).build();
    PrivacyEngine other = PrivacyEngine.builder().policy(widened).stores(stores).clock(clock).build();
    Decision d = other.check(request("legal.enforcement-and-protection", Operation.DISSEMINATION, "group-companies",
        "contact.email"));
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(d), d::toString);
    assertEquals("R16", d.reasons().get(0).rule());
    assertTrue(d.reasons().get(0).fact().contains("not one of the purposes of §2"), d::toString);
  }

  @Test
  @Tag("R17")
  @DisplayName("R17 data goes to a business buyer only under a recorded transfer in force, named as the ground")
  void businessTransfer() {
    Request sale = request("business.transfer", Operation.DISSEMINATION, "business-buyers", "identity.full-name",
        "commerce.purchase-history");
    Decision none = engine.check(sale);
    assertEquals(Set.of(ReasonCode.NO_BUSINESS_TRANSFER), codes(none), none::toString);
    assertEquals("R17", none.reasons().get(0).rule());
    assertEquals(Set.of(ReasonCode.NO_BUSINESS_TRANSFER), codes(engine.check(sale.withGround(Ground.businessTransfer("transfer.unknown")))));
    engine.businessTransfers().record(BusinessTransfer.open("transfer.retail-unit", "Buyer Holding LLC", "SPA-2024-01",
        Instant.parse("2024-01-15T00:00:00Z")));
    Request underTransfer = sale.withGround(Ground.businessTransfer("transfer.retail-unit"));
    Decision d = engine.check(underTransfer);
    assertTrue(d.permitted(), d::toString);
    assertTrue(obligations(d).contains(ObligationKind.RECORD_DISCLOSURE));
    assertTrue(d.obligations().get(0).detail().contains("business-transfer transfer.retail-unit"), d.obligations()::toString);
    assertFalse(engine.check(underTransfer.withInstant(Instant.parse("2024-01-14T00:00:00Z"))).permitted(), "not before it starts");
    engine.businessTransfers().record(engine.businessTransfers().find("transfer.retail-unit").orElseThrow()
        .withEnd(Instant.parse("2024-01-31T00:00:00Z")));
    assertEquals(Set.of(ReasonCode.NO_BUSINESS_TRANSFER), codes(engine.check(underTransfer)), "ended");
    assertTrue(policy.purposes().stream().filter(p -> p.recipients().stream()
            .anyMatch(r -> policy.recipient(r).kind() == RecipientKind.BUSINESS_BUYER))
        .allMatch(p -> p.id().value().equals("business.transfer")), "no other purpose gives data to buyers; none sells data (§3.1)");
  }

  @Test
  @Tag("R18")
  @DisplayName("R18 authorities get data only on a legal demand or a recorded dispute or fraud case, whatever the purpose")
  void authoritiesNeedAGround() {
    Request enforcement = request("legal.enforcement-and-protection", Operation.DISSEMINATION, "authorities", "identity.full-name");
    Decision bare = engine.check(enforcement);
    assertEquals(Set.of(ReasonCode.NO_LEGAL_GROUND), codes(bare), bare::toString);
    assertEquals("R18", bare.reasons().get(0).rule());
    Decision unrecorded = engine.check(enforcement.withGround(Ground.dispute("case 2-114/2024")));
    assertEquals(Set.of(ReasonCode.NO_LEGAL_GROUND), codes(unrecorded), "a dispute the profile does not record");
    update(b -> b.legalHolds(Set.of(HoldReason.DISPUTE)));
    assertTrue(engine.check(enforcement.withGround(Ground.dispute("case 2-114/2024"))).permitted());
    assertFalse(engine.check(enforcement.withGround(Ground.fraudInvestigation("F-7"))).permitted(), "no fraud case recorded");
    assertTrue(engine.check(enforcement.withGround(Ground.legalDemand("No. 45"))).permitted());
    Request tax = request("legal.tax-and-statistics", Operation.DISSEMINATION, "authorities", "identity.tax-id");
    assertEquals(Set.of(ReasonCode.NO_LEGAL_GROUND), codes(engine.check(tax)));
    Decision demanded = engine.check(tax.withGround(Ground.legalDemand("tax return 2023")));
    assertTrue(demanded.permitted());
    assertTrue(demanded.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.RECORD_DISCLOSURE
        && o.detail().contains("legal-demand tax return 2023")), demanded.obligations()::toString);
  }

  @Test
  @Tag("R18")
  @Tag("R10")
  @DisplayName("R18 R10 legal demands need no consent and survive every objection")
  void legalDemandsSurviveObjections() {
    for (String o : List.of("objection.marketing", "objection.third-party-marketing", "objection.network-sharing")) {
      engine.consents().object(subject, policy.objection(o), Evidence.of(Channel.EMAIL, "m"));
    }
    Request demand = request("legal.authority-requests", Operation.DISSEMINATION, "authorities", "identity.full-name", "contact.email");
    Decision without = engine.check(demand);
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET, ReasonCode.NO_LEGAL_GROUND), codes(without));
    Decision with = engine.check(demand.withGround(Ground.legalDemand("No. 12")));
    assertTrue(with.permitted(), with::toString);
    assertEquals(ReasonCode.LEGAL_OBLIGATION, with.reasons().get(0).code());
    assertTrue(check("fraud.credit-risk-exchange", Operation.DISSEMINATION, "fraud-prevention-partners", "identity.full-name")
        .permitted());
  }

  @Test
  @Tag("R19")
  @DisplayName("R19 debt recovery only while the company has an open monetary claim")
  void debtRecovery() {
    Decision none = check("debt.recovery", Operation.DISSEMINATION, "partners.debt-collection", "financial.bank-details");
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(none));
    assertEquals("R19", none.reasons().get(0).rule());
    update(b -> b.openMonetaryClaim(true));
    assertTrue(check("debt.recovery", Operation.DISSEMINATION, "partners.debt-collection", "financial.bank-details").permitted());
  }

  @Test
  @Tag("R21")
  @DisplayName("R21 data goes to any processor only after the registration acceptance")
  void processors() {
    assertTrue(check("contract.performance", Operation.DISSEMINATION, "partners.carriers", "contact.postal-address").permitted());
    SubjectId web = person("continued-use-only", b -> b);
    engine.consents().acceptPolicy(web, Evidence.of(Channel.WEBSITE, "continued use"));
    Decision carriers = engine.check(request("contract.performance", Operation.DISSEMINATION, "partners.carriers",
        "contact.postal-address").withSubject(web));
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(carriers), carriers::toString);
    assertEquals("R21", carriers.reasons().get(0).rule());
    Decision group = engine.check(request("contract.rewards", Operation.DISSEMINATION, "group-companies",
        "financial.bank-details").withSubject(web));
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(group), group::toString);
    assertTrue(group.reasons().get(0).fact().contains("processor group-companies"), group::toString);
  }

  @Test
  @Tag("R24")
  @DisplayName("R24 disclosures between Consultants over a public network must be encrypted")
  void encryptInTransit() {
    Decision d = check("network.management", Operation.DISSEMINATION, "network-participants", "contact.mobile-phone");
    assertTrue(d.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.ENCRYPT_IN_TRANSIT
        && o.detail().equals("encrypt files of personal data sent over a public network")), d.obligations()::toString);
  }

  @Test
  @Tag("R40")
  @DisplayName("R40 every disclosure to a third party that is not a processor carries the obligation to notify the subject")
  void notifySubject() {
    update(b -> b.openMonetaryClaim(true).contract(engine.subjects().find(subject).orElseThrow().contract()
        .orElseThrow().withCreditAssessmentRequired(true)));
    List<Decision> thirdParties = List.of(
        check("network.management", Operation.DISSEMINATION, "network-participants", "contact.email"),
        check("credit.assessment", Operation.DISSEMINATION, "credit-rating-agencies", "financial.bank-details"),
        check("fraud.credit-risk-exchange", Operation.DISSEMINATION, "fraud-prevention-partners", "identity.full-name"),
        check("marketing.third-party", Operation.DISSEMINATION, "third-party-marketers", "contact.email"),
        engine.check(request("legal.authority-requests", Operation.DISSEMINATION, "authorities", "identity.full-name")
            .withGround(Ground.legalDemand("No. 3"))));
    for (Decision d : thirdParties) {
      assertTrue(d.permitted(), d::toString);
      assertTrue(obligations(d).contains(ObligationKind.NOTIFY_SUBJECT), d::toString);
    }
    for (Decision d : List.of(
        check("contract.performance", Operation.DISSEMINATION, "partners.carriers", "contact.postal-address"),
        check("debt.recovery", Operation.DISSEMINATION, "partners.debt-collection", "financial.bank-details"),
        engine.check(request("advertising.measurement", Operation.DISSEMINATION, "advertising-agencies", "behaviour.clickstream")
            .withDataForm(DataForm.AGGREGATE_ONLY)))) {
      assertTrue(d.permitted(), d::toString);
      assertFalse(obligations(d).contains(ObligationKind.NOTIFY_SUBJECT), () -> "processors and aggregates: " + d);
    }
    for (Recipient r : policy.recipients()) {
      assertEquals(!r.processor() && r.kind() == RecipientKind.THIRD_PARTY_MARKETER, r.obligations().contains(ObligationKind.NOTIFY_SUBJECT),
          r.id()::value);
    }
  }
}
