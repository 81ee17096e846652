package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.ChangeRule;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.LabelsTestSupport;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyChange;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Consent-based purposes: publication (R6), e-mail and SMS marketing (R7, R8), third parties (R9, R11), surveys (R15), revisions (R34). */
class ConsentRulesTest extends RuleTestBase {
  private final Purpose publication = policy.purpose("publication.purchase-sale-agreement");
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");

  private Request publish(String... categories) {
    return Request.of(subject, publication, policy.categories(categories)).withOperation(Operation.DISSEMINATION);
  }

  private Request smsAbout(String line) {
    return Request.of(subject, sms, policy.categories("identity.full-name", "contact.mobile-phone")).withProductLine(line);
  }

  @Test
  @Tag("R6")
  @DisplayName("R6 signing the Purchase-Sale Agreement is consent to publishing exactly the five items, and it can be withdrawn")
  void publicationIsConsent() {
    assertEquals(LegalBasis.CONSENT, publication.legalBasis());
    assertEquals(Set.of(ReasonCode.NO_CONSENT), codes(engine.check(publish("identity.full-name"))), "the CAF alone is no signature");
    engine.consents().grant(subject, publication, Evidence.of(Channel.WRITTEN, "Purchase-Sale Agreement 000123"));
    Decision five = engine.check(publish("identity.full-name", "contact.email", "contact.postal-address",
        "consultant.registration-number", "contact.mobile-phone"));
    assertTrue(five.permitted(), five::toString);
    Decision birth = engine.check(publish("identity.birth-date"));
    assertEquals(Set.of(ReasonCode.CATEGORY_NOT_IN_PURPOSE), codes(birth));
    assertEquals("R6", birth.reasons().get(0).rule());
    engine.consents().withdraw(subject, publication, Evidence.of(Channel.EMAIL, "msg-1"));
    assertTrue(codes(engine.check(publish("contact.email"))).contains(ReasonCode.CONSENT_WITHDRAWN));
  }

  @Test
  @Tag("R6")
  @Tag("R5")
  @DisplayName("R6 R5 a minor's data is published only on the guardian's signature")
  void publicationOfMinors() {
    SubjectId minor = person("minor-1", b -> b.birthDate(LocalDate.of(2010, 1, 1)));
    register(minor, Registration.through(caf().withActor(com.oriflame.privacy.consent.Actor.GUARDIAN)));
    engine.consents().grant(minor, publication, Evidence.of(Channel.WRITTEN, "signed by the minor"));
    Decision d = engine.check(publish("contact.email").withSubject(minor));
    assertEquals(Set.of(ReasonCode.CONSENT_BY_WRONG_PARTY), codes(d), d::toString);
  }

  @Test
  @Tag("R7")
  @DisplayName("R7 withdrawal by e-mail takes effect from its recorded instant; the history stays queryable")
  void withdrawal() {
    engine.consents().grant(subject, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
    clock.set("2024-03-01T12:00:00Z");
    assertTrue(engine.check(smsAbout("skin-care")).permitted());
    engine.consents().withdraw(subject, sms, Evidence.of(Channel.EMAIL, "msg-7781"));
    Decision after = engine.check(smsAbout("skin-care"));
    Reason withdrawn = reason(after, ReasonCode.CONSENT_WITHDRAWN);
    assertEquals("R7", withdrawn.rule());
    assertEquals("consent withdrawn on 2024-03-01 by e-mail", withdrawn.fact());
    assertTrue(withdrawn.event().isPresent());
    assertEquals(sms.id(), withdrawn.element().orElseThrow());
    assertTrue(engine.check(smsAbout("skin-care").withInstant(Instant.parse("2024-03-01T11:59:59Z"))).permitted());
  }

  @Test
  @Tag("R8")
  @DisplayName("R8 e-mail and SMS may only be about goods similar to those bought or asked about")
  void similarGoods() {
    engine.consents().grant(subject, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
    assertTrue(engine.check(smsAbout("skin-care")).permitted());
    Decision other = engine.check(smsAbout("fragrance"));
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(other));
    assertEquals("R8", other.reasons().get(0).rule());
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(engine.check(Request.of(subject, sms, policy.categories("contact.mobile-phone")))));
  }

