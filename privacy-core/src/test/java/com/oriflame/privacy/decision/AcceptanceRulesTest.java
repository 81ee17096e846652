package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeTrait;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Acceptance of the policy (§0, §9, Law Art. 9; R2) and minors acting through their guardian (§1.1; R5). */
class AcceptanceRulesTest extends RuleTestBase {

  private SubjectId unregistered() {
    return person("imported-without-caf", b -> b);
  }

  private Decision checkFor(SubjectId s, String purpose, String... categories) {
    return engine.check(Request.of(s, policy.purpose(purpose), policy.categories(categories)));
  }

  @Test
  @Tag("R2")
  @DisplayName("R2 without an acceptance on record nothing runs but legal obligations and what keeps the site safe")
  void noAcceptanceNoProcessing() {
    SubjectId s = unregistered();
    for (Purpose p : policy.purposes()) {
      Decision d = engine.check(Request.of(s, p, Set.of(p.categories().iterator().next()))
          .withOperation(p.operations().iterator().next()).withProductLine("skin-care").withGround(Ground.legalDemand("unnumbered")));
      boolean exempt = p.legalBasis() == LegalBasis.LEGAL_OBLIGATION || p.has(PurposeTrait.STRICTLY_NECESSARY);
      assertEquals(!exempt, codes(d).contains(ReasonCode.NO_POLICY_ACCEPTANCE), () -> p.id() + ": " + d);
    }
    Decision contract = checkFor(s, "contract.performance", "identity.full-name");
    assertEquals(Set.of(ReasonCode.NO_POLICY_ACCEPTANCE), codes(contract), contract::toString);
    assertEquals("R2", contract.reasons().get(0).rule());
    assertTrue(contract.reasons().get(0).clauses().containsAll(Set.of(ClauseRef.of("§0"), ClauseRef.of("§9"))));
    Decision inferred = checkFor(s, "site.presentation", "device.browser");
    assertEquals(Set.of(ReasonCode.NO_POLICY_ACCEPTANCE), codes(inferred), "an inferred legitimate interest needs the acceptance too");
    assertTrue(checkFor(s, "legal.tax-and-statistics", "identity.tax-id").permitted());
    Decision security = checkFor(s, "site.security", "device.browser");
    assertEquals(Set.of(ReasonCode.STRICTLY_NECESSARY), codes(security), security::toString);

    register(s, Registration.through(caf()));
    Decision registered = checkFor(s, "site.presentation", "device.browser");
    assertEquals(Set.of(ReasonCode.LEGITIMATE_INTEREST), codes(registered));
    assertTrue(registered.reasons().get(0).fact().contains("inferred; the policy does not name it"), registered::toString);
    assertTrue(checkFor(s, "contract.performance", "identity.full-name").permitted());
  }

  @Test
  @Tag("R2")
  @Tag("R34")
  @DisplayName("R2 R34 acceptance by continued use accepts the terms but is no registration: consent purposes stay denied")
  void continuedUseIsNotRegistration() {
    SubjectId s = unregistered();
    engine.consents().acceptPolicy(s, Evidence.of(Channel.WEBSITE, "continued use"));
    engine.consents().grant(s, policy.purpose("marketing.similar-goods.email"), Evidence.of(Channel.WEBSITE_FORM, "f"));
    assertTrue(engine.consents().state(s, clock.instant()).acceptance().isPresent());
    assertTrue(engine.consents().state(s, clock.instant()).registration().isEmpty());
    Decision email = engine.check(Request.of(s, policy.purpose("marketing.similar-goods.email"), policy.categories("contact.email"))
        .withProductLine("skin-care"));
    assertEquals(Set.of(ReasonCode.NO_POLICY_ACCEPTANCE), codes(email), email::toString);
    assertTrue(email.reasons().get(0).fact().contains("continued use"));
    Decision third = engine.check(Request.of(s, policy.purpose("marketing.third-party"), policy.categories("contact.email"))
        .withOperation(Operation.DISSEMINATION).withRecipient(policy.recipient("third-party-marketers")));
    assertEquals(Set.of(ReasonCode.NO_POLICY_ACCEPTANCE, ReasonCode.NO_CONSENT), codes(third), "continued use grants no consent");
    assertTrue(checkFor(s, "contract.performance", "identity.full-name").permitted(), "the terms are accepted");
  }

