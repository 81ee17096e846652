package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CrossBorderTransfer;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Transfers abroad (§4, §3.2; R22). */
class TransferRulesTest extends RuleTestBase {
  private Request rewardsAbroad() {
    return request("contract.rewards", Operation.CROSS_BORDER_TRANSFER, "group-companies", "financial.bank-details");
  }

  @Test
  @Tag("R22")
  @DisplayName("R22 a declared transfer to a declared country is permitted and carries the obligation to log it")
  void declaredTransfer() {
    Decision d = engine.check(rewardsAbroad().withDestinationCountry("RU"));
    assertTrue(d.permitted(), d::toString);
    Obligation log = d.obligations().stream().filter(o -> o.kind() == ObligationKind.LOG_CROSS_BORDER).findFirst().orElseThrow();
    assertTrue(log.detail().contains("RU"), log::detail);
    // a supplier abroad whose entry in the policy file lists no logging obligation: the engine adds it
    assertFalse(policy.recipient("partners.logistics").obligations().contains(ObligationKind.LOG_CROSS_BORDER));
    Decision logistics = engine.check(request("contract.performance", Operation.CROSS_BORDER_TRANSFER, "partners.logistics",
        "contact.postal-address").withDestinationCountry("RU"));
    assertTrue(logistics.permitted(), logistics::toString);
    assertTrue(obligations(logistics).contains(ObligationKind.LOG_CROSS_BORDER), logistics.obligations()::toString);
  }

  @Test
  @Tag("R22")
  @DisplayName("R22 a transfer names its destination, and only a country the declaration lists")
  void destinationCountry() {
    Decision none = engine.check(rewardsAbroad());
    assertEquals(Set.of(ReasonCode.DESTINATION_NOT_DECLARED), codes(none), none::toString);
    Decision elsewhere = engine.check(rewardsAbroad().withDestinationCountry("US"));
    assertEquals(Set.of(ReasonCode.DESTINATION_NOT_DECLARED), codes(elsewhere));
    assertEquals("R22", elsewhere.reasons().get(0).rule());
    CrossBorderTransfer declared = policy.transfers().stream().filter(t -> t.id().value().equals("transfer.success-plan-rewards"))
        .findFirst().orElseThrow();
    assertEquals(declared.id(), elsewhere.reasons().get(0).element().orElseThrow());
    assertTrue(elsewhere.reasons().get(0).fact().contains("RU, SE, CH") || elsewhere.reasons().get(0).fact().contains("CH, RU, SE"),
        elsewhere.reasons().get(0)::fact);
  }

  @Test
  @Tag("R22")
  @DisplayName("R22 a transfer the policy does not declare, or to a recipient that is never abroad, is denied")
  void undeclared() {
    Decision carriers = engine.check(request("contract.performance", Operation.CROSS_BORDER_TRANSFER, "partners.carriers",
        "identity.tax-id").withDestinationCountry("RU"));
    assertEquals(Set.of(ReasonCode.TRANSFER_NOT_DECLARED), codes(carriers), carriers::toString);
    Decision document = engine.check(request("contract.performance", Operation.CROSS_BORDER_TRANSFER, "group-companies",
        "identity.document").withDestinationCountry("RU"));
    assertEquals(Set.of(ReasonCode.TRANSFER_NOT_DECLARED), codes(document), "the ID document is in no declaration");
    assertTrue(engine.check(request("contract.performance", Operation.CROSS_BORDER_TRANSFER, "group-companies", "contact.email")
        .withDestinationCountry("SE")).permitted());
  }

  @Test
  @Tag("R22")
  @DisplayName("R22 a transfer resting on the consent given at registration needs that registration")
  void needsRegistration() {
    SubjectId web = person("continued-use", b -> b);
    engine.consents().acceptPolicy(web, Evidence.of(Channel.WEBSITE, "continued use"));
    Decision d = engine.check(request("contract.performance", Operation.CROSS_BORDER_TRANSFER, "partners.logistics",
        "contact.postal-address").withSubject(web).withDestinationCountry("RU"));
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET, ReasonCode.NO_POLICY_ACCEPTANCE), codes(d), d::toString);
    assertTrue(rules(d).contains("R22"));
  }
}
