package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Recording consents: validation, history, receipts and audit. */
class ConsentLedgerTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");
  private PrivacyEngine engine;
  private final SubjectId subject = SubjectId.of("Айгүл Асанова +996555123456");

  @BeforeEach
  void setUp() {
    engine = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock)
        .pseudonymKey("a stable secret from the vault!".getBytes(java.nio.charset.StandardCharsets.UTF_8)).build();
    engine.subjects().save(SubjectProfile.builder(subject).birthDate(LocalDate.of(1990, 1, 1)).build());
  }

  @Test
  @DisplayName("events are stamped with the clock, the current revision and an id that sorts in recording order")
  void stamping() {
    Recorded a = engine.consents().acceptPolicy(subject, Evidence.of(Channel.CAF_PAPER, "CAF 000123"));
    Recorded b = engine.consents().grant(subject, policy.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.CAF_PAPER, "CAF 000123"));
    assertEquals(Instant.parse("2024-03-01T10:00:00Z"), a.event().effectiveAt());
    assertEquals(a.event().effectiveAt(), a.event().recordedAt());
    assertEquals("1", b.event().policyVersion());
    assertTrue(a.event().id().compareTo(b.event().id()) < 0);
    assertEquals(List.of(a.event(), b.event()), engine.consents().history(subject));
  }

  @Test
  @DisplayName("unknown ids fail fast; consent to a non-consent purpose is refused; nothing is written")
  void validation() {
    Evidence e = Evidence.of(Channel.EMAIL, "m");
    ConsentRejectedException unknown = assertThrows(ConsentRejectedException.class,
        () -> engine.consents().grant(subject, Set.of(PurposeId.of("marketing.sms")), e));
    assertEquals(RejectionCode.UNKNOWN_ELEMENT, unknown.code());
    assertTrue(unknown.getCause() instanceof UnknownIdException);
    assertTrue(unknown.getMessage().contains("did you mean 'marketing.similar-goods.sms'"), unknown::getMessage);
    assertEquals(RejectionCode.UNKNOWN_ELEMENT, assertThrows(ConsentRejectedException.class,
        () -> engine.consents().object(subject, Set.of(ObjectionId.of("objection.spam")), e)).code());
    assertEquals(RejectionCode.UNKNOWN_ELEMENT, assertThrows(ConsentRejectedException.class,
        () -> engine.consents().setCookiePreferences(subject, Set.of(CookieCategoryId.of("cookie.ads")), Set.of(), e)).code());
    ConsentRejectedException contract = assertThrows(ConsentRejectedException.class,
        () -> engine.consents().grant(subject, policy.purpose("contract.performance"), e));
    assertEquals(RejectionCode.NOT_CONSENT_BASED, contract.code());
    assertEquals("Cannot grant consent to purpose 'contract.performance': its legal basis is CONTRACT, not consent", contract.getMessage());
    assertEquals(List.of(), engine.consents().history(subject));
    assertEquals(1, engine.audit().head().sequence(), "only the profile save was audited");
  }

  @Test
  @DisplayName("R7 withdrawals and objections cannot be post-dated; grants only through the purpose's channels; known revisions only")
  void eventRules() {
    Instant now = clock.instant();
    ConsentWithdrawn later = new ConsentWithdrawn(EventId.of("w"), subject, Set.of(PurposeId.of("marketing.similar-goods.sms")), "1",
        now.plusSeconds(86_400), now, Evidence.of(Channel.EMAIL, "m"));
    assertTrue(assertThrows(ConsentRejectedException.class, () -> engine.consents().append(later)).getMessage()
        .contains("takes effect when it is recorded"));
    ConsentRejectedException channel = assertThrows(ConsentRejectedException.class,
        () -> engine.consents().grant(subject, policy.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.PHONE, "call")));
    assertTrue(channel.getMessage().contains("cannot be given by PHONE"), channel::getMessage);
    assertTrue(engine.consents().grant(subject, Set.of(PurposeId.of("marketing.similar-goods.sms")), Evidence.of(Channel.BULK_IMPORT, "legacy"))
        .appended(), "bulk imports of earlier consents are accepted");
    ConsentGranted unknownRevision = new ConsentGranted(EventId.of("v"), subject, Set.of(PurposeId.of("marketing.similar-goods.sms")),
        "7\u0000", now, now, Evidence.of(Channel.CAF_PAPER, "CAF"));
    assertTrue(assertThrows(ConsentRejectedException.class, () -> engine.consents().append(unknownRevision)).getMessage()
        .startsWith("Unknown policy revision '7\\u0000'"));
  }

  @Test
  @DisplayName("a retried append returns the stored event; a conflicting one is refused")
  void retries() {
    ConsentGranted g = new ConsentGranted(EventId.of("import-1"), subject, Set.of(PurposeId.of("marketing.similar-goods.sms")), "1",
        Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2024-03-01T10:00:00Z"), Evidence.of(Channel.BULK_IMPORT, "batch 7"));
    assertTrue(engine.consents().append(g).appended());
    Recorded again = engine.consents().append(g);
    assertFalse(again.appended());
    assertEquals(g, again.event());
    ConsentWithdrawn clash = new ConsentWithdrawn(EventId.of("import-1"), subject, g.purposes(), "1", g.effectiveAt(), g.recordedAt(),
        g.evidence());
    assertThrows(EventConflictException.class, () -> engine.consents().append(clash));
  }

  @Test
  @DisplayName("the state at any past instant is queryable")
  void history() {
    engine.consents().acceptPolicy(subject, Evidence.of(Channel.CAF_WEB, "web"));
    Instant t1 = clock.instant();
    clock.advance(Duration.ofDays(10));
    engine.consents().grant(subject, policy.purpose("marketing.similar-goods.email"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    Instant t2 = clock.instant();
    clock.advance(Duration.ofDays(10));
    engine.consents().withdraw(subject, policy.purpose("marketing.similar-goods.email"), Evidence.of(Channel.PHONE, "call"));
    Instant t3 = clock.instant();
    PurposeId email = PurposeId.of("marketing.similar-goods.email");
    assertEquals(ConsentStatus.Kind.NONE, engine.consents().state(subject, t1).consent(email).kind());
    assertEquals(ConsentStatus.Kind.GRANTED, engine.consents().state(subject, t2).consent(email).kind());
    assertEquals(ConsentStatus.Kind.WITHDRAWN, engine.consents().state(subject, t3).consent(email).kind());
    assertEquals(List.of(PurposeId.of("marketing.third-party")), engine.consents().state(subject, t1).grantedPurposes(),
        "accepting the policy at registration grants third-party marketing (§0, §6.1)");
    assertTrue(engine.consents().state(subject, t1.minusSeconds(1)).acceptance().isEmpty());
  }

  @Test
  @DisplayName("R1 R25 receipts follow ISO/IEC 27560 and the Kantara receipt, name the revision, carry no personal data")
  void receipts() throws Exception {
    Recorded r = engine.consents().grant(subject, policy.purpose("marketing.similar-goods.sms"),
        Evidence.of(Channel.CAF_PAPER, "CAF 000123").withNotice("Marketing notice text v1"));
    ConsentReceipt receipt = r.receipt().orElseThrow();
    assertEquals(receipt, engine.consents().receipt(r.event().id()).orElseThrow());
    JsonNode json = new ObjectMapper().readTree(receipt.toJson());
    assertEquals("oriflame-privacy-receipt/1", json.get("version").asText());
    assertEquals("grant", json.get("action").asText());
    assertEquals("«Oriflame Cosmetics» LLC", json.get("controller").asText());
    assertEquals("Bishkek, Kyrgyz Republic", json.get("controllerAddress").asText());
    assertEquals("KG", json.get("jurisdiction").asText());
    assertEquals("Law No. 58 of 2008-04-14", json.get("law").asText());
    assertEquals("oriflame-kg.personal-data-protection", json.get("policyId").asText());
    assertEquals("1", json.get("policyVersion").asText());
    assertEquals("2024-03-01T10:00:00Z", json.get("consentTimestamp").asText());
    assertEquals("CAF_PAPER", json.get("channel").asText());
    assertEquals("SUBJECT", json.get("method").asText());
    assertEquals("CAF 000123", json.get("evidenceReference").asText());
    assertEquals(Evidence.sha256("Marketing notice text v1"), json.get("noticeHash").asText());
    JsonNode purpose = json.get("purposes").get(0);
    assertEquals("marketing.similar-goods.sms", purpose.get("id").asText());
    assertEquals("CONSENT", purpose.get("legalBasis").asText());
    assertEquals("contact.mobile-phone", purpose.get("categories").get(1).asText());
    assertEquals("messaging-providers", purpose.get("recipients").get(0).asText());
    assertTrue(purpose.get("thirdPartyDisclosure").asBoolean());
    assertEquals(List.of("CAF_PAPER", "CAF_WEB", "ACCOUNT_SETTINGS", "EMAIL", "PHONE"),
        new ObjectMapper().convertValue(json.get("withdrawalChannels"), List.class));
    String text = receipt.toJson();
    assertFalse(text.contains("Айгүл") || text.contains("996555123456"), "the subject appears only as a pseudonym");
    assertTrue(json.get("subjectRef").asText().matches("subject:[0-9a-f]{16}"));
    assertFalse(text.contains("password"));
    Recorded w = engine.consents().withdraw(subject, policy.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.EMAIL, "m"));
    assertEquals("withdraw", w.receipt().orElseThrow().action());
    assertEquals(receipt.subjectRef(), w.receipt().orElseThrow().subjectRef(), "the same key gives the same pseudonym");
    assertTrue(engine.consents().object(subject, policy.objection("objection.marketing"), Evidence.of(Channel.EMAIL, "m"))
        .receipt().isEmpty(), "objections have no consent receipt");
  }

  @Test
  @DisplayName("R1 every append writes an audit record in the same step, naming the revision, without personal data")
  void audit() {
    engine.consents().grant(subject, policy.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.CAF_PAPER, "CAF 000123"));
    AuditRecord last = engine.audit().read(engine.audit().head().sequence(), 1).get(0);
    assertEquals("consent.granted", last.action());
    assertEquals("1", last.policyVersion());
    assertEquals("marketing.similar-goods.sms", last.details().get("purposes"));
    assertFalse(last.toString().contains("Айгүл"));
    assertFalse(last.toString().contains("CAF 000123"), "evidence references stay out of the audit log");
    assertTrue(engine.verifyAudit().intact());
  }

  @Test
  @Tag("R7")
  @Tag("R2")
  @DisplayName("R7 R2 grants, acceptances and lifted objections cannot take effect before they are recorded, except bulk imports with evidence")
  void noBackDating() {
    Instant now = clock.instant();
    Instant earlier = now.minusSeconds(3_600);
    PurposeId sms = PurposeId.of("marketing.similar-goods.sms");
    ConsentGranted backDated = new ConsentGranted(EventId.of("g"), subject, Set.of(sms), "1", earlier, now,
        Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
    assertTrue(assertThrows(ConsentRejectedException.class, () -> engine.consents().append(backDated)).getMessage()
        .contains("cannot take effect before it is recorded"));
    PolicyAccepted backDatedAcceptance = new PolicyAccepted(EventId.of("a"), subject, "1", earlier, now,
        Evidence.of(Channel.CAF_PAPER, "CAF 1"));
    assertThrows(ConsentRejectedException.class, () -> engine.consents().append(backDatedAcceptance));
    ObjectionLifted backDatedLift = new ObjectionLifted(EventId.of("l"), subject, Set.of(ObjectionId.of("objection.marketing")), "1",
        earlier, now, Evidence.of(Channel.EMAIL, "m"));
    assertThrows(ConsentRejectedException.class, () -> engine.consents().append(backDatedLift));
    ConsentGranted anonymousImport = new ConsentGranted(EventId.of("i0"), subject, Set.of(sms), "1", earlier, now,
        Evidence.of(Channel.BULK_IMPORT, ""));
    assertThrows(ConsentRejectedException.class, () -> engine.consents().append(anonymousImport), "an import names its evidence");
    assertEquals(List.of(), engine.consents().history(subject), "nothing was written");
    assertTrue(engine.consents().append(new ConsentGranted(EventId.of("i1"), subject, Set.of(sms), "1", earlier, now,
        Evidence.of(Channel.BULK_IMPORT, "legacy CRM row 7"))).appended());
    assertTrue(engine.consents().append(new PolicyAccepted(EventId.of("i2"), subject, "1", earlier, now,
        Evidence.of(Channel.BULK_IMPORT, "CAF 000777").withForm(FormId.of("form.caf.paper")))).appended());
  }

  @Test
  @Tag("R2")
  @DisplayName("R2 an acceptance through a channel that cannot accept the policy is refused, not recorded as nothing")
  void acceptanceChannels() {
    for (Channel channel : List.of(Channel.PHONE, Channel.EMAIL, Channel.ACCOUNT_SETTINGS, Channel.WEBSITE_FORM)) {
      ConsentRejectedException e = assertThrows(ConsentRejectedException.class,
          () -> engine.consents().acceptPolicy(subject, Evidence.of(channel, "x")));
      assertTrue(e.getMessage().startsWith("The policy cannot be accepted by " + channel), e::getMessage);
      assertTrue(e.getMessage().contains("CAF_PAPER, CAF_WEB"), e::getMessage);
    }
    ConsentRejectedException bulk = assertThrows(ConsentRejectedException.class,
        () -> engine.consents().acceptPolicy(subject, Evidence.of(Channel.BULK_IMPORT, "row 9")));
    assertTrue(bulk.getMessage().contains("must name the registration form"), bulk::getMessage);
    assertEquals(List.of(), engine.consents().history(subject));
    assertTrue(engine.consents().acceptPolicy(subject, Evidence.of(Channel.WEBSITE, "continued use")).appended(), "§9");
    assertTrue(engine.consents().acceptPolicy(subject, Evidence.of(Channel.CAF_WEB, "web CAF")).appended(), "§0");
  }

  @Test
  @Tag("R11")
  @Tag("R9")
  @DisplayName("R11 R9 a registration records the acceptance and the form's tick boxes as one event; boxes the form lacks are refused")
  void registrationBoxes() {
    Evidence caf = Evidence.of(Channel.CAF_PAPER, "CAF 000123").withForm(FormId.of("form.caf.paper"));
    assertThrows(ConsentRejectedException.class, () -> engine.consents().register(subject,
        Registration.through(caf).consentingTo(policy.purpose("contract.performance"))), "contracts need no tick box");
    ConsentRejectedException noBox = assertThrows(ConsentRejectedException.class, () -> engine.consents().register(subject,
        Registration.through(caf).optingOutOf(policy.objection("objection.network-sharing"))));
    assertTrue(noBox.getMessage().contains("has no opt-out box for objection 'objection.network-sharing'"), noBox::getMessage);
    assertThrows(ConsentRejectedException.class, () -> engine.consents().register(subject,
        Registration.through(Evidence.of(Channel.WEBSITE, "use")).consentingTo(policy.purpose("marketing.similar-goods.sms"))));
    assertEquals(List.of(), engine.consents().history(subject));

    Recorded r = engine.consents().register(subject, Registration.through(caf)
        .consentingTo(policy.purpose("marketing.similar-goods.sms"))
        .optingOutOf(policy.objection("objection.third-party-marketing")));
    assertEquals(List.of(r.event()), engine.consents().history(subject), "one event");
    ConsentState state = engine.consents().state(subject, clock.instant());
    assertEquals(List.of(PurposeId.of("marketing.similar-goods.sms"), PurposeId.of("marketing.third-party")), state.grantedPurposes());
    assertEquals(Set.of(ObjectionId.of("objection.third-party-marketing")), state.objections());
    assertEquals(r.event(), state.objection(ObjectionId.of("objection.third-party-marketing")).orElseThrow());
    assertEquals(List.of("marketing.third-party", "marketing.similar-goods.sms"),
        r.receipt().orElseThrow().purposes().stream().map(ConsentReceipt.ReceiptPurpose::id).toList());
    AuditRecord audit = engine.audit().read(engine.audit().head().sequence(), 1).get(0);
    assertEquals("marketing.similar-goods.sms", audit.details().get("consents"));
    assertEquals("objection.third-party-marketing", audit.details().get("optOuts"));
  }

  @Test
  @Tag("R25")
  @DisplayName("R25 a receipt never lists a credential category")
  void receiptsWithoutCredentials() {
    Purpose features = policy.purpose("site.interactive-features");
    Policy withLogin = policy.toBuilder().purposes(policy.purposes().stream().map(p -> !p.id().equals(features.id()) ? p
        : p.toBuilder().categories(Set.of(CategoryId.of("identity.full-name"), CategoryId.of("credential.password")))
            .build()).toList()).build();
    PrivacyEngine e = PrivacyEngine.builder().policy(withLogin).stores(InMemoryStores.create()).clock(clock).build();
    ConsentReceipt receipt = e.consents().grant(subject, features, Evidence.of(Channel.ACCOUNT_SETTINGS, "on"))
        .receipt().orElseThrow();
    assertEquals(List.of("identity.full-name"), receipt.purposes().get(0).categories());
    assertFalse(receipt.toJson().contains("credential"));
  }
}
