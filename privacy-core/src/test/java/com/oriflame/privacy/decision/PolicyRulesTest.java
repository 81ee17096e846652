package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.LabelsTestSupport;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyChange;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per rule of the policy that the decision engine makes true. */
class PolicyRulesTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2024-02-01T09:00:00Z");
  private PrivacyEngine engine;
  private SubjectId subject;

  private static final Instant REGISTERED = Instant.parse("2024-01-02T10:00:00Z");

  @BeforeEach
  void setUp() {
    engine = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock).build();
    subject = SubjectId.of("consultant-1");
    Set<CategoryId> provided = new java.util.LinkedHashSet<>();
    policy.categories().stream().filter(c -> c.id().parent().isEmpty()).forEach(c -> provided.add(c.id()));
    engine.subjects().save(SubjectProfile.builder(subject).birthDate(LocalDate.of(1985, 3, 3))
        .contract(Contract.since(REGISTERED)).provided(provided).productLines(List.of("skin-care")).build());
    clock.set(REGISTERED);
    engine.consents().acceptPolicy(subject, Evidence.of(Channel.CAF_PAPER, "CAF 1").onForm(FormId.of("form.caf.paper")));
    clock.set("2024-02-01T09:00:00Z");
  }

  private Decision check(String purpose, Operation op, String recipient, String... categories) {
    Request r = Request.of(subject, policy.purpose(purpose), policy.categories(categories)).withOperation(op);
    return engine.check(recipient == null ? r : r.to(policy.recipient(recipient)));
  }

  private static Set<ReasonCode> codes(Decision d) {
    return d.reasons().stream().map(Reason::code).collect(Collectors.toSet());
  }

  private void update(java.util.function.UnaryOperator<SubjectProfile.Builder> change) {
    engine.subjects().save(change.apply(engine.subjects().find(subject).orElseThrow().toBuilder()).build());
  }

  @Test
  @DisplayName("R1 decisions name the policy revision they were made under")
  void revisionOnDecisions() {
    Decision d = check("contract.performance", Operation.USE, null, "identity.full-name");
    assertEquals(policy.revision(), d.revision());
    assertTrue(d.explain(com.oriflame.privacy.policy.Language.RU).contains("oriflame-kg.personal-data-protection rev. 1"));
  }

  @Test
  @DisplayName("R2 without an acceptance of the policy no consent-based purpose is permitted")
  void noAcceptanceNoConsentPurposes() {
    SubjectId other = SubjectId.of("web-visitor-2");
    engine.subjects().save(SubjectProfile.builder(other).birthDate(LocalDate.of(1985, 3, 3)).contract(Contract.since(REGISTERED))
        .provided(policy.categories("identity", "contact", "commerce", "behaviour")).productLines(List.of("skin-care")).build());
    engine.consents().grant(other, policy.purpose("marketing.similar-goods.email"), Evidence.of(Channel.WEBSITE_FORM, "f"));
    Decision d = engine.check(Request.of(other, policy.purpose("marketing.similar-goods.email"),
        policy.categories("contact.email")).aboutProductLine("skin-care"));
    assertEquals(Set.of(ReasonCode.NO_POLICY_ACCEPTANCE), codes(d));
    assertTrue(d.reasons().get(0).clauses().contains(com.oriflame.privacy.policy.ClauseRef.of("§0")));
  }

  @Test
  @DisplayName("R4 a category the subject did not provide is a denial, not an error")
  void categoryNotProvided() {
    update(b -> b.provided(policy.categories("identity.full-name", "contact.email")));
    Decision d = check("contract.performance", Operation.USE, null, "identity.full-name", "contact.mobile-phone");
    assertEquals(Set.of(ReasonCode.CATEGORY_NOT_PROVIDED), codes(d));
    assertEquals("category contact.mobile-phone was not provided", d.reasons().get(0).fact());
    assertTrue(check("contract.performance", Operation.COLLECTION, null, "contact.mobile-phone").permitted(),
        "collecting it is still possible");
  }

  @Test
  @DisplayName("R6 under the Purchase-Sale Agreement only the five items may be published")
  void publication() {
    assertTrue(check("publication.purchase-sale-agreement", Operation.DISSEMINATION, null,
        "identity.full-name", "contact.email", "contact.postal-address", "consultant.registration-number", "contact.mobile-phone").permitted());
    Decision d = check("publication.purchase-sale-agreement", Operation.DISSEMINATION, null, "identity.birth-date");
    assertEquals(Set.of(ReasonCode.CATEGORY_NOT_IN_PURPOSE), codes(d));
  }

  @Test
  @DisplayName("R9 disclosure for third-party marketing stops at the objection and needs the collection notice")
  void thirdPartyMarketing() {
    Decision before = check("marketing.third-party", Operation.DISSEMINATION, "third-party-marketers", "contact.email");
    assertTrue(before.permitted(), before::toString);
    assertTrue(before.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.NOTIFY_SUBJECT), "R40");
    engine.consents().object(subject, policy.objection("objection.third-party-marketing"), Evidence.of(Channel.EMAIL, "m"));
    Decision after = check("marketing.third-party", Operation.DISSEMINATION, "third-party-marketers", "contact.email");
    assertEquals(Set.of(ReasonCode.OBJECTION_RAISED), codes(after));

    // a consent that reached us without the collection notice (an import, no form) does not count (R9, R11)
    engine.consents().withdraw(subject, policy.purpose("marketing.third-party"), Evidence.of(Channel.EMAIL, "m"));
    engine.consents().liftObjection(subject, Set.of(policy.objection("objection.third-party-marketing").id()), Evidence.of(Channel.EMAIL, "m"));
    engine.consents().grant(subject, Set.of(PurposeId.of("marketing.third-party")), Evidence.of(Channel.BULK_IMPORT, "legacy CRM"));
    Decision noNotice = check("marketing.third-party", Operation.DISSEMINATION, "third-party-marketers", "contact.email");
    assertEquals(Set.of(ReasonCode.NOTICE_NOT_GIVEN), codes(noNotice), noNotice::toString);
  }

  @Test
  @DisplayName("R10 the marketing objection blocks marketing-type purposes, not contract or legal ones")
  void marketingObjection() {
    engine.consents().grant(subject, Set.of(PurposeId.of("marketing.similar-goods.email")), Evidence.of(Channel.CAF_PAPER, "CAF 1"));
    engine.consents().object(subject, policy.objection("objection.marketing"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    assertEquals(Set.of(ReasonCode.OBJECTION_RAISED), codes(engine.check(Request.of(subject,
        policy.purpose("marketing.similar-goods.email"), policy.categories("contact.email")).aboutProductLine("skin-care"))));
    assertEquals(Set.of(ReasonCode.OBJECTION_RAISED), codes(check("marketing.recommendations", Operation.USE, null, "commerce.purchase-history")));
    assertEquals(Set.of(ReasonCode.OBJECTION_RAISED), codes(check("advertising.measurement", Operation.USE, null, "behaviour.clickstream")));
    assertTrue(check("contract.performance", Operation.USE, null, "contact.email").permitted());
    assertTrue(check("contract.rewards", Operation.USE, null, "financial.bank-details").permitted());
    assertTrue(check("legal.tax-and-statistics", Operation.USE, null, "identity.tax-id").permitted());
    engine.consents().liftObjection(subject, Set.of(policy.objection("objection.marketing").id()), Evidence.of(Channel.PHONE, "c"));
    assertTrue(check("marketing.recommendations", Operation.USE, null, "commerce.purchase-history").permitted());
  }

  @Test
  @DisplayName("R15 mass mailing providers get contact data only; surveys through them need survey consent")
  void messagingProviders() {
    Decision name = check("service.change-notices", Operation.USE, "messaging-providers", "contact.email");
    assertTrue(name.permitted(), name::toString);
    Decision address = check("service.change-notices", Operation.USE, "messaging-providers", "contact.postal-address");
    assertEquals(Set.of(ReasonCode.RECIPIENT_CATEGORY_NOT_ALLOWED), codes(address));
    Decision survey = check("surveys.customer-satisfaction", Operation.USE, "messaging-providers", "contact.email");
    assertEquals(Set.of(ReasonCode.NO_CONSENT), codes(survey));
    engine.consents().grant(subject, policy.purpose("surveys.customer-satisfaction"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    assertTrue(check("surveys.customer-satisfaction", Operation.USE, "messaging-providers", "contact.email").permitted());
  }

  @Test
  @DisplayName("R16 group companies receive data only for a purpose of §2")
  void groupCompanies() {
    assertTrue(check("contract.rewards", Operation.DISSEMINATION, "group-companies", "financial.bank-details").permitted());
    Policy widened = policy.toBuilder().purposes(policy.purposes().stream().map(p -> !p.id().value().equals("publication.purchase-sale-agreement")
        ? p : new Purpose(p.id(), p.labels(), p.clauses(), p.legalBasis(), p.categories(), Set.of(policy.recipient("group-companies").id()),
            p.operations(), p.modes(), p.traits(), p.conditions(), p.consent(), p.retention(), p.holds())).toList()).build();
    PrivacyEngine other = PrivacyEngine.builder().policy(widened).stores(InMemoryStores.create()).clock(clock).build();
    other.subjects().save(engine.subjects().find(subject).orElseThrow());
    Decision d = other.check(Request.of(subject, widened.purpose("publication.purchase-sale-agreement"), widened.categories("contact.email"))
        .withOperation(Operation.DISSEMINATION).to(widened.recipient("group-companies")));
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(d), d::toString);
    assertTrue(d.reasons().stream().anyMatch(x -> x.fact().contains("not one of the purposes of §2")), d::toString);
  }

  @Test
  @DisplayName("R17 a business transfer is a distinct, permitted recipient, logged as a disclosure")
  void businessTransfer() {
    Decision d = check("business.transfer", Operation.DISSEMINATION, "business-buyers", "identity.full-name", "commerce.purchase-history");
    assertTrue(d.permitted(), d::toString);
    assertEquals(List.of(ObligationKind.RECORD_DISCLOSURE), d.obligations().stream().map(Obligation::kind).toList());
    assertTrue(policy.purposes().stream().noneMatch(p -> p.id().value().contains("sale") && !p.id().value().contains("purchase-sale")),
        "no purpose sells or trades data (§3.1)");
  }

  @Test
  @DisplayName("R18 legal demands need no consent, survive every objection and are logged with their ground")
  void legalDemands() {
    for (String o : List.of("objection.marketing", "objection.third-party-marketing", "objection.network-sharing")) {
      engine.consents().object(subject, policy.objection(o), Evidence.of(Channel.EMAIL, "m"));
    }
    Request demand = Request.of(subject, policy.purpose("legal.authority-requests"), policy.categories("identity.full-name", "contact.email"))
        .withOperation(Operation.DISSEMINATION).to(policy.recipient("authorities"));
    Decision without = engine.check(demand);
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(without));
    Decision with = engine.check(demand.underLegalDemand());
    assertTrue(with.permitted(), with::toString);
    assertEquals(ReasonCode.LEGAL_OBLIGATION, with.reasons().get(0).code());
    assertTrue(with.obligations().get(0).detail().contains("legal-obligation"), with.obligations()::toString);
    assertTrue(check("fraud.credit-risk-exchange", Operation.DISSEMINATION, "fraud-prevention-partners", "identity.full-name").permitted());
  }

  @Test
  @DisplayName("R19 debt recovery only while the company has an open monetary claim")
  void debtRecovery() {
    Decision none = check("debt.recovery", Operation.DISSEMINATION, "partners.debt-collection", "financial.bank-details");
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(none));
    update(b -> b.openMonetaryClaim(true));
    assertTrue(check("debt.recovery", Operation.DISSEMINATION, "partners.debt-collection", "financial.bank-details").permitted());
  }

  @Test
  @DisplayName("R21 entrusting to processors needs the registration acceptance")
  void entrusting() {
    assertTrue(check("contract.performance", Operation.DISSEMINATION, "partners.carriers", "contact.postal-address").permitted());
    SubjectId unregistered = SubjectId.of("imported-without-caf");
    engine.subjects().save(engine.subjects().find(subject).orElseThrow().toBuilder().build());
    engine.subjects().save(SubjectProfile.builder(unregistered).birthDate(LocalDate.of(1985, 3, 3)).contract(Contract.since(REGISTERED))
        .provided(policy.categories("contact")).build());
    Decision d = engine.check(Request.of(unregistered, policy.purpose("contract.performance"), policy.categories("contact.postal-address"))
        .withOperation(Operation.DISSEMINATION).to(policy.recipient("partners.carriers")));
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(d));
    assertTrue(policy.recipient("partners.carriers").processor());
  }

  @Test
  @DisplayName("R22 a cross-border transfer carries the obligation to log it")
  void crossBorder() {
    Decision d = check("contract.rewards", Operation.CROSS_BORDER_TRANSFER, "group-companies", "financial.bank-details");
    assertTrue(d.permitted(), d::toString);
    assertTrue(d.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.LOG_CROSS_BORDER));
  }

  @Test
  @DisplayName("R23 any storage of online payment data is denied")
  void paymentData() {
    for (Operation op : List.of(Operation.COLLECTION, Operation.STORAGE, Operation.ACCUMULATION, Operation.SYSTEMATIZATION)) {
      Decision d = check("contract.performance", op, null, "payment.online-transaction");
      assertFalse(d.permitted());
      assertTrue(codes(d).contains(ReasonCode.NEVER_STORED), d::toString);
    }
  }

  @Test
  @DisplayName("R24 disclosures to other network participants must be encrypted in transit")
  void encryptInTransit() {
    Decision d = check("network.management", Operation.DISSEMINATION, "network-participants", "contact.mobile-phone");
    assertTrue(d.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.ENCRYPT_IN_TRANSIT
        && o.detail().equals("encrypt files of personal data sent over a public network")));
  }

  @Test
  @DisplayName("R29 after account closure only the closure-surviving purposes remain, within legal holds")
  void accountClosure() {
    Instant closed = Instant.parse("2024-01-20T00:00:00Z");
    update(b -> b.accountClosedAt(closed).contract(Contract.since(REGISTERED).endedAt(closed)));
    assertEquals(Set.of(ReasonCode.ACCOUNT_CLOSED, ReasonCode.CONTRACT_ENDED),
        codes(check("contract.performance", Operation.USE, null, "contact.email")));
    Decision disputes = check("contract.disputes-and-faults", Operation.USE, null, "contact.email");
    assertTrue(disputes.permitted(), disputes::toString);
    assertEquals(ReasonCode.SURVIVES_CLOSURE, disputes.reasons().get(0).code());
    assertTrue(check("legal.tax-and-statistics", Operation.USE, null, "identity.tax-id").permitted());
    clock.set("2030-01-01T00:00:00Z");
    Decision late = check("legal.tax-and-statistics", Operation.USE, null, "identity.tax-id");
    assertEquals(Set.of(ReasonCode.RETENTION_EXPIRED), codes(late), late::toString);
    update(b -> b.legalHolds(Set.of(HoldReason.LEGAL_COMPLIANCE)));
    assertTrue(check("legal.tax-and-statistics", Operation.USE, null, "identity.tax-id").permitted(), "a legal hold keeps it");
    update(b -> b.legalHolds(Set.of(HoldReason.DISPUTE)));
    assertEquals(Set.of(ReasonCode.RETENTION_EXPIRED), codes(check("fraud.credit-risk-exchange", Operation.USE, null, "identity.full-name")),
        "a dispute hold does not keep data for fraud prevention");
    assertTrue(check("contract.disputes-and-faults", Operation.USE, null, "identity.full-name").permitted(), "but it does for the dispute");
  }

  @Test
  @DisplayName("R33 cookie preferences are events; a visitor's choices follow them when they sign in")
  void cookies() {
    BrowserId browser = BrowserId.of("cookie-3f2a");
    CookieCategoryId ads = CookieCategoryId.of("cookie.behavioural-advertising");
    assertTrue(engine.checkCookies(browser, ads).permitted(), "the policy's only control is refusal");
    engine.consents().setCookiePreferences(browser, Set.of(CookieCategoryId.of("cookie.functional")), Set.of(ads),
        Evidence.of(Channel.WEBSITE, "banner"));
    CookieDecision refused = engine.checkCookies(browser, ads);
    assertFalse(refused.permitted());
    assertEquals(ReasonCode.COOKIE_REFUSED, refused.reasons().get(0).code());
    assertTrue(engine.checkCookies(subject, ads).permitted(), "not yet linked");
    engine.consents().linkVisitor(browser, subject, Evidence.of(Channel.WEBSITE, "sign-in"));
    assertFalse(engine.checkCookies(subject, ads).permitted(), "linked at sign-in");
    assertTrue(engine.checkCookies(subject, CookieCategoryId.of("cookie.essential")).permitted());
  }

  @Test
  @DisplayName("R34 a consent given before a revision widened the purpose needs a new consent")
  void reconsent() {
    PurposeId sms = PurposeId.of("marketing.similar-goods.sms");
    engine.consents().append(new ConsentGranted(EventId.of("old"), subject, Set.of(sms), "1", REGISTERED, REGISTERED,
        Evidence.of(Channel.CAF_PAPER, "CAF 1")));
    List<PolicyChange> history = new ArrayList<>(policy.changes().history());
    history.add(new PolicyChange("2", LocalDate.of(2024, 1, 15), Set.of(sms), LabelsTestSupport.all("SMS about all goods")));
    Policy rev2 = policy.toBuilder().version("2").changes(new com.oriflame.privacy.policy.ChangeRule(policy.changes().clauses(),
        policy.changes().announcementChannels(), true, true, history)).build();
    InMemoryStores stores = InMemoryStores.create();
    PrivacyEngine v2 = PrivacyEngine.builder().policy(rev2).stores(stores).clock(clock).build();
    v2.subjects().save(engine.subjects().find(subject).orElseThrow());
    engine.consents().history(subject).forEach(v2.consents()::append);
    Request r = Request.of(subject, rev2.purpose("marketing.similar-goods.sms"), rev2.categories("contact.mobile-phone"))
        .aboutProductLine("skin-care");
    Decision d = v2.check(r);
    assertEquals(Set.of(ReasonCode.RECONSENT_REQUIRED), codes(d), d::toString);
    assertEquals("2", d.revision().version());
    v2.consents().grant(subject, rev2.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    assertTrue(v2.check(r).permitted());
  }

  @Test
  @DisplayName("R30 a Consultant processes entrusted data only with the subject's consent, and never passes it on")
  void consultantEntrustedData() {
    Decision without = check("network.consultant-processing", Operation.USE, null, "contact.mobile-phone");
    assertEquals(Set.of(ReasonCode.NO_CONSENT), codes(without));
    engine.consents().grant(subject, policy.purpose("network.consultant-processing"), Evidence.of(Channel.WRITTEN, "form"));
    assertTrue(check("network.consultant-processing", Operation.USE, null, "contact.mobile-phone").permitted());
    assertEquals(Set.of(ReasonCode.OPERATION_NOT_IN_PURPOSE),
        codes(check("network.consultant-processing", Operation.DISSEMINATION, null, "contact.mobile-phone")));
    assertEquals(Set.of(ReasonCode.OPERATION_NOT_IN_PURPOSE, ReasonCode.RECIPIENT_NOT_IN_PURPOSE),
        codes(check("network.consultant-processing", Operation.DISSEMINATION, "network-participants", "contact.mobile-phone")));
    assertTrue(policy.purpose("network.consultant-processing").conditions().contains(com.oriflame.privacy.policy.Condition.POLICY_PURPOSE_ONLY));
  }

  @Test
  @DisplayName("R39 a blocked subject's data is kept but not processed")
  void blocked() {
    update(b -> b.blocked(true));
    assertEquals(Set.of(ReasonCode.SUBJECT_BLOCKED), codes(check("contract.performance", Operation.USE, null, "contact.email")));
    assertTrue(check("contract.performance", Operation.STORAGE, null, "contact.email").permitted());
  }

  @Test
  @DisplayName("a denial lists every failing condition at once")
  void everyReason() {
    update(b -> b.blocked(true));
    Decision d = engine.check(Request.of(subject, policy.purpose("marketing.similar-goods.sms"),
        policy.categories("contact.mobile-phone", "identity.tax-id")).to(policy.recipient("advertising-agencies"))
        .withDataForm(DataForm.IDENTIFIED));
    assertEquals(Set.of(ReasonCode.CATEGORY_NOT_IN_PURPOSE, ReasonCode.RECIPIENT_NOT_IN_PURPOSE, ReasonCode.RECIPIENT_DATA_FORM,
        ReasonCode.CONDITION_NOT_MET, ReasonCode.SUBJECT_BLOCKED, ReasonCode.NO_CONSENT), codes(d), d::toString);
    for (Reason r : d.reasons()) {
      assertFalse(r.clauses().isEmpty(), r::toString);
      assertTrue(r.message().missing().isEmpty());
    }
  }

  @Test
  @DisplayName("R12 R13 a disclosure must name its recipient, so recipient protections cannot be skipped")
  void disclosureNamesRecipient() {
    Decision ads = check("advertising.measurement", Operation.DISSEMINATION, null, "behaviour.clickstream");
    assertEquals(Set.of(ReasonCode.RECIPIENT_MISSING), codes(ads));
    engine.consents().object(subject, policy.objection("objection.network-sharing"), Evidence.of(Channel.PHONE, "c"));
    assertEquals(Set.of(ReasonCode.RECIPIENT_MISSING), codes(check("network.management", Operation.DISSEMINATION, null, "contact.email")));
    assertTrue(check("publication.purchase-sale-agreement", Operation.DISSEMINATION, null, "contact.email").permitted(),
        "publication has no recipients: it makes data public");
  }

  @Test
  @DisplayName("R21 data goes to any processor only after the registration acceptance")
  void processorsNeedRegistration() {
    SubjectId unregistered = SubjectId.of("no-caf");
    engine.subjects().save(SubjectProfile.builder(unregistered).birthDate(LocalDate.of(1985, 3, 3)).contract(Contract.since(REGISTERED))
        .provided(policy.categories("identity", "contact", "financial")).build());
    Decision d = engine.check(Request.of(unregistered, policy.purpose("contract.rewards"), policy.categories("financial.bank-details"))
        .withOperation(Operation.DISSEMINATION).to(policy.recipient("group-companies")));
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(d), d::toString);
    assertTrue(d.reasons().get(0).fact().contains("processor group-companies"), d::toString);
  }

  @Test
  @DisplayName("R2 R34 acceptance by continued use is not the registration and grants no consent")
  void continuedUseIsNotRegistration() {
    SubjectId visitor = SubjectId.of("site-user");
    engine.subjects().save(SubjectProfile.builder(visitor).birthDate(LocalDate.of(1985, 3, 3)).contract(Contract.since(REGISTERED))
        .provided(policy.categories("contact")).build());
    engine.consents().acceptPolicy(visitor, Evidence.of(Channel.WEBSITE, "continued use"));
    assertTrue(engine.consents().state(visitor, clock.instant()).acceptance().isPresent());
    assertTrue(engine.consents().state(visitor, clock.instant()).registration().isEmpty());
    Decision d = engine.check(Request.of(visitor, policy.purpose("marketing.third-party"), policy.categories("contact.email"))
        .withOperation(Operation.DISSEMINATION).to(policy.recipient("third-party-marketers")));
    assertEquals(Set.of(ReasonCode.NO_POLICY_ACCEPTANCE, ReasonCode.NO_CONSENT), codes(d), d::toString);
  }

  @Test
  @DisplayName("R22 a transfer abroad must be one the policy declares, to a recipient that may be abroad")
  void undeclaredTransfer() {
    Decision carriers = check("contract.performance", Operation.CROSS_BORDER_TRANSFER, "partners.carriers", "identity.tax-id");
    assertEquals(Set.of(ReasonCode.TRANSFER_NOT_DECLARED), codes(carriers), carriers::toString);
    Decision group = check("contract.performance", Operation.CROSS_BORDER_TRANSFER, "group-companies", "identity.document");
    assertEquals(Set.of(ReasonCode.TRANSFER_NOT_DECLARED), codes(group), group::toString);
    assertTrue(check("contract.performance", Operation.CROSS_BORDER_TRANSFER, "group-companies", "contact.email").permitted());
  }

  @Test
  @DisplayName("retention covers a parent category through its children, and runs from account closure if no contract end is known")
  void retentionOfParentsAndClosure() {
    Instant closed = Instant.parse("2012-01-01T00:00:00Z");
    update(b -> b.accountClosedAt(closed).openMonetaryClaim(true));
    clock.set("2030-01-01T00:00:00Z");
    Decision parent = check("debt.recovery", Operation.USE, null, "contact");
    assertTrue(codes(parent).contains(ReasonCode.RETENTION_EXPIRED), parent::toString);
    Decision leaf = check("debt.recovery", Operation.USE, null, "contact.email");
    assertTrue(codes(leaf).contains(ReasonCode.RETENTION_EXPIRED), leaf::toString);
  }

  @Test
  void unknownRecipientFailsFast() {
    assertThrows(com.oriflame.privacy.UnknownIdException.class, () -> engine.check(Request.of(subject,
        policy.purpose("contract.performance"), policy.categories("contact.email")).to(com.oriflame.privacy.policy.RecipientId.of("carriers"))));
  }
}
