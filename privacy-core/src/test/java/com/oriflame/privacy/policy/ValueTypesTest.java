package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.UnknownIdException;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Validation and behaviour of the small value types. */
class ValueTypesTest {

  @ParameterizedTest
  @ValueSource(strings = {"contact", "contact.email", "marketing.similar-goods.sms", "a1.b-2.c3", "external.rating-agencies"})
  void wellFormedIds(String id) {
    assertEquals(id, CategoryId.of(id).value());
    assertEquals(id, PurposeId.of(id).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Contact", "contact.", ".contact", "contact..email", "contact-", "-contact", "a--b",
      "contact email", "contact_email", "контакт", "contact.email;drop", "a%b", "x\u0000y"})
  void malformedIdsAreRejectedWithTheRule(String id) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CategoryId.of(id));
    assertTrue(e.getMessage().contains("is malformed: expected dot-separated segments"), e::getMessage);
    assertFalse(e.getMessage().contains("\u0000"), "control characters are escaped in messages");
  }

  @Test
  void idLengthIsBounded() {
    assertEquals(200, CategoryId.of("a".repeat(200)).value().length());
    assertThrows(IllegalArgumentException.class, () -> CategoryId.of("a".repeat(201)));
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> new PurposeId(null));
    assertEquals("purpose id is missing", missing.getMessage());
  }

  @Test
  void everyIdKindValidates() {
    List<Function<String, ElementId>> factories = List.of(CategoryId::of, PurposeId::of, RecipientId::of,
        ObjectionId::of, FormId::of, RetentionRuleId::of, CookieCategoryId::of, TransferId::of, DutyId::of);
    for (Function<String, ElementId> f : factories) {
      assertEquals("ok.id", f.apply("ok.id").value());
      assertThrows(IllegalArgumentException.class, () -> f.apply("Not Ok"));
    }
  }

  @Test
  @DisplayName("category hierarchy: parent, depth, coverage stops at segment boundaries")
  void categoryHierarchy() {
    CategoryId email = CategoryId.of("contact.email");
    assertEquals(Optional.of(CategoryId.of("contact")), email.parent());
    assertEquals(Optional.empty(), CategoryId.of("contact").parent());
    assertEquals(2, email.depth());
    assertTrue(CategoryId.of("contact").covers(email));
    assertFalse(CategoryId.of("contact").covers(CategoryId.of("contactless")));
    assertFalse(CategoryId.of("contact.e").covers(email));
    assertFalse(email.covers(CategoryId.of("contact")));
  }

  @Test
  void clauseRefs() {
    for (String ok : List.of("§0", "§1.1", "§2(6)", "§2(2′)", "§10", "§8.4", "Art. 17(e)", "Art. 30", "Art. 29-1")) {
      assertEquals(ok, ClauseRef.of(ok).value());
    }
    for (String bad : List.of("", "2", "§", "section 2", "§2(a)", "Art 30", "§1.1.1")) {
      assertThrows(IllegalArgumentException.class, () -> ClauseRef.of(bad), bad);
    }
    assertEquals(ClauseRef.of("§2"), ClauseRef.of("§2(6)").section());
    assertEquals(ClauseRef.of("§6.1"), ClauseRef.of("§6.1").section());
    assertEquals(ClauseRef.of("Art. 17"), ClauseRef.of("Art. 17(e)").section());
    assertTrue(ClauseRef.of("Art. 17(e)").isLawArticle());
    assertFalse(ClauseRef.of("§4").isLawArticle());
  }

  @Test
  void labels() {
    Labels l = Labels.of("Кыргызча", " ", "English");
    assertEquals(Optional.empty(), l.get(Language.RU), "blank is missing");
    assertEquals(EnumSet.of(Language.RU), l.missing());
    assertEquals("English", l.in(Language.RU, "id"));
    assertEquals("Кыргызча", l.in(Language.KY, "id"));
    assertEquals("fallback", Labels.none().in(Language.EN, "fallback"));
    assertEquals("ky", Language.KY.tag());
    assertEquals("ru", Language.RU.locale().getLanguage());
  }

  @Test
  void termsValidateTheirNumbers() {
    assertThrows(IllegalArgumentException.class, () -> new AggregationTerms(1, true));
    assertThrows(IllegalArgumentException.class, () -> new Deadline(-1, DeadlineUnit.CALENDAR_DAYS, false));
    assertThrows(IllegalArgumentException.class, () -> new ConsentTerms(Optional.of(Period.ZERO), Set.of(), Set.of(), false));
    assertThrows(IllegalArgumentException.class, () -> new ConsentTerms(Optional.of(Period.ofDays(-1)), Set.of(), Set.of(), false));
    assertThrows(IllegalArgumentException.class,
        () -> new MinorsRule(0, CategoryId.of("guardian.full-name"), List.of(ClauseRef.of("§1.1")), true));
    assertThrows(IllegalArgumentException.class, () -> new CrossBorderTransfer(TransferId.of("t"), Labels.none(),
        List.of(), Set.of(), Set.of(), Set.of(), Set.of("kg"), LegalBasis.CONSENT, false));
    assertEquals("1 working day", new Deadline(1, DeadlineUnit.WORKING_DAYS, false).toString());
    assertEquals("7 days (default)", new Deadline(7, DeadlineUnit.CALENDAR_DAYS, true).toString());
    assertEquals(Optional.of(Period.ofYears(2)), new ConsentTerms(Optional.of(Period.ofYears(2)), Set.of(), Set.of(), false).validity());
    assertEquals(Optional.empty(), new ConsentTerms(null, Set.of(), Set.of(), false).validity(), "null is absent, as in files");
  }

  @Test
  @DisplayName("collections are copied: later changes to the caller's list do not leak in")
  void defensiveCopies() {
    java.util.List<ClauseRef> clauses = new java.util.ArrayList<>(List.of(ClauseRef.of("§1")));
    DataCategory c = new DataCategory(CategoryId.of("a"), null, clauses, DataOrigin.SUBJECT, null, null);
    clauses.add(ClauseRef.of("§2"));
    assertEquals(List.of(ClauseRef.of("§1")), c.clauses());
    assertEquals(Labels.none(), c.labels());
    assertThrows(UnsupportedOperationException.class, () -> c.traits().add(CategoryTrait.CREDENTIAL));
    assertThrows(NullPointerException.class, () -> new DataCategory(CategoryId.of("a"), null,
        java.util.Arrays.asList(ClauseRef.of("§1"), null), DataOrigin.SUBJECT, null, null));
  }

  @Test
  void legalBases() {
    assertTrue(LegalBasis.CONSENT.consentBased());
    for (LegalBasis b : EnumSet.complementOf(EnumSet.of(LegalBasis.CONSENT))) {
      assertFalse(b.consentBased(), b::name);
    }
    assertEquals("dpv:LegitimateInterest", LegalBasis.LEGITIMATE_INTEREST.dpvTerm());
  }

  @Test
  @DisplayName("unknown-id messages list up to three suggestions, or say there are none")
  void unknownIdMessages() {
    assertEquals("Unknown recipient 'x'; the policy defines no recipient with a similar id",
        new UnknownIdException("recipient", "x", List.of()).getMessage());
    assertEquals("Unknown purpose 'a'; did you mean 'b'?", new UnknownIdException("purpose", "a", List.of("b")).getMessage());
    assertEquals("Unknown purpose 'a'; did you mean 'b', 'c' or 'd'?",
        new UnknownIdException("purpose", "a", List.of("b", "c", "d")).getMessage());
    Policy p = Policies.oriflameKyrgyzstan2017();
    assertEquals(List.of("advertising-agencies"),
        assertThrows(UnknownIdException.class, () -> p.recipient("advertising-agency")).suggestions());
    assertEquals(List.of("cookie.performance"),
        assertThrows(UnknownIdException.class, () -> p.cookieCategory("cookie.perfomance")).suggestions());
    assertEquals(List.of("objection.marketing"),
        assertThrows(UnknownIdException.class, () -> p.objection("objection.marketting")).suggestions());
    assertEquals(List.of(), assertThrows(UnknownIdException.class, () -> p.form("zzz")).suggestions());
  }
}
