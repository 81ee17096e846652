package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.UnknownIdException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The bundled Oriflame KG 2017 policy encodes the whole policy text, clause by clause. */
class BundledPolicyTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();

  private static Set<String> ids(List<? extends Object> elements, java.util.function.Function<Object, ElementId> id) {
    return elements.stream().map(id).map(ElementId::value).collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<String> leafCategories(DataOrigin origin) {
    return policy.categories().stream()
        .filter(c -> c.origin() == origin && !policy.hasChildren(c.id()))
        .map(c -> c.id().value())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  @DisplayName("lints without errors; the only warning is the missing register number")
  void lintsClean() {
    LintReport report = PolicyLinter.lint(policy);
    assertEquals(List.of(), report.errors(), report::toString);
    assertEquals(EnumSet.of(LintCode.REGISTER_NUMBER_MISSING), report.codes());
    assertSame(policy, Policies.oriflameKyrgyzstan2017());
  }

  @Test
  @Tag("R1")
  @DisplayName("R1 the revision stamp names operator, jurisdiction, law and revision")
  void revision() {
    PolicyRevision r = policy.revision();
    assertEquals("oriflame-kg.personal-data-protection", r.policyId());
    assertEquals("1", r.version());
    assertEquals(LocalDate.of(2017, 1, 1), r.effectiveDate());
    assertEquals("«Oriflame Cosmetics» LLC", r.controller());
    assertEquals("KG", r.jurisdiction());
    assertEquals("Law No. 58 of 2008-04-14", r.law());
    assertEquals("«Oriflame Cosmetics» LLC, KG, Law No. 58 of 2008-04-14: oriflame-kg.personal-data-protection rev. 1 of 2017-01-01",
        r.toString());
    assertEquals("Bishkek, Kyrgyz Republic", policy.controller().address());
    assertEquals("Об информации персонального характера", policy.law().title().ru());
  }

  @Test
  @Tag("R3")
  @DisplayName("R3 the catalogue holds the 11 items of §1.1 (phones as two categories)")
  void subjectGivenCategories() {
    assertEquals(new TreeSet<>(List.of(
            "identity.full-name", "identity.birth-date", "contact.postal-address", "contact.email",
            "contact.landline-phone", "contact.mobile-phone", "consultant.registration-number", "identity.tax-id",
            "financial.bank-details", "guardian.full-name", "identity.citizenship", "identity.document",
            "content.user-submitted", "payment.online-transaction", "credential.password")),
        leafCategories(DataOrigin.SUBJECT));
    for (String id : List.of("identity.full-name", "identity.birth-date", "contact.postal-address", "contact.email",
        "contact.landline-phone", "contact.mobile-phone", "consultant.registration-number", "identity.tax-id",
        "financial.bank-details", "guardian.full-name", "identity.citizenship", "identity.document")) {
      assertEquals(List.of(ClauseRef.of("§1.1")), policy.category(id).clauses(), id);
    }
    assertTrue(policy.category("guardian.full-name").has(CategoryTrait.MINORS_ONLY));
    assertTrue(policy.category("credential.password").has(CategoryTrait.CREDENTIAL));
  }

  @Test
  @Tag("R3")
  @DisplayName("R3 the catalogue holds the 15 automatic items of §1.2")
  void automaticCategories() {
    assertEquals(new TreeSet<>(List.of(
            "commerce.purchase-history", "device.connection", "device.login", "device.browser", "device.timezone",
            "device.plugins", "device.os", "behaviour.clickstream", "behaviour.products-viewed",
            "behaviour.response-times", "behaviour.download-errors", "behaviour.time-on-page",
            "behaviour.interactions", "behaviour.exit-method", "contact.inbound-call-number")),
        leafCategories(DataOrigin.AUTOMATIC));
  }

  @Test
  @Tag("R3")
  @DisplayName("R3 data from other sources (§1.3) is tagged with its source")
  void otherSources() {
    Set<String> external = leafCategories(DataOrigin.OTHER_SOURCES);
    assertEquals(9, external.size(), external::toString);
    for (String id : external) {
      DataCategory c = policy.category(id);
      assertTrue(id.startsWith("external."), id);
      assertEquals(1, c.sources().size(), id);
      assertTrue(c.clauses().contains(ClauseRef.of("§1.3")), id);
    }
    Set<String> sources = external.stream().flatMap(id -> policy.category(id).sources().stream()).collect(Collectors.toSet());
    assertTrue(sources.containsAll(Set.of("business partners", "payment providers", "delivery providers",
        "advertising networks", "analytics providers", "rating agencies")), sources::toString);
  }

  @Test
  @Tag("R3")
  @DisplayName("R3 a category outside the catalogue fails fast and names the closest ids")
  void unknownCategoryFailsFast() {
    UnknownIdException e = assertThrows(UnknownIdException.class, () -> policy.categories("contact.email", "contact.phone"));
    assertEquals("category", e.kind());
    assertEquals("contact.phone", e.id());
    assertEquals(List.of("contact.mobile-phone", "contact.landline-phone", "contact"), e.suggestions(), e::getMessage);
    assertTrue(e.getMessage().startsWith("Unknown category 'contact.phone'; did you mean "), e::getMessage);

    UnknownIdException p = assertThrows(UnknownIdException.class, () -> policy.purpose("marketing.sms"));
    assertEquals("Unknown purpose 'marketing.sms'; did you mean 'marketing.similar-goods.sms'?", p.getMessage());
  }

  @Test
  @DisplayName("every purpose of §2 (1)-(16) is encoded with one legal basis")
  void purposesOfSection2() {
    Set<String> cited = policy.purposes().stream().flatMap(p -> p.clauses().stream()).map(ClauseRef::value)
        .collect(Collectors.toSet());
    for (int n = 1; n <= 16; n++) {
      assertTrue(cited.contains("§2(" + n + ")"), "no purpose cites §2(" + n + ")");
    }
    assertTrue(cited.contains("§2(2′)"), "third-party marketing of §2");
    for (Purpose p : policy.purposes()) {
      assertNotNull(p.legalBasis(), p.id()::value);
      assertEquals(p.legalBasis() == LegalBasis.CONSENT, p.consent().isPresent(), p.id()::value);
    }
    assertEquals(LegalBasis.CONSENT, policy.purpose("marketing.similar-goods.sms").legalBasis());
    assertEquals(LegalBasis.CONTRACT, policy.purpose("contract.performance").legalBasis());
    assertEquals(LegalBasis.LEGAL_OBLIGATION, policy.purpose("legal.tax-and-statistics").legalBasis());
    assertEquals(LegalBasis.LEGAL_OBLIGATION, policy.purpose("legal.authority-requests").legalBasis());
  }

  @Test
  @Tag("R6")
  @DisplayName("R6 the Purchase-Sale Agreement publishes exactly five items")
  void publication() {
    Purpose p = policy.purpose("publication.purchase-sale-agreement");
    assertTrue(p.has(PurposeTrait.PUBLICATION));
    assertEquals(policy.categories("identity.full-name", "contact.email", "contact.postal-address",
        "consultant.registration-number", "contact.mobile-phone"), p.categories());
    assertEquals(Set.of(Operation.DISSEMINATION), p.operations());
  }

  @Test
  @Tag("R7")
  @Tag("R10")
  @DisplayName("R7 R10 opt-outs of §2, §3.3 and §6.1 with their channels")
  void objections() {
    Objection marketing = policy.objection("objection.marketing");
    assertEquals(EnumSet.of(Channel.CAF_PAPER, Channel.CAF_WEB, Channel.ACCOUNT_SETTINGS, Channel.EMAIL, Channel.PHONE),
        EnumSet.copyOf(marketing.channels()));
    for (Purpose p : policy.purposes()) {
      boolean blocked = policy.objectionsAgainst(p.id()).stream().anyMatch(o -> o.recipients().isEmpty());
      assertEquals(p.has(PurposeTrait.MARKETING), blocked, p.id()::value);
      if (blocked) {
        assertTrue(p.legalBasis() == LegalBasis.CONSENT || p.legalBasis() == LegalBasis.LEGITIMATE_INTEREST, p.id()::value);
      }
    }
    assertTrue(marketing.purposes().containsAll(Set.of(PurposeId.of("marketing.similar-goods.email"),
        PurposeId.of("marketing.similar-goods.sms"), PurposeId.of("marketing.third-party"),
        PurposeId.of("advertising.measurement"), PurposeId.of("marketing.recommendations"))));
    Objection network = policy.objection("objection.network-sharing");
    assertEquals(EnumSet.of(Channel.EMAIL, Channel.PHONE), EnumSet.copyOf(network.channels()));
    assertEquals(Set.of(RecipientId.of("network-participants")), network.recipients());
    assertEquals(Set.of(PurposeId.of("marketing.third-party")), policy.objection("objection.third-party-marketing").purposes());
    ConsentTerms sms = policy.purpose("marketing.similar-goods.sms").consent().orElseThrow();
    assertFalse(sms.grantedByPolicyAcceptance(), "e-mail/SMS marketing needs a positive consent (§2)");
    assertTrue(sms.withdrawalChannels().containsAll(Set.of(Channel.ACCOUNT_SETTINGS, Channel.EMAIL, Channel.PHONE, Channel.CAF_PAPER)));
  }

  @Test
  @Tag("R11")
  @DisplayName("R11 collection forms carry the marketing notices and opt-out boxes")
  void forms() {
    for (String id : List.of("form.caf.paper", "form.caf.web")) {
      CollectionForm caf = policy.form(id);
      assertTrue(caf.acceptanceBySubmission(), id);
      assertTrue(caf.notices().containsAll(EnumSet.of(NoticeKind.POLICY_ACCEPTANCE, NoticeKind.MARKETING_USE,
          NoticeKind.THIRD_PARTY_MARKETING, NoticeKind.CROSS_BORDER_TRANSFER)), id);
      assertEquals(Set.of(ObjectionId.of("objection.marketing"), ObjectionId.of("objection.third-party-marketing")), caf.optOutBoxes());
      assertTrue(caf.categories().contains(CategoryId.of("guardian.full-name")), id);
    }
    assertEquals(Channel.CAF_PAPER, policy.form("form.caf.paper").channel());
    assertEquals(Channel.CAF_WEB, policy.form("form.caf.web").channel());
    CollectionForm web = policy.form("form.website.registration");
    assertFalse(web.acceptanceBySubmission(), "only the CAF accepts the policy by submission (§0, R2)");
    assertTrue(web.notices().contains(NoticeKind.MARKETING_USE));
    assertEquals(Set.of(ObjectionId.of("objection.marketing")), web.optOutBoxes());
  }

  @Test
  @Tag("R13")
  @Tag("R14")
  @DisplayName("R13 R14 recipients of §3 with their conditions")
  void recipients() {
    Set<RecipientKind> kinds = policy.recipients().stream().map(Recipient::kind).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(RecipientKind.class), EnumSet.copyOf(kinds));
    Recipient ads = policy.recipient("advertising-agencies");
    assertEquals(DataForm.AGGREGATE_ONLY, ads.dataForm());
    assertTrue(ads.aggregation().orElseThrow().engineeringDefault());
    assertTrue(ads.obligations().containsAll(EnumSet.of(ObligationKind.AGGREGATES_ONLY, ObligationKind.SUPPRESS_SMALL_GROUPS)));
    assertEquals(Set.of(Condition.CREDIT_ASSESSMENT_REQUIRED), policy.recipient("credit-rating-agencies").conditions());
    assertEquals(Set.of(Condition.OPEN_MONETARY_CLAIM), policy.recipient("partners.debt-collection").conditions());
    assertEquals(Set.of(), policy.recipient("authorities").conditions(), "statutory reporting (§2(4)) needs no demand");
    assertEquals(Set.of(Condition.LEGAL_DEMAND), policy.purpose("legal.authority-requests").conditions());
    assertEquals(Set.of(Condition.POLICY_PURPOSE_ONLY), policy.recipient("group-companies").conditions());
    assertEquals(policy.categories("identity.full-name", "contact.email", "contact.mobile-phone"),
        policy.recipient("messaging-providers").categories());
    assertTrue(policy.recipient("network-participants").obligations().contains(ObligationKind.ENCRYPT_IN_TRANSIT));
  }

  @Test
  @Tag("R20")
  @DisplayName("R20 the processing operations are exactly those listed at the end of §2")
  void operations() {
    assertEquals(List.of(Operation.COLLECTION, Operation.SYSTEMATIZATION, Operation.ACCUMULATION, Operation.STORAGE,
        Operation.CLARIFICATION, Operation.USE, Operation.DISSEMINATION, Operation.DEPERSONALIZATION,
        Operation.BLOCKING, Operation.DESTRUCTION, Operation.CROSS_BORDER_TRANSFER), List.of(Operation.values()));
    assertEquals(List.of(ProcessingMode.AUTOMATED, ProcessingMode.NON_AUTOMATED), List.of(ProcessingMode.values()));
    for (Purpose p : policy.purposes()) {
      assertFalse(p.modes().isEmpty(), () -> p.id() + " records no processing mode");
    }
  }

  @Test
  @Tag("R23")
  @DisplayName("R23 online payment data is never stored by any purpose")
  void paymentDataNeverStored() {
    DataCategory card = policy.category("payment.online-transaction");
    assertTrue(card.has(CategoryTrait.NEVER_STORED));
    for (Purpose p : policy.purposes()) {
      assertFalse(p.categories().stream().anyMatch(c -> c.covers(card.id()) || card.id().covers(c)), p.id()::value);
    }
  }

  @Test
  @Tag("R32")
  @DisplayName("R32 exactly four cookie categories; essential cookies are never consent-based")
  void cookies() {
    assertEquals(4, policy.cookieCategories().size());
    assertEquals(EnumSet.allOf(CookieKind.class), EnumSet.copyOf(policy.cookieCategories().stream().map(CookieCategory::kind).toList()));
    CookieCategory essential = policy.cookieCategory("cookie.essential");
    assertFalse(essential.legalBasis().consentBased());
    assertEquals("Registered-user pages may be unavailable", essential.refusalEffect().en());
    assertTrue(essential.categories().contains(CategoryId.of("device.login")), "the login-name cookie is personal data (R33)");
    assertTrue(policy.cookieCategory("cookie.behavioural-advertising").thirdParty());
    for (CookieCategory c : policy.cookieCategories()) {
      assertEquals(Set.of(Channel.BROWSER_SETTINGS), c.refusalChannels(), c.id()::value);
    }
  }

  @Test
  @Tag("R36")
  @DisplayName("R36 the register declaration lists purposes, categories, storage terms, recipients and transfers")
  void registerDeclaration() {
    RegisterDeclaration d = policy.withRegisterNumber("KG-PD-2023-0001").registerDeclaration();
    assertEquals(Optional.of("KG-PD-2023-0001"), d.registerNumber());
    assertEquals(policy.purposes().list(), d.purposes());
    assertEquals(policy.categories().list(), d.categories());
    assertEquals(policy.retentionRules().list(), d.storageTerms());
    assertEquals(policy.recipients().list(), d.recipients());
    assertEquals(policy.transfers().list(), d.transfers());
    String en = d.render(Language.EN);
    assertTrue(en.contains("Register number: KG-PD-2023-0001"), en);
    assertTrue(en.contains("marketing.similar-goods.sms  Information about similar goods and services by SMS  [basis: consent; §2(2), §6.1]"), en);
    assertTrue(en.contains("retention.contract-data  P5Y after end-of-contract, then depersonalize (default)"), en);
    assertTrue(en.contains("transfer.success-plan-rewards  Processing Success Plan rewards  to group-companies in RU, SE, CH"
        + " (default: the policy names no country)"), en);
    assertTrue(en.contains("site.security  Keeping the site safe and secure  [basis: legitimate-interest (inferred); "), en);
    assertTrue(d.render(Language.KY).contains("Окшош товарлар жана кызматтар тууралуу SMS аркылуу маалымат"));
    assertTrue(policy.registerDeclaration().render(Language.RU).contains("Register number: (not registered)"));
  }

  @Test
  @Tag("R22")
  @DisplayName("R22 transfers abroad for order fulfilment, payment details, Success Plan rewards and support")
  void transfers() {
    assertEquals(Set.of("transfer.order-fulfilment", "transfer.payment-details", "transfer.success-plan-rewards", "transfer.support"),
        policy.transfers().stream().map(t -> t.id().value()).collect(Collectors.toSet()));
    for (CrossBorderTransfer t : policy.transfers()) {
      assertTrue(t.clauses().contains(ClauseRef.of("§4")));
      for (RecipientId r : t.recipients()) {
        assertTrue(policy.recipient(r).mayBeAbroad(), r::value);
      }
    }
  }

  @Test
  @DisplayName("rights of §6.1, §6.2 and §10 with channels and deadlines; account closure is its own right (§6.2)")
  void rights() {
    assertEquals(EnumSet.allOf(RightKind.class), EnumSet.copyOf(policy.rights().stream().map(SubjectRight::kind).toList()));
    SubjectRight closure = policy.right(RightKind.ACCOUNT_CLOSURE);
    assertEquals(Optional.of(new Deadline(1, DeadlineUnit.WORKING_DAYS, false)), closure.deadline());
    assertEquals(List.of(ClauseRef.of("§6.2")), closure.clauses());
    assertEquals(Set.of(Channel.EMAIL, Channel.PHONE), closure.channels());
    assertTrue(closure.identityVerification());
    SubjectRight erasure = policy.right(RightKind.ERASURE);
    assertEquals(Optional.of(new Deadline(7, DeadlineUnit.CALENDAR_DAYS, true)), erasure.deadline(), "no deadline found in the law: 7 days [eng]");
    assertTrue(erasure.identityVerification());
    assertEquals(List.of(ClauseRef.of("§2")), policy.right(RightKind.BLOCKING).clauses(),
        "the Kyrgyz §6.2 names no blocking; §2 names it among the operations, R39 takes it from the law");
    assertEquals(Optional.of(new Deadline(7, DeadlineUnit.CALENDAR_DAYS, false)), policy.right(RightKind.ACCESS).deadline());
    assertTrue(policy.right(RightKind.RECTIFICATION).deadline().orElseThrow().engineeringDefault());
    assertTrue(policy.right(RightKind.COMPLAINT).deadline().isEmpty());
  }

  @Test
  @DisplayName("the Consultant duties of §7, the change rule of §9, minors of §1.1")
  void dutiesChangesMinors() {
    assertEquals(8, policy.duties().size());
    for (ConsultantDuty d : policy.duties()) {
      assertEquals(List.of(ClauseRef.of("§7")), d.clauses());
      assertEquals(d.trigger() != DutyTrigger.ALWAYS, d.deadline().isPresent(), d.id()::value);
    }
    assertEquals(DutyTrigger.DEREGISTRATION, policy.duties().stream()
        .filter(d -> d.id().value().equals("duty.destroy-entrusted-data")).findFirst().orElseThrow().trigger());
    assertTrue(policy.changes().acceptanceByContinuedUse());
    assertTrue(policy.changes().reconsentWhenWidened());
    assertEquals(Set.of(Channel.WEBSITE, Channel.EMAIL, Channel.PREMISES), policy.changes().announcementChannels());
    assertEquals(18, policy.minors().majorityAge());
    assertEquals(CategoryId.of("guardian.full-name"), policy.minors().guardianCategory());
  }

  @Test
  @DisplayName("every engineering default is listed in the README")
  void defaultsAreDocumented() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    for (RetentionRule r : policy.retentionRules()) {
      if (r.engineeringDefault()) {
        assertTrue(readme.contains("`" + r.id() + "`"), () -> r.id() + " is a default but the README does not list it");
      }
    }
    assertTrue(readme.contains("`advertising-agencies`"), "minimum group size default");
    assertTrue(readme.contains("majority age"), "majority age default");
    for (CrossBorderTransfer t : policy.transfers()) {
      if (t.engineeringDefault()) {
        assertTrue(readme.contains("`" + t.id() + "`"), () -> t.id() + " names default countries but the README does not list it");
      }
    }
    for (SubjectRight right : policy.rights()) {
      if (right.deadline().filter(Deadline::engineeringDefault).isPresent()) {
        assertTrue(readme.contains("`" + PolicyJson.jsonName(right.kind()) + "`"), right.kind()::toString);
      }
    }
    for (ConsultantDuty d : policy.duties()) {
      if (d.deadline().filter(Deadline::engineeringDefault).isPresent()) {
        assertTrue(readme.contains("`" + d.id() + "`"), d.id()::value);
      }
    }
  }

  @Test
  @DisplayName("the bundled file is in the writer's canonical form")
  void canonicalForm() throws IOException {
    String text;
    try (InputStream in = Policies.class.getResourceAsStream(Policies.ORIFLAME_KG_2017_RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String canonical = PolicyWriter.writeString(policy);
    if (Boolean.getBoolean("privacy.policy.rewrite")) {
      Files.writeString(Path.of("src/main/resources" + Policies.ORIFLAME_KG_2017_RESOURCE), canonical, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(canonical, text, "rewrite it with: mvn -pl privacy-core test -Dtest=BundledPolicyTest -Dprivacy.policy.rewrite=true");
  }
}