  private SubjectId minor(boolean guardianNamed) {
    return person(guardianNamed ? "minor-with-guardian" : "minor-alone", b -> b.birthDate(LocalDate.of(2009, 6, 1))
        .providedCategories(guardianNamed ? policy.categories("identity", "contact", "consultant", "commerce", "guardian")
            : policy.categories("identity", "contact", "consultant", "commerce")));
  }

  @Test
  @Tag("R5")
  @DisplayName("R5 a minor's acceptance counts only from the guardian, and only once the guardian's identity is provided")
  void minorsActThroughTheirGuardian() {
    SubjectId named = minor(true);
    register(named, Registration.through(caf().withActor(Actor.GUARDIAN)));
    assertTrue(checkFor(named, "contract.performance", "identity.full-name").permitted());

    SubjectId anonymous = minor(false);
    register(anonymous, Registration.through(caf().withActor(Actor.GUARDIAN)));
    Decision noGuardian = checkFor(anonymous, "contract.performance", "identity.full-name");
    assertEquals(Set.of(ReasonCode.GUARDIAN_NOT_IDENTIFIED), codes(noGuardian), noGuardian::toString);
    assertEquals(CategoryId.of("guardian.full-name"), noGuardian.reasons().get(0).element().orElseThrow());
    assertTrue(checkFor(anonymous, "legal.tax-and-statistics", "identity.tax-id").permitted(), "legal duties need no acceptance");

    SubjectId own = person("minor-own-caf", b -> b.birthDate(LocalDate.of(2009, 6, 1))
        .providedCategories(policy.categories("identity", "contact", "guardian")));
    register(own, Registration.through(caf()));
    Decision ownAcceptance = checkFor(own, "network.management", "identity.full-name");
    assertEquals(Set.of(ReasonCode.ACCEPTANCE_BY_WRONG_PARTY), codes(ownAcceptance), ownAcceptance::toString);
    assertEquals("R5", ownAcceptance.reasons().get(0).rule());
    assertTrue(ownAcceptance.reasons().get(0).event().isPresent(), "the ignored acceptance is named");
  }

  @Test
  @Tag("R5")
  @DisplayName("R5 with the birth date unknown no acceptance or consent can be relied on")
  void ageUnknown() {
    SubjectId s = person("no-birth-date", b -> b.birthDate(null));
    register(s, Registration.through(caf()));
    assertEquals(Set.of(ReasonCode.AGE_UNKNOWN), codes(checkFor(s, "contract.performance", "identity.full-name")));
    assertEquals(Set.of(ReasonCode.AGE_UNKNOWN), codes(checkFor(s, "marketing.recommendations", "commerce.purchase-history")));
    assertTrue(checkFor(s, "legal.tax-and-statistics", "identity.tax-id").permitted());
  }

  @Test
  @Tag("R5")
  @DisplayName("R5 the guardian's consent counts for a minor, the minor's own does not")
  void minorsConsent() {
    SubjectId m = minor(true);
    register(m, Registration.through(caf().withActor(Actor.GUARDIAN)));
    Purpose sms = policy.purpose("marketing.similar-goods.sms");
    Request campaign = Request.of(m, sms, policy.categories("contact.mobile-phone")).withProductLine("skin-care");
    engine.consents().grant(m, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "minor's own tick"));
    Decision own = engine.check(campaign);
    assertEquals(Set.of(ReasonCode.CONSENT_BY_WRONG_PARTY), codes(own), own::toString);
    engine.consents().grant(m, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "guardian's tick").withActor(Actor.GUARDIAN));
    assertTrue(engine.check(campaign).permitted());
    assertFalse(engine.check(campaign.withSubject(minor(false))).permitted());
  }
}
