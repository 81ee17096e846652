package com.oriflame.privacy.policy;

import static com.oriflame.privacy.testing.PolicyFixtures.labels;
import static com.oriflame.privacy.testing.PolicyFixtures.refs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.DecisionEngine;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.decision.SubjectRecord;
import com.oriflame.privacy.testing.PolicyFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One policy per linter rule that breaks exactly that rule, starting from a clean policy. */
class PolicyLinterTest {

  private record Breaker(String rules, UnaryOperator<Policy> breaks) {}

  private static final Map<LintCode, Breaker> BREAKERS = new EnumMap<>(LintCode.class);

  private static void breaker(LintCode code, String rules, UnaryOperator<Policy> breaks) {
    BREAKERS.put(code, new Breaker(rules, breaks));
  }

  static {
    breaker(LintCode.DUPLICATE_ID, "",
        p -> p.toBuilder().categories(plus(p.categories(), p.category("identity.full-name"))).build());
    breaker(LintCode.DANGLING_CATEGORY, "R3",
        p -> withPurpose(p, "contract.performance",
            x -> x.toBuilder().categories(plus(x.categories(), CategoryId.of("contact.fax"))).build()));
    breaker(LintCode.DANGLING_RECIPIENT, "",
        p -> withPurpose(p, "contract.performance",
            x -> x.toBuilder().recipients(plus(x.recipients(), RecipientId.of("partners.unknown"))).build()));
    breaker(LintCode.DANGLING_PURPOSE, "",
        p -> withObjection(p, o -> new Objection(o.id(), o.labels(), o.clauses(), o.channels(),
            plus(o.purposes(), PurposeId.of("marketing.unknown")), o.recipients())));
    breaker(LintCode.DANGLING_OBJECTION, "R11",
        p -> withForm(p, f -> new CollectionForm(f.id(), f.labels(), f.clauses(), f.channel(), f.purposes(),
            f.categories(), f.notices(), plus(f.optOutBoxes(), ObjectionId.of("objection.unknown")), f.acceptanceBySubmission())));
    breaker(LintCode.DANGLING_RETENTION_RULE, "",
        p -> withPurpose(p, "contract.performance",
            x -> x.toBuilder().retention(RetentionRuleId.of("retention.unknown")).build()));
    breaker(LintCode.DANGLING_CLAUSE, "",
        p -> withCategory(p, "identity", c -> new DataCategory(c.id(), c.labels(), refs("§5"), c.origin(), c.sources(), c.traits())));
    breaker(LintCode.MISSING_CLAUSE, "",
        p -> p.toBuilder().duties(List.of(new ConsultantDuty(DutyId.of("duty.return"), labels("return data"), List.of(),
            DutyTrigger.DEREGISTRATION, Optional.empty()))).build());
    breaker(LintCode.ORPHAN_CATEGORY, "R3",
        p -> p.toBuilder().categories(plus(p.categories(), new DataCategory(CategoryId.of("payment.card"), labels("card"),
            refs("§4"), DataOrigin.SUBJECT, Set.of(), Set.of(CategoryTrait.NEVER_STORED)))).build());
    breaker(LintCode.MISSING_LEGAL_BASIS, "",
        p -> withPurpose(p, "contract.performance",
            PolicyLinterTest::withoutLegalBasis));
    breaker(LintCode.CONSENT_TERMS_MISSING, "R7",
        p -> withPurpose(p, "marketing.email",
            x -> x.toBuilder().legalBasis(LegalBasis.CONSENT).consent(Optional.empty()).build()));
    breaker(LintCode.CONSENT_WITHOUT_WITHDRAWAL_CHANNEL, "R7",
        p -> withPurpose(p, "marketing.email",
            x -> x.toBuilder().legalBasis(LegalBasis.CONSENT)
                .consent(new ConsentTerms(Optional.empty(), Set.of(Channel.CAF_PAPER), Set.of(), false)).build()));
    breaker(LintCode.CONSENT_TERMS_WITHOUT_CONSENT_BASIS, "",
        p -> withPurpose(p, "contract.performance",
            x -> x.toBuilder()
                .consent(new ConsentTerms(Optional.empty(), Set.of(Channel.CAF_PAPER), Set.of(Channel.EMAIL), false)).build()));
    breaker(LintCode.ELECTRONIC_MARKETING_WITHOUT_CONSENT, "R7",
        p -> withPurpose(p, "marketing.email",
            x -> x.toBuilder().legalBasis(LegalBasis.LEGITIMATE_INTEREST).consent(Optional.empty()).build()));
    breaker(LintCode.MARKETING_NOT_OBJECTABLE, "R10",
        p -> withObjection(p, o -> new Objection(o.id(), o.labels(), o.clauses(), o.channels(), Set.of(), Set.of())));
    breaker(LintCode.OBJECTION_BLOCKS_LEGAL_OBLIGATION, "R10 R18",
        p -> {
          Purpose tax = PolicyFixtures.purpose("legal.tax", LegalBasis.LEGAL_OBLIGATION, Set.of(CategoryId.of("identity")), Set.of());
          Policy q = p.toBuilder().purposes(plus(p.purposes(), tax)).build();
          return withObjection(q, o -> new Objection(o.id(), o.labels(), o.clauses(), o.channels(), plus(o.purposes(), tax.id()), o.recipients()));
        });
    breaker(LintCode.OBJECTION_WITHOUT_CHANNEL, "R7",
        p -> withObjection(p, o -> new Objection(o.id(), o.labels(), o.clauses(), Set.of(), o.purposes(), o.recipients())));
    breaker(LintCode.CATEGORY_WITHOUT_RETENTION, "",
        p -> {
          RetentionRule r = p.retentionRules().list().get(0);
          return p.toBuilder().retentionRules(List.of(new RetentionRule(r.id(), r.labels(), r.clauses(),
              Set.of(CategoryId.of("identity"), CategoryId.of("contact")), r.period(), r.trigger(), r.action(),
              r.holds(), r.engineeringDefault()))).build();
        });
    breaker(LintCode.NEVER_STORED_CATEGORY_STORED, "R23",
        p -> withCategory(p, "contact.email", c -> new DataCategory(c.id(), c.labels(), c.clauses(), c.origin(),
            c.sources(), Set.of(CategoryTrait.NEVER_STORED))));
    breaker(LintCode.ADVERTISING_NOT_AGGREGATE, "R13",
        p -> withRecipient(p, "advertising", r -> r.toBuilder().dataForm(DataForm.IDENTIFIED).build()));
    breaker(LintCode.AGGREGATION_TERMS_MISSING, "R13",
        p -> withRecipient(p, "advertising", r -> r.toBuilder().aggregation(Optional.empty()).build()));
    breaker(LintCode.CREDIT_AGENCY_UNCONDITIONAL, "R14",
        p -> p.toBuilder().recipients(plus(p.recipients(), Recipient.builder("credit-agencies").labels(labels("credit"))
            .clauses(refs("§3")).kind(RecipientKind.CREDIT_AGENCY).dataForm(DataForm.IDENTIFIED).build())).build());
    breaker(LintCode.ESSENTIAL_COOKIE_CONSENT, "R32",
        p -> withCookies(p, c -> c.kind() != CookieKind.ESSENTIAL ? c : new CookieCategory(c.id(), c.labels(), c.clauses(),
            c.kind(), LegalBasis.CONSENT, c.thirdParty(), c.purposes(), c.categories(), c.refusalChannels(), c.refusalEffect())));
    breaker(LintCode.COOKIE_KINDS_INCOMPLETE, "R32",
        p -> p.toBuilder().cookieCategories(p.cookieCategories().stream().filter(c -> c.kind() != CookieKind.FUNCTIONAL).toList()).build());
    breaker(LintCode.MISSING_LABEL, "",
        p -> withPurpose(p, "contract.performance", x -> x.toBuilder().labels(Labels.of("ky", null, "en")).build()));
    breaker(LintCode.FORM_MISSING_NOTICE, "R11",
        p -> withForm(p, f -> new CollectionForm(f.id(), f.labels(), f.clauses(), f.channel(), f.purposes(),
            f.categories(), Set.of(NoticeKind.POLICY_ACCEPTANCE), f.optOutBoxes(), f.acceptanceBySubmission())));
    breaker(LintCode.FORM_MISSING_OPT_OUT_BOX, "R11",
        p -> withForm(p, f -> new CollectionForm(f.id(), f.labels(), f.clauses(), f.channel(), f.purposes(),
            f.categories(), f.notices(), Set.of(), f.acceptanceBySubmission())));
    breaker(LintCode.PUBLICATION_BEYOND_AGREEMENT, "R6",
        p -> withPurpose(p, "marketing.email", x -> x.toBuilder().traits(plus(x.traits(), PurposeTrait.PUBLICATION)).build()));
    breaker(LintCode.PUBLICATION_WITHOUT_CONSENT, "R6",
        p -> {
          Policy q = withCategory(withCategory(p, "identity", c -> withTraits(c, CategoryTrait.PUBLIC_UNDER_AGREEMENT)),
              "contact.email", c -> withTraits(c, CategoryTrait.PUBLIC_UNDER_AGREEMENT));
          return withPurpose(q, "contract.performance", x -> x.toBuilder().traits(Set.of(PurposeTrait.PUBLICATION)).build());
        });
    breaker(LintCode.CREDENTIAL_DISCLOSED, "R25",
        p -> withCategory(p, "identity.full-name", c -> withTraits(c, CategoryTrait.CREDENTIAL)));
    breaker(LintCode.BUSINESS_BUYER_OUTSIDE_TRANSFER, "R17",
        p -> {
          Recipient buyers = PolicyFixtures.recipient("business-buyers", RecipientKind.BUSINESS_BUYER, DataForm.IDENTIFIED);
          Policy q = p.toBuilder().recipients(plus(p.recipients(), buyers)).build();
          return withPurpose(q, "contract.performance", x -> x.toBuilder().recipients(plus(x.recipients(), buyers.id())).build());
        });
    breaker(LintCode.TRANSFER_WITHOUT_COUNTRY, "R22",
        p -> p.toBuilder().transfers(p.transfers().stream().map(t -> new CrossBorderTransfer(t.id(), t.labels(), t.clauses(),
            t.purposes(), t.recipients(), t.categories(), Set.of(), t.ground(), t.engineeringDefault())).toList()).build());
    breaker(LintCode.PROCESSING_MODE_MISSING, "R20",
        p -> withPurpose(p, "contract.performance", x -> x.toBuilder().modes(Set.of()).build()));
    breaker(LintCode.RETENTION_TRIGGER_UNSUPPORTED, "",
        p -> {
          RetentionRule r = p.retentionRules().list().get(0);
          return p.toBuilder().retentionRules(List.of(new RetentionRule(r.id(), r.labels(), r.clauses(), r.categories(), r.period(),
              RetentionTrigger.PURPOSE_FULFILLED, r.action(), r.holds(), r.engineeringDefault()))).build();
        });
    breaker(LintCode.TRANSFER_RECIPIENT_NOT_ABROAD, "R22",
        p -> withRecipient(p, "partners.carriers", r -> r.toBuilder().mayBeAbroad(false).build()));
    breaker(LintCode.REGISTER_NUMBER_MISSING, "R36", p -> p.toBuilder().registerNumber(Optional.empty()).build());
    breaker(LintCode.SURVIVING_PURPOSE_WITHOUT_HOLD, "R29",
        p -> withPurpose(p, "contract.performance",
            x -> x.toBuilder().traits(Set.of(PurposeTrait.SURVIVES_ACCOUNT_CLOSURE)).build()));
    breaker(LintCode.REVISION_NOT_IN_HISTORY, "R34", p -> p.toBuilder().version("2").build());
    breaker(LintCode.PURPOSE_WITHOUT_CATEGORIES, "",
        p -> withPurpose(p, "contract.performance", x -> x.toBuilder().categories(Set.of()).build()));
    breaker(LintCode.PERIOD_TOO_LONG, "",
        p -> p.toBuilder().retentionRules(p.retentionRules().stream().map(r -> r.withPeriod(Period.ofYears(999_999_999))).toList()).build());
    breaker(LintCode.DATE_OUT_OF_RANGE, "", p -> p.toBuilder().effectiveDate(LocalDate.of(99_999, 1, 1)).build());
  }

