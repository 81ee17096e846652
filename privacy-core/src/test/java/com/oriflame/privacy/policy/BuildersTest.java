package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.testing.PolicyFixtures;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The builders of the policy model refuse bad input at the setter, naming the argument and what is
 * wrong with its value, and copy every field.
 */
class BuildersTest {
  private static final Policy BUNDLED = Policies.oriflameKyrgyzstan2017();

  private static void refuses(String message, Executable setter) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, setter);
    assertEquals(message, e.getMessage());
  }

  // ---- Policy.Builder ---------------------------------------------------------------------------

  @Test
  @DisplayName("Policy.Builder: every setter refuses null, blank or malformed values and null elements")
  void policySetters() {
    Policy.Builder b = Policy.builder();
    refuses("policy id is missing", () -> b.id(null));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.id("Oriflame KG")).getMessage()
        .startsWith("policy id 'Oriflame KG' is malformed"));
    refuses("policy version is missing (null)", () -> b.version(null));
    refuses("policy version is blank", () -> b.version(" "));
    refuses("policy effective date is missing (null)", () -> b.effectiveDate(null));
    refuses("policy title is missing (null)", () -> b.title(null));
    refuses("policy controller is missing (null)", () -> b.controller(null));
    refuses("policy jurisdiction is blank", () -> b.jurisdiction(""));
    refuses("policy law is missing (null)", () -> b.law(null));
    refuses("policy zone is missing (null)", () -> b.zone(null));
    refuses("register number is missing (null)", () -> b.registerNumber((String) null));
    refuses("register number is blank", () -> b.registerNumber(Optional.of("  ")));
    refuses("register number (an Optional; pass Optional.empty() for none) is missing (null)",
        () -> b.registerNumber((Optional<String>) null));
    refuses("policy change rule is missing (null)", () -> b.changes(null));
    refuses("policy minors rule is missing (null)", () -> b.minors(null));
    refuses("clauses is missing (null); pass an empty collection for none", () -> b.clauses(null));
    Purpose any = BUNDLED.purposes().list().get(0);
    refuses("purposes holds null at position 1", () -> b.purposes(Arrays.asList(any, null)));
    refuses("categories is missing (null); pass an empty collection for none", () -> b.categories(null));
    refuses("recipients holds null at position 0", () -> b.recipients(Arrays.asList((Recipient) null)));
    refuses("objections is missing (null); pass an empty collection for none", () -> b.objections(null));
    refuses("forms is missing (null); pass an empty collection for none", () -> b.forms(null));
    refuses("retentionRules is missing (null); pass an empty collection for none", () -> b.retentionRules(null));
    refuses("cookieCategories is missing (null); pass an empty collection for none", () -> b.cookieCategories(null));
    refuses("transfers is missing (null); pass an empty collection for none", () -> b.transfers(null));
    refuses("rights is missing (null); pass an empty collection for none", () -> b.rights(null));
    refuses("duties holds null at position 0", () -> b.duties(Arrays.asList((ConsultantDuty) null)));
  }

  @Test
  @DisplayName("Policy.Builder: build() names a required field that was never set")
  void policyRequiredFields() {
    IllegalStateException none = assertThrows(IllegalStateException.class, () -> Policy.builder().build());
    assertEquals("policy field 'id' is not set; call id(...) before build()", none.getMessage());
    Policy p = PolicyFixtures.minimal();
    Policy.Builder almost = Policy.builder().id(p.id()).version(p.version()).effectiveDate(p.effectiveDate())
        .controller(p.controller()).jurisdiction(p.jurisdiction()).law(p.law()).changes(p.changes());
    IllegalStateException minors = assertThrows(IllegalStateException.class, almost::build);
    assertEquals("policy field 'minors' is not set; call minors(...) before build()", minors.getMessage());
    Policy bare = almost.minors(p.minors()).build();
    assertEquals(Labels.none(), bare.title());
    assertEquals(java.time.ZoneOffset.UTC, bare.zone());
    assertTrue(bare.purposes().isEmpty());
    assertEquals(Optional.empty(), bare.registerNumber());
  }

  @Test
  @DisplayName("Policy.Builder: each setter sets the field its accessor reads; toBuilder() copies every field")
  void policyRoundTrip() {
    Policy p = BUNDLED.withRegisterNumber("KG-0001");
    Policy rebuilt = Policy.builder()
        .id(p.id()).version(p.version()).effectiveDate(p.effectiveDate()).title(p.title()).controller(p.controller())
        .jurisdiction(p.jurisdiction()).zone(p.zone()).law(p.law()).registerNumber(p.registerNumber())
        .clauses(p.clauses().list()).categories(p.categories().list()).purposes(p.purposes().list())
        .recipients(p.recipients().list()).objections(p.objections().list()).forms(p.forms().list())
        .retentionRules(p.retentionRules().list()).cookieCategories(p.cookieCategories().list())
        .transfers(p.transfers().list()).rights(p.rights().list()).duties(p.duties().list())
        .changes(p.changes()).minors(p.minors())
        .build();
    assertEquals(p, rebuilt);
    assertEquals(p.hashCode(), rebuilt.hashCode());
    assertEquals(p, p.toBuilder().build());
    // the setters above cover every field of the one list
    assertEquals(List.of("formatVersion", "id", "version", "effectiveDate", "title", "controller", "jurisdiction", "zone",
            "law", "registerNumber", "clauses", "categories", "purposes", "recipients", "objections", "forms", "retention",
            "cookies", "transfers", "rights", "duties", "changes", "minors"),
        Arrays.stream(PolicyContent.class.getRecordComponents()).map(RecordComponent::getName).toList(),
        "a new field needs a setter and an accessor: add them and extend this test");
  }

  @Test
  @DisplayName("a builder is a snapshot: changing it after build() does not change the policy built")
  void builtPoliciesAreImmutable() {
    Policy.Builder b = PolicyFixtures.minimal().toBuilder();
    Policy before = b.build();
    b.version("2").purposes(List.of());
    assertEquals("1", before.version());
    assertEquals(2, before.purposes().size());
  }

  // ---- Purpose.Builder --------------------------------------------------------------------------

  @Test
  @DisplayName("Purpose.Builder: every setter refuses null values and null elements, naming the purpose")
  void purposeSetters() {
    refuses("purpose id is missing", () -> Purpose.builder((String) null));
    refuses("purpose id is missing (null)", () -> Purpose.builder((PurposeId) null));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> Purpose.builder("Marketing SMS")).getMessage()
        .startsWith("purpose id 'Marketing SMS' is malformed"));
    Purpose.Builder b = Purpose.builder("marketing.sms");
    String of = " of purpose marketing.sms";
    refuses("labels" + of + " is missing (null)", () -> b.labels(null));
    refuses("clauses" + of + " is missing (null); pass an empty collection for none", () -> b.clauses(null));
    refuses("clauses" + of + " holds null at position 1", () -> b.clauses(Arrays.asList(ClauseRef.of("§2"), null)));
    refuses("legal basis" + of + " is missing (null)", () -> b.legalBasis(null));
    refuses("categories" + of + " holds null at position 0", () -> b.categories(Arrays.asList((CategoryId) null)));
    refuses("recipients" + of + " is missing (null); pass an empty collection for none", () -> b.recipients(null));
    refuses("operations" + of + " is missing (null); pass an empty collection for none", () -> b.operations(null));
    refuses("modes" + of + " is missing (null); pass an empty collection for none", () -> b.modes(null));
    refuses("traits" + of + " holds null at position 0", () -> b.traits(Arrays.asList((PurposeTrait) null)));
    refuses("conditions" + of + " is missing (null); pass an empty collection for none", () -> b.conditions(null));
    refuses("consent terms" + of + " is missing (null)", () -> b.consent((ConsentTerms) null));
    refuses("consent terms" + of + " (an Optional; pass Optional.empty() for none) is missing (null)",
        () -> b.consent((Optional<ConsentTerms>) null));
    refuses("retention rule" + of + " is missing (null)", () -> b.retention((RetentionRuleId) null));
    refuses("holds" + of + " is missing (null); pass an empty collection for none", () -> b.holds(null));
  }

  @Test
  @DisplayName("Purpose.Builder: every purpose of the bundled policy is rebuilt from its accessors and by toBuilder()")
  void purposeRoundTrip() {
    for (Purpose p : BUNDLED.purposes()) {
      Purpose rebuilt = Purpose.builder(p.id()).labels(p.labels()).clauses(p.clauses()).legalBasis(p.legalBasis())
          .basisInferred(p.basisInferred()).categories(p.categories()).recipients(p.recipients())
          .operations(p.operations()).modes(p.modes()).traits(p.traits()).conditions(p.conditions())
          .consent(p.consent()).retention(p.retention()).holds(p.holds()).build();
      assertEquals(p, rebuilt, p.id()::value);
      assertEquals(p, p.toBuilder().build(), p.id()::value);
    }
    Purpose sms = BUNDLED.purpose("marketing.similar-goods.sms");
    Purpose withoutTerms = sms.toBuilder().consent(Optional.empty()).retention(Optional.empty()).build();
    assertEquals(Optional.empty(), withoutTerms.consent());
    assertEquals(Optional.empty(), withoutTerms.retention());
    Purpose bare = Purpose.builder("x").build();
    assertEquals(Labels.none(), bare.labels());
    assertEquals(Set.of(), bare.categories());
    assertEquals(null, bare.legalBasis(), "left to the linter, as for a purpose read from a file");
    assertTrue(PolicyLinter.lint(PolicyFixtures.minimal().toBuilder()
        .purposes(PolicyLinterTest.plus(PolicyFixtures.minimal().purposes(), bare)).build()).codes()
        .contains(LintCode.MISSING_LEGAL_BASIS));
  }

  // ---- Recipient.Builder ------------------------------------------------------------------------

  @Test
  @DisplayName("Recipient.Builder: every setter refuses null values and null elements; build() names a missing kind or form")
  void recipientSetters() {
    refuses("recipient id is missing", () -> Recipient.builder((String) null));
    refuses("recipient id is missing (null)", () -> Recipient.builder((RecipientId) null));
    Recipient.Builder b = Recipient.builder("partners.carriers");
    String of = " of recipient partners.carriers";
    refuses("labels" + of + " is missing (null)", () -> b.labels(null));
    refuses("clauses" + of + " is missing (null); pass an empty collection for none", () -> b.clauses(null));
    refuses("kind" + of + " is missing (null)", () -> b.kind(null));
    refuses("data form" + of + " is missing (null)", () -> b.dataForm(null));
    refuses("conditions" + of + " holds null at position 0", () -> b.conditions(Arrays.asList((Condition) null)));
    refuses("categories" + of + " is missing (null); pass an empty collection for none", () -> b.categories(null));
    refuses("aggregation terms" + of + " is missing (null)", () -> b.aggregation((AggregationTerms) null));
    refuses("aggregation terms" + of + " (an Optional; pass Optional.empty() for none) is missing (null)",
        () -> b.aggregation((Optional<AggregationTerms>) null));
    refuses("obligations" + of + " is missing (null); pass an empty collection for none", () -> b.obligations(null));

    IllegalStateException kind = assertThrows(IllegalStateException.class, b::build);
    assertEquals("kind" + of + " is not set; call kind(...) before build()", kind.getMessage());
    IllegalStateException form = assertThrows(IllegalStateException.class, () -> b.kind(RecipientKind.BUSINESS_PARTNER).build());
    assertEquals("data form" + of + " is not set; call dataForm(...) before build()", form.getMessage());
  }

  @Test
  @DisplayName("Recipient.Builder: every recipient of the bundled policy is rebuilt from its accessors and by toBuilder()")
  void recipientRoundTrip() {
    for (Recipient r : BUNDLED.recipients()) {
      Recipient rebuilt = Recipient.builder(r.id()).labels(r.labels()).clauses(r.clauses()).kind(r.kind())
          .dataForm(r.dataForm()).conditions(r.conditions()).categories(r.categories()).processor(r.processor())
          .mayBeAbroad(r.mayBeAbroad()).aggregation(r.aggregation()).obligations(r.obligations()).build();
      assertEquals(r, rebuilt, r.id()::value);
      assertEquals(r, r.toBuilder().build(), r.id()::value);
    }
    UnaryOperator<Recipient> noTerms = r -> r.toBuilder().aggregation(Optional.empty()).build();
    assertEquals(Optional.empty(), noTerms.apply(BUNDLED.recipient("advertising-agencies")).aggregation());
  }
}
