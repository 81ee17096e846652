package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.DisclosureOutcome;
import com.oriflame.privacy.DisclosureRequest;
import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Ground;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.disclosure.AggregateReport;
import com.oriflame.privacy.disclosure.DisclosedRecipient;
import com.oriflame.privacy.disclosure.Disclosure;
import com.oriflame.privacy.disclosure.DisclosureConflictException;
import com.oriflame.privacy.disclosure.DisclosureDeclaration;
import com.oriflame.privacy.disclosure.DisclosureGround;
import com.oriflame.privacy.disclosure.SubjectNotice;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.RecipientId;
import com.oriflame.privacy.spi.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Disclosures end to end through {@code PrivacyEngine#disclose} on the bundled policy, against
 * every store: a cross-border transfer logged with its country (R22), a third party that is owed a
 * notice and a processor that is not (R40), an advertising report with a small group suppressed
 * (R13), and the register declaration beside what was disclosed (R36).
 */
public abstract class DisclosureScenariosContract {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2024-01-10T09:00:00Z");
  private PrivacyEngine engine;
  /** What a consultant gave at registration, and the clicks the site recorded (§1.1, §1.2). */
  private final Set<CategoryId> providedData = policy.categories("behaviour.clickstream", "identity.full-name", "identity.birth-date",
      "contact.postal-address", "contact.email", "contact.mobile-phone", "consultant.registration-number",
      "identity.tax-id", "financial.bank-details", "commerce.purchase-history");

  /** @return new, empty stores; called before each scenario */
  protected abstract Stores newStores();

  /** Builds the engine of a scenario on new stores. */
  @BeforeEach
  protected void createEngine() {
    engine = PrivacyEngine.builder().policy(policy).stores(newStores()).clock(clock).build();
  }

  /** A consultant born {@code birthYear}, registered through the paper CAF on 2024-01-02. */
  private SubjectId consultant(String id, int birthYear) {
    SubjectId s = SubjectId.of(id);
    engine.subjects().save(SubjectProfile.builder(s)
        .birthDate(LocalDate.of(birthYear, 5, 17))
        .contract(Contract.since(Instant.parse("2024-01-02T10:00:00Z")))
        .providedCategories(providedData)
        .build());
    clock.set("2024-01-02T10:00:00Z");
    engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF " + id).withForm(FormId.of("form.caf.paper")));
    clock.set("2024-01-10T09:00:00Z");
    return s;
  }

  private Request rewardsAbroad(SubjectId s, String country) {
    return Request.of(s, policy.purpose("contract.rewards"), policy.categories("identity.full-name", "financial.bank-details"))
        .withRecipient(policy.recipient("group-companies"))
        .withOperation(Operation.CROSS_BORDER_TRANSFER)
        .withDestinationCountry(country);
  }

  private Request toMarketers(SubjectId s) {
    return Request.of(s, policy.purpose("marketing.third-party"), policy.categories("identity.full-name", "contact.email"))
        .withRecipient(policy.recipient("third-party-marketers"))
        .withOperation(Operation.DISSEMINATION);
  }

  private List<AuditRecord> audit(String action) {
    return engine.audit().read(1, 10_000).stream().filter(r -> r.action().equals(action)).toList();
  }

  @Test
  @Tag("R22")
  @Tag("R36")
  @DisplayName("R22 R36 a cross-border transfer is logged with its country and the permit behind it, and shows in the register declaration")
  void crossBorderLoggedWithCountry() {
    SubjectId s = consultant("c-1", 1990);
    DisclosureOutcome out = engine.disclose(DisclosureRequest.of(rewardsAbroad(s, "RU")).withParty("Oriflame Holding AG"));
    assertTrue(out.permitted(), () -> out.decision().explain(Language.EN));
    Disclosure d = out.disclosure().orElseThrow();
    assertEquals(Optional.of("RU"), d.destinationCountry());
    assertTrue(d.crossBorder());
    assertEquals(RecipientId.of("group-companies"), d.recipient());
    assertEquals(Optional.of("Oriflame Holding AG"), d.party());
    assertEquals(policy.purpose("contract.rewards").id(), d.purpose());
    assertEquals(LegalBasis.CONTRACT, d.legalBasis());
    assertEquals(DisclosureGround.PROCESSOR_CONTRACT, d.ground());
    assertEquals(Instant.parse("2024-01-10T09:00:00Z"), d.at());
    assertEquals(policy.version(), d.policyVersion());
    assertEquals(out.decision().reasons().size(), d.reasons().size());
    assertEquals(out.decision().reasons().get(0).rule(), d.reasons().get(0).rule());
    assertEquals(out.decision().reasons().get(0).clauses(), d.reasons().get(0).clauses());
    assertEquals(List.of(d), engine.disclosures().about(s));
    assertEquals(List.of(d), engine.disclosures().to(RecipientId.of("group-companies")));
    assertEquals(Optional.of(d), engine.disclosures().find(d.id()));

    AuditRecord logged = audit("disclosure.recorded").get(0);
    assertEquals("RU", logged.details().get("country"));
    assertEquals(d.id(), logged.details().get("disclosure"));
    assertEquals(policy.version(), logged.policyVersion());
    assertTrue(engine.verifyAudit().intact(), () -> engine.verifyAudit().toString());

    DisclosureDeclaration register = engine.disclosures().registerDeclaration();
    assertEquals(List.of(new DisclosedRecipient(RecipientId.of("group-companies"), Optional.of("RU"), true, 1, d.at(), d.at())),
        register.disclosed());
    assertEquals(List.of(), register.undeclared());
    assertTrue(register.render(Language.EN).contains("group-companies  cross-border to RU  1 disclosure"),
        () -> register.render(Language.EN));
  }

  @Test
  @Tag("R22")
  @DisplayName("R22 a transfer to a country the policy does not declare is denied, audited as denied and not logged")
  void undeclaredCountryNotLogged() {
    SubjectId s = consultant("c-1", 1990);
    DisclosureOutcome out = engine.disclose(DisclosureRequest.of(rewardsAbroad(s, "US")));
    assertFalse(out.permitted());
    assertTrue(out.decision().hasReason(ReasonCode.DESTINATION_NOT_DECLARED));
    assertEquals(List.of(), engine.disclosures().about(s));
    assertEquals(List.of(), engine.disclosures().disclosedRecipients());
    assertEquals(1, audit("disclosure.denied").size());
    assertEquals(List.of(), audit("disclosure.recorded"));
    // a release abroad must say it is a cross-border transfer, so R22 is always applied
    Request disguised = rewardsAbroad(s, "RU").withOperation(Operation.DISSEMINATION);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> engine.disclose(DisclosureRequest.of(disguised)));
    assertTrue(e.getMessage().contains("CROSS_BORDER_TRANSFER"), e::getMessage);
  }

  @Test
  @Tag("R40")
  @DisplayName("R40 a disclosure to a third party that is not a processor leaves a pending notice, listed until marked sent")
  void thirdPartyNotice() {
    SubjectId s = consultant("c-1", 1990);
    DisclosureOutcome out = engine.disclose(DisclosureRequest.of(toMarketers(s)).withParty("Partner Marketing LLC"));
    assertTrue(out.permitted(), () -> out.decision().explain(Language.EN));
    assertTrue(out.noticeOwed());
    Disclosure d = out.disclosure().orElseThrow();
    assertFalse(d.crossBorder());
    assertEquals(DisclosureGround.CONSENT, d.ground());
    assertEquals(List.of(new SubjectNotice(d, Optional.empty())), engine.disclosures().pendingNotices(100));

    clock.set("2024-01-11T08:00:00Z");
    SubjectNotice sent = engine.disclosures().markNoticeSent(d.id());
    assertEquals(Optional.of(Instant.parse("2024-01-11T08:00:00Z")), sent.sentAt());
    assertEquals(List.of(), engine.disclosures().pendingNotices(100));
    assertEquals(List.of(sent), engine.disclosures().notices(s));
    clock.set("2024-01-12T08:00:00Z");
    assertEquals(sent, engine.disclosures().markNoticeSent(d.id()), "marking again changes nothing");
    assertEquals(1, audit("disclosure.notice-sent").size());
    assertTrue(engine.verifyAudit().intact(), () -> engine.verifyAudit().toString());
  }

  @Test
  @Tag("R40")
  @DisplayName("R40 a disclosure to a processor (a carrier performing the contract) owes no notice")
  void processorNoNotice() {
    SubjectId s = consultant("c-1", 1990);
    Request carriers = Request.of(s, policy.purpose("contract.performance"),
            policy.categories("identity.full-name", "contact.postal-address"))
        .withRecipient(policy.recipient("partners.carriers"))
        .withOperation(Operation.DISSEMINATION)
        .withDestinationCountry("KG");
    DisclosureOutcome out = engine.disclose(DisclosureRequest.of(carriers));
    assertTrue(out.permitted(), () -> out.decision().explain(Language.EN));
    assertFalse(out.noticeOwed());
    assertFalse(out.disclosure().orElseThrow().crossBorder());
    assertEquals(DisclosureGround.PROCESSOR_CONTRACT, out.disclosure().orElseThrow().ground());
    assertEquals(List.of(), engine.disclosures().pendingNotices(100));
    assertEquals(List.of(), engine.disclosures().notices(s));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> engine.disclosures().markNoticeSent(out.disclosure().orElseThrow().id()));
    assertTrue(e.getMessage().contains("needs no notice"), e::getMessage);
  }

  @Test
  @Tag("R18")
  @DisplayName("R18 a disclosure to an authority is logged with its legal demand as the ground")
  void legalDemandGround() {
    SubjectId s = consultant("c-1", 1990);
    Request demand = Request.of(s, policy.purpose("legal.authority-requests"), policy.categories("identity.tax-id"))
        .withRecipient(policy.recipient("authorities"))
        .withOperation(Operation.DISSEMINATION)
        .withGround(Ground.legalDemand("No. 12/345"));
    Disclosure d = engine.disclose(DisclosureRequest.of(demand).withParty("State Tax Service")).disclosure().orElseThrow();
    assertEquals(DisclosureGround.LEGAL_DEMAND, d.ground());
    assertEquals(Optional.of("No. 12/345"), d.groundReference());
    assertEquals(LegalBasis.LEGAL_OBLIGATION, d.legalBasis());
    assertTrue(d.noticeRequired(), "an authority is a third party that is not a processor (R40)");
  }

  @Test
  @DisplayName("a denied disclosure is not logged; a retry under the same id logs once; another release under it is refused")
  void deniedAndRetried() {
    SubjectId s = consultant("c-1", 1990);
    engine.consents().withdraw(s, policy.purpose("marketing.third-party"), Evidence.of(Channel.EMAIL, "mail-1"));
    assertFalse(engine.disclose(DisclosureRequest.of(toMarketers(s))).permitted());
    assertEquals(List.of(), engine.disclosures().about(s));

    SubjectId t = consultant("c-2", 1990);
    Disclosure first = engine.disclose(DisclosureRequest.of(rewardsAbroad(t, "SE")).withId("host-42")).disclosure().orElseThrow();
    clock.set("2024-01-10T09:05:00Z");
    assertEquals(first, engine.disclose(DisclosureRequest.of(rewardsAbroad(t, "SE")).withId("host-42")).disclosure().orElseThrow());
    assertEquals(1, engine.disclosures().about(t).size());
    assertThrows(DisclosureConflictException.class,
        () -> engine.disclose(DisclosureRequest.of(rewardsAbroad(t, "CH")).withId("host-42")));
    assertEquals(List.of(first), engine.disclosures().about(t));
    assertTrue(engine.verifyAudit().intact());
  }

  @Test
  @Tag("R13")
  @DisplayName("R13 an advertising report counts people per group, leaves out objectors and suppresses the small group")
  void advertisingReport() {
    Map<SubjectId, String> groups = new HashMap<>();
    for (int i = 0; i < 51; i++) {
      groups.put(consultant("young-" + i, 2000), "under-30");
    }
    for (int i = 0; i < 3; i++) {
      groups.put(consultant("old-" + i, 1950), "60-plus");
    }
    SubjectId objector = consultant("young-objector", 2001);
    groups.put(objector, "under-30");
    engine.consents().object(objector, policy.objection("objection.marketing"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    Request clicks = Request.of(objector, policy.purpose("advertising.measurement"), policy.categories("behaviour.clickstream"))
        .withRecipient(policy.recipient("advertising-agencies"))
        .withOperation(Operation.DISSEMINATION);

    AggregateReport report = engine.releaseAggregates(clicks, groups);
    assertEquals(50, report.minimumGroupSize());
    assertEquals(List.of(new AggregateReport.GroupCount("under-30", 51)), report.groups());
    assertEquals(1, report.suppressedGroups());
    assertEquals(OptionalLong.empty(), report.total(), "a total of 54 would give away the 3 people aged 60 and over");
    AuditRecord released = audit("disclosure.aggregates-released").get(0);
    assertEquals("54", released.details().get("counted"));
    assertEquals("1", released.details().get("suppressedGroups"));
    assertEquals("", released.subjectRef());

    // rows about individuals never go to an advertiser, and are never logged as a release
    SubjectId young = SubjectId.of("young-1");
    DisclosureOutcome rows = engine.disclose(DisclosureRequest.of(clicks.withSubject(young)));
    assertFalse(rows.permitted());
    assertTrue(rows.decision().hasReason(ReasonCode.RECIPIENT_DATA_FORM));
    assertEquals(List.of(), engine.disclosures().about(young));
    assertThrows(IllegalArgumentException.class,
        () -> engine.disclose(DisclosureRequest.of(clicks.withSubject(young).withDataForm(DataForm.AGGREGATE_ONLY))));
  }
}