  static Stream<Arguments> breakers() {
    return BREAKERS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue().rules(), e.getValue().breaks()));
  }

  @Test
  @DisplayName("the fixture policy lints without a single finding")
  void fixtureIsClean() {
    assertEquals(List.of(), PolicyLinter.lint(PolicyFixtures.minimal()).findings());
  }

  @Test
  @DisplayName("every lint code has a policy that breaks exactly it")
  void everyCodeHasABreaker() {
    assertEquals(EnumSet.allOf(LintCode.class), BREAKERS.keySet());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("breakers")
  void findsExactlyTheBrokenRule(LintCode code, String rules, UnaryOperator<Policy> breaks) {
    LintReport report = PolicyLinter.lint(breaks.apply(PolicyFixtures.minimal()));
    assertEquals(EnumSet.of(code), report.codes(), report::toString);
    for (LintFinding f : report.findings()) {
      assertEquals(code.severity(), f.severity());
      assertEquals(code.hint(), f.hint());
      assertFalse(f.elementId().isBlank());
      assertFalse(f.message().isBlank());
    }
    assertEquals(code.severity() == Severity.ERROR, report.hasErrors());
  }

  @Test
  @Tag("R7")
  @DisplayName("R7 marketing that reaches the subject through messaging providers on e-mail or phone lints as needing consent, whatever its traits")
  void marketingThroughMessagingNeedsConsent() {
    Recipient mailer = Recipient.builder("messaging-providers").labels(labels("mass mailing")).clauses(refs("§3"))
        .kind(RecipientKind.MESSAGING_PROVIDER).dataForm(DataForm.IDENTIFIED).processor(true)
        .obligations(Set.of(ObligationKind.RECORD_DISCLOSURE)).build();
    Policy base = withCategory(PolicyFixtures.minimal(), "contact.email", c -> withTraits(c, CategoryTrait.ELECTRONIC_CONTACT));
    base = base.toBuilder().recipients(plus(base.recipients(), mailer)).build();
    // the purpose says only "marketing" (no e-mail/SMS trait) and claims an interest of the operator
    Policy sneaky = withPurpose(base, "marketing.email", x -> x.toBuilder().legalBasis(LegalBasis.LEGITIMATE_INTEREST)
        .basisInferred(true).recipients(Set.of(mailer.id())).traits(Set.of(PurposeTrait.MARKETING)).consent(Optional.empty())
        .build());
    assertEquals(EnumSet.of(LintCode.ELECTRONIC_MARKETING_WITHOUT_CONSENT), PolicyLinter.lint(sneaky).codes(),
        () -> PolicyLinter.lint(sneaky).toString());
    Policy survey = withPurpose(sneaky, "marketing.email", x -> x.toBuilder().basisInferred(false)
        .traits(Set.of(PurposeTrait.SURVEY)).build());
    assertTrue(PolicyLinter.lint(survey).codes().contains(LintCode.ELECTRONIC_MARKETING_WITHOUT_CONSENT), "surveys too (§3.3, R15)");
    Policy serviceMessages = withPurpose(sneaky, "marketing.email", x -> x.toBuilder().legalBasis(LegalBasis.CONTRACT)
        .basisInferred(false).traits(Set.of()).build());
    assertFalse(PolicyLinter.lint(serviceMessages).codes().contains(LintCode.ELECTRONIC_MARKETING_WITHOUT_CONSENT),
        "service messages are not marketing");
  }

  private static Set<LintCode> codes(Policy p) {
    return PolicyLinter.lint(p).codes();
  }

  private static Policy withRetention(Policy p, Period period) {
    return p.toBuilder().retentionRules(p.retentionRules().stream().map(r -> r.withPeriod(period)).toList()).build();
  }

  private static Policy withDeadline(Policy p, int days) {
    return p.toBuilder()
        .rights(p.rights().stream().map(r -> new SubjectRight(r.kind(), r.labels(), r.clauses(), r.channels(),
            Optional.of(new Deadline(days, DeadlineUnit.WORKING_DAYS, false)), r.identityVerification())).toList())
        .build();
  }

  @Test
  @DisplayName("periods up to 200 years pass, one day more is PERIOD_TOO_LONG: retention, consent validity, deadlines")
  void periodLimits() {
    Policy p = PolicyFixtures.minimal();
    for (String ok : List.of("P200Y", "P2400M", "P73048D", "P199Y11M30D", "P1D")) {
      assertEquals(Set.of(), codes(withRetention(p, Period.parse(ok))), ok);
    }
    for (String tooLong : List.of("P201Y", "P2401M", "P73049D", "P200Y1D", "P999999999Y", "P2147483647D")) {
      assertEquals(EnumSet.of(LintCode.PERIOD_TOO_LONG), codes(withRetention(p, Period.parse(tooLong))), tooLong);
    }
    for (Period v : List.of(Period.ofYears(200), Period.ofYears(201))) {
      Policy q = withPurpose(p, "marketing.email", x -> x.toBuilder().consent(new ConsentTerms(Optional.of(v),
          x.consent().orElseThrow().grantChannels(), x.consent().orElseThrow().withdrawalChannels(), false)).build());
      assertEquals(v.getYears() > 200 ? EnumSet.of(LintCode.PERIOD_TOO_LONG) : Set.of(), codes(q), v::toString);
    }
    assertEquals(Set.of(), codes(withDeadline(p, PolicyLinter.MAX_PERIOD_DAYS)));
    assertEquals(EnumSet.of(LintCode.PERIOD_TOO_LONG), codes(withDeadline(p, PolicyLinter.MAX_PERIOD_DAYS + 1)));
    Policy duty = p.toBuilder().duties(p.duties().stream().map(d -> new ConsultantDuty(d.id(), d.labels(), d.clauses(),
        d.trigger(), Optional.of(new Deadline(Integer.MAX_VALUE, DeadlineUnit.CALENDAR_DAYS, false)))).toList()).build();
    assertEquals(EnumSet.of(LintCode.PERIOD_TOO_LONG), codes(duty));
  }

  @Test
  @DisplayName("dates from 1900-01-01 to 9999-12-31 pass, others are DATE_OUT_OF_RANGE: effective, law and revision dates")
  void dateLimits() {
    Policy p = PolicyFixtures.minimal();
    for (String ok : List.of("1900-01-01", "9999-12-31")) {
      assertEquals(Set.of(), codes(p.toBuilder().effectiveDate(LocalDate.parse(ok)).build()), ok);
    }
    for (String out : List.of("1899-12-31", "+10000-01-01", "+99999-01-01", "-0001-01-01")) {
      LocalDate date = LocalDate.parse(out);
      assertEquals(EnumSet.of(LintCode.DATE_OUT_OF_RANGE), codes(p.toBuilder().effectiveDate(date).build()), out);
      Law law = p.law();
      assertEquals(EnumSet.of(LintCode.DATE_OUT_OF_RANGE),
          codes(p.toBuilder().law(new Law(law.title(), law.number(), date)).build()), out);
      ChangeRule c = p.changes();
      List<PolicyChange> history = c.history().stream()
          .map(h -> new PolicyChange(h.version(), date, h.widenedPurposes(), h.summary())).toList();
      assertEquals(EnumSet.of(LintCode.DATE_OUT_OF_RANGE), codes(p.toBuilder().changes(new ChangeRule(c.clauses(),
          c.announcementChannels(), c.acceptanceByContinuedUse(), c.reconsentWhenWidened(), history)).build()), out);
    }
  }

  @Test
  @DisplayName("the bundled policy at the limits decides at the edges of the supported time range")
  void limitsAreSafeForTheEngine() {
    Policy bundled = Policies.oriflameKyrgyzstan2017();
    Policy p = withRetention(bundled, Period.ofYears(PolicyLinter.MAX_PERIOD_YEARS));
    assertFalse(PolicyLinter.lint(p).hasErrors(), () -> PolicyLinter.lint(p).toString());
    assertTrue(codes(withRetention(bundled, Period.ofYears(999_999_999))).contains(LintCode.PERIOD_TOO_LONG));
    DecisionEngine engine = DecisionEngine.of(p, p.zone());
    Instant earliest = Instant.parse("1900-01-01T00:00:00Z");
    for (Instant at : List.of(earliest, Instant.parse("9999-12-31T23:59:59Z"))) {
      for (Purpose purpose : p.purposes()) {
        Request request = Request.of(SubjectId.of("limits"), purpose.id(), purpose.categories()).withInstant(at);
        assertNotNull(engine.decide(request.withDataCollectedAt(earliest), SubjectRecord.NONE, List::of));
      }
    }
  }

  @Test
  @DisplayName("all problems are reported at once, errors before warnings")
  void reportsEverythingAtOnce() {
    Policy broken = PolicyFixtures.minimal();
    for (LintCode code : List.of(LintCode.REGISTER_NUMBER_MISSING, LintCode.MISSING_LEGAL_BASIS,
        LintCode.ADVERTISING_NOT_AGGREGATE, LintCode.FORM_MISSING_OPT_OUT_BOX)) {
      broken = BREAKERS.get(code).breaks().apply(broken);
    }
    LintReport report = PolicyLinter.lint(broken);
    assertEquals(EnumSet.of(LintCode.REGISTER_NUMBER_MISSING, LintCode.MISSING_LEGAL_BASIS,
        LintCode.ADVERTISING_NOT_AGGREGATE, LintCode.FORM_MISSING_OPT_OUT_BOX), report.codes());
    assertEquals(Severity.WARNING, report.findings().get(report.findings().size() - 1).severity());
    assertTrue(report.format(Severity.WARNING).contains("purpose contract.performance"));
    assertFalse(report.format(Severity.ERROR).contains("REGISTER_NUMBER_MISSING"));
  }

  // ---- helpers --------------------------------------------------------------------------------

  static <T> List<T> plus(List<T> list, T extra) {
    List<T> copy = new ArrayList<>(list);
    copy.add(extra);
    return copy;
  }

  static <T> List<T> plus(Catalog<?, T> catalog, T extra) {
    return plus(catalog.list(), extra);
  }

  static <T> Set<T> plus(Set<T> set, T extra) {
    Set<T> copy = new LinkedHashSet<>(set);
    copy.add(extra);
    return copy;
  }

  /**
   * {@code x} without its legal basis and consent terms, as a file may hold it. A builder keeps a
   * basis once set, so the purpose is built afresh from the rest of {@code x}.
   */
  static Purpose withoutLegalBasis(Purpose x) {
    return Purpose.builder(x.id()).labels(x.labels()).clauses(x.clauses()).basisInferred(x.basisInferred())
        .categories(x.categories()).recipients(x.recipients()).operations(x.operations()).modes(x.modes())
        .traits(x.traits()).conditions(x.conditions()).retention(x.retention()).holds(x.holds()).build();
  }

  static DataCategory withTraits(DataCategory c, CategoryTrait trait) {
    return new DataCategory(c.id(), c.labels(), c.clauses(), c.origin(), c.sources(), plus(c.traits(), trait));
  }

  static Policy withPurpose(Policy p, String id, UnaryOperator<Purpose> change) {
    return p.toBuilder().purposes(p.purposes().stream().map(x -> x.id().value().equals(id) ? change.apply(x) : x).toList()).build();
  }

  static Policy withCategory(Policy p, String id, UnaryOperator<DataCategory> change) {
    return p.toBuilder().categories(p.categories().stream().map(x -> x.id().value().equals(id) ? change.apply(x) : x).toList()).build();
  }

  static Policy withRecipient(Policy p, String id, UnaryOperator<Recipient> change) {
    return p.toBuilder().recipients(p.recipients().stream().map(x -> x.id().value().equals(id) ? change.apply(x) : x).toList()).build();
  }

  static Policy withObjection(Policy p, UnaryOperator<Objection> change) {
    return p.toBuilder().objections(p.objections().stream().map(change).toList()).build();
  }

  static Policy withForm(Policy p, UnaryOperator<CollectionForm> change) {
    return p.toBuilder().forms(p.forms().stream().map(change).toList()).build();
  }

  static Policy withCookies(Policy p, UnaryOperator<CookieCategory> change) {
    return p.toBuilder().cookieCategories(p.cookieCategories().stream().map(change).toList()).build();
  }
}
