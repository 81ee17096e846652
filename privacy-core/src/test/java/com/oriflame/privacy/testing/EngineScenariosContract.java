package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Obligation;
import com.oriflame.privacy.decision.Reason;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.spi.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of the policy, end to end through the engine on the bundled policy, run against
 * every store: the in-memory reference ({@code InMemoryEngineScenariosTest}), H2 and PostgreSQL
 * ({@code H2EngineScenariosTest}, {@code PostgresEngineScenariosIT}).
 */
public abstract class EngineScenariosContract {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2024-01-10T09:00:00Z");
  private PrivacyEngine engine;

  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final Purpose email = policy.purpose("marketing.similar-goods.email");
  private final Set<CategoryId> smsData = policy.categories("identity.full-name", "contact.mobile-phone");
  private final Set<CategoryId> registrationData = policy.categories("identity.full-name", "identity.birth-date",
      "contact.postal-address", "contact.email", "contact.mobile-phone", "consultant.registration-number",
      "identity.tax-id", "financial.bank-details", "commerce.purchase-history");

  /** @return new, empty stores; called before each scenario */
  protected abstract Stores newStores();

  /** Builds the engine of a scenario on new stores. */
  @BeforeEach
  protected void createEngine() {
    stores = newStores();
    engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).build();
  }

  private Stores stores;

  /** An adult consultant registered through the paper CAF on 2024-01-02, with the usual data. */
  private SubjectId consultant(String id) {
    SubjectId s = SubjectId.of(id);
    engine.subjects().save(SubjectProfile.builder(s)
        .birthDate(LocalDate.of(1990, 5, 17))
        .contract(Contract.since(Instant.parse("2024-01-02T10:00:00Z")))
        .providedCategories(registrationData)
        .productLines(List.of("skin-care"))
        .build());
    clock.set("2024-01-02T10:00:00Z");
    engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 000123").withForm(FormId.of("form.caf.paper")));
    clock.set("2024-01-10T09:00:00Z");
    return s;
  }

  private Request smsAbout(SubjectId s, String line) {
    return Request.of(s, sms, smsData).withProductLine(line);
  }

  private static Set<ReasonCode> codes(Decision d) {
    return d.reasons().stream().map(Reason::code).collect(Collectors.toSet());
  }

  @Test
  @Tag("R2")
  @Tag("R7")
  @DisplayName("R2 R7 registration through the CAF with the marketing box left empty: no SMS marketing")
  void cafWithoutMarketingBox() {
    SubjectId s = consultant("c-1");
    Decision d = engine.check(smsAbout(s, "skin-care"));
    assertFalse(d.permitted());
    assertEquals(Set.of(ReasonCode.NO_CONSENT), codes(d), d.explain(com.oriflame.privacy.policy.Language.EN));
    assertEquals(List.of(ClauseRef.of("§2(2)"), ClauseRef.of("§6.1")), d.reasons().get(0).clauses());
    assertEquals(LegalBasis.CONSENT, d.legalBasis());
    assertEquals(policy.revision(), d.revision());
    // contract purposes run on the registration alone
    assertTrue(engine.check(Request.of(s, policy.purpose("contract.performance"), registrationData)).permitted());
  }

  @Test
  @Tag("R7")
  @DisplayName("R7 withdrawal by e-mail takes effect from its recorded instant")
  void withdrawalByEmail() {
    SubjectId s = consultant("c-2");
    engine.consents().grant(s, sms, Evidence.of(Channel.CAF_PAPER, "CAF 000124"));
    clock.set("2024-03-01T12:00:00Z");
    assertTrue(engine.check(smsAbout(s, "skin-care")).permitted());
    engine.consents().withdraw(s, sms, Evidence.of(Channel.EMAIL, "msg-7781"));
    Decision after = engine.check(smsAbout(s, "skin-care"));
    assertFalse(after.permitted());
    // withdrawn, and retention.marketing-consent now asks for the phone number kept for SMS to be blocked
    assertEquals(Set.of(ReasonCode.CONSENT_WITHDRAWN, ReasonCode.RETENTION_EXPIRED), codes(after));
    assertEquals("consent withdrawn on 2024-03-01 by e-mail",
        after.reasons().stream().filter(r -> r.code() == ReasonCode.CONSENT_WITHDRAWN).findFirst().orElseThrow().fact());
    assertTrue(engine.check(smsAbout(s, "skin-care").withInstant(Instant.parse("2024-03-01T11:59:59Z"))).permitted(),
        "the history stays queryable: before the withdrawal the consent was in force");
  }

  @Test
  @Tag("R8")
  @DisplayName("R8 an SMS campaign filtered to consenting consultants, about goods they bought")
  void smsCampaign() {
    List<SubjectId> base = IntStream.range(0, 40).mapToObj(i -> consultant("c-" + i)).toList();
    for (int i = 0; i < 40; i += 2) {
      engine.consents().grant(base.get(i), sms, Evidence.of(Channel.CAF_WEB, "web-" + i));
    }
    engine.consents().withdraw(base.get(4), sms, Evidence.of(Channel.PHONE, "call-1"));
    engine.consents().object(base.get(6), policy.objection("objection.marketing"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    Set<SubjectId> allowed = engine.filter(base, smsAbout(base.get(0), "skin-care"));
    assertEquals(18, allowed.size());
    for (SubjectId s : base) {
      assertEquals(allowed.contains(s), engine.check(smsAbout(s, "skin-care")).permitted(), s::toString);
    }
    assertEquals(Set.of(), engine.filter(base, smsAbout(base.get(0), "fragrance")), "R8: nobody bought fragrance");
    Decision noLine = engine.check(Request.of(base.get(0), sms, smsData));
    assertTrue(codes(noLine).contains(ReasonCode.CONDITION_NOT_MET), noLine::toString);
  }

  @Test
  @Tag("R13")
  @DisplayName("R13 an advertising agency asking for individual data is denied; aggregates are permitted with obligations")
  void advertisingAgency() {
    SubjectId s = consultant("c-3");
    engine.subjects().save(engine.subjects().find(s).orElseThrow().toBuilder()
        .providedCategories(policy.categories("behaviour.clickstream", "device.browser")).build());
    Purpose ads = policy.purpose("advertising.measurement");
    Request individual = Request.of(s, ads, policy.categories("behaviour.clickstream"))
        .withOperation(Operation.DISSEMINATION).withRecipient(policy.recipient("advertising-agencies"));
    Decision denied = engine.check(individual);
    assertEquals(Set.of(ReasonCode.RECIPIENT_DATA_FORM), codes(denied), denied::toString);
    Decision aggregate = engine.check(individual.withDataForm(DataForm.AGGREGATE_ONLY));
    assertTrue(aggregate.permitted(), aggregate::toString);
    assertEquals(List.of(ObligationKind.AGGREGATES_ONLY, ObligationKind.SUPPRESS_SMALL_GROUPS),
        aggregate.obligations().stream().map(Obligation::kind).toList());
    assertEquals("suppress groups smaller than 50 subjects", aggregate.obligations().get(1).detail());
  }

  @Test
  @Tag("R5")
  @DisplayName("R5 a minor registered with the guardian's consent; the minor's own consent is not enough")
  void minorWithGuardian() {
    SubjectId minor = SubjectId.of("m-1");
    engine.subjects().save(SubjectProfile.builder(minor).birthDate(LocalDate.of(2009, 6, 1))
        .contract(Contract.since(Instant.parse("2024-01-02T10:00:00Z")))
        .providedCategories(policy.categories("identity.full-name", "contact.mobile-phone", "guardian.full-name"))
        .productLines(List.of("skin-care")).build());
    clock.set("2024-01-02T10:00:00Z");
    engine.consents().acceptPolicy(minor, Evidence.of(Channel.CAF_PAPER, "CAF 000200").withActor(Actor.GUARDIAN));
    engine.consents().grant(minor, sms, Evidence.of(Channel.CAF_PAPER, "CAF 000200"));
    clock.set("2024-01-10T09:00:00Z");
    Decision own = engine.check(smsAbout(minor, "skin-care"));
    assertEquals(Set.of(ReasonCode.CONSENT_BY_WRONG_PARTY), codes(own), own::toString);
    engine.consents().grant(minor, sms, Evidence.of(Channel.CAF_PAPER, "CAF 000200").withActor(Actor.GUARDIAN));
    assertTrue(engine.check(smsAbout(minor, "skin-care")).permitted());
    assertEquals(List.of(), engine.consents().dueForConfirmation(Instant.parse("2027-05-31T00:00:00Z")));
    assertEquals(List.of(minor), engine.consents().dueForConfirmation(Instant.parse("2027-06-01T00:00:00Z")),
        "on the 18th birthday the guardian's consents are due for the subject's own confirmation");
    clock.set("2027-06-02T08:00:00Z");
    engine.consents().grant(minor, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    assertEquals(List.of(minor), engine.consents().dueForConfirmation(Instant.parse("2027-06-03T00:00:00Z")),
        "third-party marketing still rests on the guardian's registration");
    engine.consents().acceptPolicy(minor, Evidence.of(Channel.CAF_WEB, "re-registration at majority"));
    assertEquals(List.of(), engine.consents().dueForConfirmation(Instant.parse("2027-06-03T00:00:00Z")));
  }

  @Test
  @Tag("R12")
  @DisplayName("R12 network-sharing opt-out by phone blocks disclosure to other network participants only")
  void networkSharingOptOut() {
    SubjectId s = consultant("c-4");
    Purpose network = policy.purpose("network.management");
    Request share = Request.of(s, network, policy.categories("identity.full-name", "contact.mobile-phone"))
        .withOperation(Operation.DISSEMINATION).withRecipient(policy.recipient("network-participants"));
    Decision before = engine.check(share);
    assertTrue(before.permitted(), before::toString);
    assertTrue(before.obligations().stream().anyMatch(o -> o.kind() == ObligationKind.ENCRYPT_IN_TRANSIT), "R24");
    engine.consents().object(s, policy.objection("objection.network-sharing"), Evidence.of(Channel.PHONE, "call-9"));
    Decision after = engine.check(share);
    assertEquals(Set.of(ReasonCode.OBJECTION_RAISED), codes(after));
    assertTrue(engine.check(Request.of(s, network, policy.categories("identity.full-name"))).permitted(),
        "the company's own network management goes on");
  }

  @Test
  @Tag("R14")
  @DisplayName("R14 a credit agency asked without a contract requiring it is denied")
  void creditAgency() {
    SubjectId s = consultant("c-5");
    Request ask = Request.of(s, policy.purpose("credit.assessment"), policy.categories("identity.full-name", "financial.bank-details"))
        .withOperation(Operation.DISSEMINATION).withRecipient(policy.recipient("credit-rating-agencies"));
    Decision denied = engine.check(ask);
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(denied));
    assertTrue(denied.reasons().stream().anyMatch(r -> r.fact().contains("does not require a credit assessment")));
    SubjectProfile p = engine.subjects().find(s).orElseThrow();
    engine.subjects().save(p.toBuilder().contract(p.contract().orElseThrow().withCreditAssessmentRequired(true)).build());
    assertTrue(engine.check(ask).permitted());
  }

  @Test
  @Tag("R3")
  @Tag("R17")
  @DisplayName("R3 R17 unknown ids fail fast: there is no 'sale' purpose and no unknown category")
  void unknownIds() {
    SubjectId s = consultant("c-6");
    assertThrows(UnknownIdException.class, () -> policy.purpose("data.sale"));
    UnknownIdException e = assertThrows(UnknownIdException.class,
        () -> engine.check(Request.of(s, sms.id(), Set.of(CategoryId.of("contact.phone")))));
    assertTrue(e.getMessage().contains("did you mean 'contact.mobile-phone'"), e::getMessage);
  }

  @Test
  @DisplayName("a campaign counts another engine's writes to the same stores at once, however long its cache expiry (change feed)")
  void campaignSeesAnotherEnginesWrites() {
    List<SubjectId> base = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      base.add(consultant("feed-" + i));
    }
    clock.set("2024-01-11T10:00:00Z");
    for (int i = 0; i < 4; i++) {
      engine.consents().grant(base.get(i), sms, Evidence.of(Channel.CAF_WEB, "web-" + i));
    }
    PrivacyEngine campaigns = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock)
        .cacheExpiry(java.time.Duration.ofHours(1)).build();
    clock.set("2024-01-12T10:00:00Z");
    assertEquals(Set.copyOf(base.subList(0, 4)), campaigns.filter(base, smsAbout(base.get(0), "skin-care")));
    engine.consents().withdraw(base.get(1), sms, Evidence.of(Channel.PHONE, "call-1"));
    engine.consents().grant(base.get(5), sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "settings-5"));
    clock.set("2024-01-12T10:00:01Z");
    assertEquals(Set.of(base.get(0), base.get(2), base.get(3), base.get(5)),
        campaigns.filter(base, smsAbout(base.get(0), "skin-care")), "the withdrawal and the grant count at the next campaign");
  }
}
