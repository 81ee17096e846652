package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.PurposeId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The marketing objection of §6.1 (R10). */
class ObjectionRulesTest extends RuleTestBase {

  @Test
  @Tag("R10")
  @DisplayName("R10 the marketing objection blocks every marketing-type purpose from its instant on, never contract or legal ones")
  void marketingObjection() {
    engine.consents().grant(subject, Set.of(PurposeId.of("marketing.similar-goods.email")), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    engine.consents().object(subject, policy.objection("objection.marketing"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    Decision email = engine.check(Request.of(subject, policy.purpose("marketing.similar-goods.email"), policy.categories("contact.email"))
        .withProductLine("skin-care"));
    assertTrue(codes(email).contains(ReasonCode.OBJECTION_RAISED), email::toString);
    assertEquals("R10", reason(email, ReasonCode.OBJECTION_RAISED).rule());
    assertEquals(Set.of(ReasonCode.OBJECTION_RAISED), codes(check("marketing.recommendations", Operation.USE, null,
        "commerce.purchase-history")));
    assertEquals(Set.of(ReasonCode.OBJECTION_RAISED), codes(check("advertising.measurement", Operation.USE, null,
        "behaviour.clickstream")));
    assertTrue(codes(check("marketing.third-party", Operation.DISSEMINATION, "third-party-marketers", "contact.email"))
        .contains(ReasonCode.OBJECTION_RAISED));
    assertTrue(check("contract.performance", Operation.USE, null, "contact.email").permitted());
    assertTrue(check("contract.rewards", Operation.USE, null, "financial.bank-details").permitted());
    assertTrue(check("legal.tax-and-statistics", Operation.USE, null, "identity.tax-id").permitted());
    assertTrue(engine.check(request("marketing.recommendations", Operation.USE, null, "commerce.purchase-history")
        .withInstant(NOW.minusSeconds(1))).permitted(), "it takes effect from its recorded instant");
    engine.consents().liftObjection(subject, Set.of(policy.objection("objection.marketing").id()), Evidence.of(Channel.PHONE, "c"));
    assertTrue(check("marketing.recommendations", Operation.USE, null, "commerce.purchase-history").permitted());
  }
}