  @Test
  @Tag("R9")
  @Tag("R11")
  @DisplayName("R9 R11 a CAF with the third-party opt-out ticked never discloses, not even at the registration instant")
  void registrationIsOneInstant() {
    SubjectId s = person("ticked-opt-out", b -> b);
    register(s, Registration.through(caf()).consentingTo(sms).optingOutOf(policy.objection("objection.third-party-marketing")));
    Request third = Request.of(s, policy.purpose("marketing.third-party"), policy.categories("contact.email"))
        .withOperation(Operation.DISSEMINATION).withRecipient(policy.recipient("third-party-marketers"));
    for (Instant at : List.of(REGISTERED, REGISTERED.plusSeconds(1), NOW)) {
      Decision d = engine.check(third.withInstant(at));
      // the opt-out also starts retention.marketing-consent: the data kept for the purpose is to be blocked
      assertEquals(Set.of(ReasonCode.RETENTION_EXPIRED, ReasonCode.OBJECTION_RAISED), codes(d), () -> at + ": " + d);
      assertEquals("R9", reason(d, ReasonCode.OBJECTION_RAISED).rule());
    }
    assertTrue(engine.check(Request.of(s, sms, policy.categories("contact.mobile-phone")).withProductLine("skin-care")
        .withInstant(REGISTERED)).permitted(), "the SMS box ticked on the same form counts from the same instant");
    assertEquals(1, engine.consents().history(s).size(), "one event");
  }

  @Test
  @Tag("R9")
  @Tag("R11")
  @DisplayName("R9 R11 third-party marketing rests on the CAF's notice; a grant that never saw it does not count")
  void thirdPartyNotice() {
    Request third = request("marketing.third-party", Operation.DISSEMINATION, "third-party-marketers", "contact.email");
    assertTrue(engine.check(third).permitted(), "granted by the CAF acceptance, which carries the notice");
    SubjectId imported = person("imported", b -> b);
    register(imported, Registration.through(caf()));
    engine.consents().withdraw(imported, policy.purpose("marketing.third-party"), Evidence.of(Channel.EMAIL, "m"));
    engine.consents().grant(imported, Set.of(PurposeId.of("marketing.third-party")), Evidence.of(Channel.BULK_IMPORT, "legacy CRM"));
    Decision noNotice = engine.check(third.withSubject(imported));
    assertEquals(Set.of(ReasonCode.NOTICE_NOT_GIVEN), codes(noNotice), noNotice::toString);
  }

  @Test
  @Tag("R15")
  @DisplayName("R15 mass mailing providers get contact data only; surveys through them need survey consent")
  void messagingProviders() {
    assertTrue(check("service.change-notices", Operation.USE, "messaging-providers", "contact.email").permitted());
    Decision address = check("service.change-notices", Operation.USE, "messaging-providers", "contact.postal-address");
    assertEquals(Set.of(ReasonCode.RECIPIENT_CATEGORY_NOT_ALLOWED), codes(address));
    assertEquals("R15", address.reasons().get(0).rule());
    assertEquals(Set.of(ReasonCode.NO_CONSENT), codes(check("surveys.customer-satisfaction", Operation.USE, "messaging-providers",
        "contact.email")));
    engine.consents().grant(subject, policy.purpose("surveys.customer-satisfaction"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    assertTrue(check("surveys.customer-satisfaction", Operation.USE, "messaging-providers", "contact.email").permitted());
  }

  @Test
  @Tag("R34")
  @DisplayName("R34 a consent given before a revision widened the purpose needs a new consent")
  void reconsent() {
    engine.consents().append(new ConsentGranted(EventId.of("old"), subject, Set.of(sms.id()), "1", REGISTERED, REGISTERED,
        Evidence.of(Channel.CAF_PAPER, "CAF 1")));
    List<PolicyChange> history = new ArrayList<>(policy.changes().history());
    history.add(new PolicyChange("2", LocalDate.of(2024, 1, 15), Set.of(sms.id()), LabelsTestSupport.all("SMS about all goods")));
    Policy rev2 = policy.toBuilder().version("2").changes(new ChangeRule(policy.changes().clauses(),
        policy.changes().announcementChannels(), true, true, history)).build();
    PrivacyEngine v2 = PrivacyEngine.builder().policy(rev2).stores(InMemoryStores.create()).clock(clock).build();
    engine.subjects().history(subject).forEach(v -> v2.subjects().save(v.profile(), v.validFrom()));
    engine.consents().history(subject).forEach(v2.consents()::append);
    Decision d = v2.check(smsAbout("skin-care"));
    assertEquals(Set.of(ReasonCode.RECONSENT_REQUIRED), codes(d), d::toString);
    assertEquals("R34", d.reasons().get(0).rule());
    assertEquals("2", d.revision().version());
    v2.consents().grant(subject, rev2.purpose(sms.id()), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    assertTrue(v2.check(smsAbout("skin-care")).permitted());
    assertFalse(v2.check(smsAbout("skin-care").withInstant(NOW.minusSeconds(1))).permitted(), "not before the new consent");
  }
}
