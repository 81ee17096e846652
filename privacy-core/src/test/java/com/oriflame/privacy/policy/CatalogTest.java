package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.testing.PolicyFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of policy element answers get, find, list and ids the same way. */
class CatalogTest {
  private static final Policy BUNDLED = Policies.oriflameKyrgyzstan2017();

  /**
   * One kind of element: where its catalog sits, the singular shortcut taking a string, an id the
   * policy defines, one it does not with the closest id expected in the message (or {@code null} for
   * none), and a malformed id.
   */
  private record Kind(String name, Policy policy, Function<Policy, Catalog<?, ?>> catalog,
      BiFunction<Policy, String, Object> shortcut, String known, String unknown, String closest, String malformed) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> kinds() {
    return Stream.of(
        new Kind("clause", BUNDLED, Policy::clauses, Policy::clause, "§6.1", "§6.7", "§6.1", "section 6"),
        new Kind("category", BUNDLED, Policy::categories, Policy::category,
            "contact.email", "contact.phone", "contact.mobile-phone", "Contact.Email"),
        new Kind("purpose", BUNDLED, Policy::purposes, Policy::purpose,
            "marketing.similar-goods.sms", "marketing.sms", "marketing.similar-goods.sms", "marketing..sms"),
        new Kind("recipient", BUNDLED, Policy::recipients, Policy::recipient,
            "partners.carriers", "partners.carrier", "partners.carriers", "Partners"),
        new Kind("objection", BUNDLED, Policy::objections, Policy::objection,
            "objection.marketing", "objection.marketng", "objection.marketing", "objection marketing"),
        new Kind("form", BUNDLED, Policy::forms, Policy::form, "form.caf.web", "form.caf.wep", "form.caf.web", "form/caf"),
        new Kind("retention rule", BUNDLED, Policy::retentionRules, Policy::retentionRule,
            "retention.credentials", "retention.credential", "retention.credentials", ""),
        new Kind("cookie category", BUNDLED, Policy::cookieCategories, Policy::cookieCategory,
            "cookie.functional", "cookie.functionl", "cookie.functional", "cookie.Functional"),
        new Kind("transfer", BUNDLED, Policy::transfers, Policy::transfer,
            "transfer.support", "transfer.suport", "transfer.support", "transfer support"),
        new Kind("duty", BUNDLED, Policy::duties, Policy::duty,
            "duty.answer-queries", "duty.answer-queris", "duty.answer-queries", "duty.-x"),
        // the bundled policy grants every right; the fixture grants access only
        new Kind("right", PolicyFixtures.minimal(), Policy::rights, Policy::right, "access", "erasure", null, "acess"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  @DisplayName("get and find by id and by string, list, ids, contains, size and order agree")
  void answersTheSameWay(Kind kind) {
    check(kind.catalog().apply(kind.policy()), kind);
  }

  private static <K, V> void check(Catalog<K, V> catalog, Kind kind) {
    assertEquals(kind.name(), catalog.kind());
    V element = catalog.get(kind.known());
    assertSame(element, kind.shortcut().apply(kind.policy(), kind.known()), "the shortcut is get on the catalog");
    assertEquals(Optional.of(element), catalog.find(kind.known()));

    List<V> inOrder = new ArrayList<>();
    catalog.forEach(inOrder::add);
    assertEquals(catalog.list(), inOrder, "iteration is policy order");
    assertEquals(catalog.list(), catalog.stream().toList());
    assertEquals(catalog.list().size(), catalog.size());
    assertFalse(catalog.isEmpty());
    assertEquals(catalog.size(), catalog.ids().size(), "a linted policy defines each id once");
    List<V> byId = new ArrayList<>();
    for (K id : catalog.ids()) {
      assertTrue(catalog.contains(id));
      assertEquals(Optional.of(catalog.get(id)), catalog.find(id));
      byId.add(catalog.get(id));
    }
    assertEquals(catalog.list(), byId, "ids are in policy order");
    assertTrue(byId.contains(element));
    assertThrows(UnsupportedOperationException.class, () -> catalog.list().clear());
    assertThrows(UnsupportedOperationException.class, () -> catalog.ids().clear());

    // an id the policy does not define: find is empty, get fails fast naming the kind and close ids
    assertEquals(Optional.empty(), catalog.find(kind.unknown()));
    UnknownIdException unknown = assertThrows(UnknownIdException.class, () -> catalog.get(kind.unknown()));
    assertEquals(kind.name(), unknown.kind());
    assertEquals(kind.unknown(), unknown.id());
    assertTrue(unknown.getMessage().startsWith("Unknown " + kind.name() + " '" + kind.unknown() + "'"), unknown::getMessage);
    if (kind.closest() == null) {
      assertEquals(List.of(), unknown.suggestions());
      assertTrue(unknown.getMessage().endsWith("the policy defines no " + kind.name() + " with a similar id"), unknown::getMessage);
    } else {
      assertEquals(kind.closest(), unknown.suggestions().get(0), unknown::getMessage);
      assertTrue(unknown.getMessage().contains("did you mean '" + kind.closest() + "'"), unknown::getMessage);
    }
    assertThrows(UnknownIdException.class, () -> kind.shortcut().apply(kind.policy(), kind.unknown()));

    // a malformed id: find is empty, get says what is wrong with the value, naming the kind
    assertEquals(Optional.empty(), catalog.find(kind.malformed()));
    IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class, () -> catalog.get(kind.malformed()));
    String message = malformed.getMessage();
    assertTrue(message.contains("'" + kind.malformed() + "'"), message);
    assertTrue(message.startsWith(kind.name().equals("clause") ? "clause reference" : kind.name()), message);

    // null: get names the kind, find answers empty
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> catalog.get((String) null));
    assertTrue(missing.getMessage().startsWith(kind.name()), missing::getMessage);
    K none = null;
    assertThrows(IllegalArgumentException.class, () -> catalog.get(none));
    assertEquals(Optional.empty(), catalog.find((String) null));
    assertEquals(Optional.empty(), catalog.find(none));
    assertFalse(catalog.contains(null));
  }

  @Test
  @DisplayName("the typed shortcuts answer as the string ones do")
  void typedShortcuts() {
    Policy p = BUNDLED;
    assertSame(p.purpose("marketing.similar-goods.sms"), p.purpose(PurposeId.of("marketing.similar-goods.sms")));
    assertSame(p.category("contact.email"), p.category(CategoryId.of("contact.email")));
    assertSame(p.recipient("partners.carriers"), p.recipient(RecipientId.of("partners.carriers")));
    assertSame(p.objection("objection.marketing"), p.objection(ObjectionId.of("objection.marketing")));
    assertSame(p.form("form.caf.web"), p.form(FormId.of("form.caf.web")));
    assertSame(p.retentionRule("retention.credentials"), p.retentionRule(RetentionRuleId.of("retention.credentials")));
    assertSame(p.cookieCategory("cookie.functional"), p.cookieCategory(CookieCategoryId.of("cookie.functional")));
    assertSame(p.transfer("transfer.support"), p.transfer(TransferId.of("transfer.support")));
    assertSame(p.duty("duty.answer-queries"), p.duty(DutyId.of("duty.answer-queries")));
    assertSame(p.clause("§6.1"), p.clause(ClauseRef.of("§6.1")));
    assertSame(p.right("account-closure"), p.right(RightKind.ACCOUNT_CLOSURE));
    assertSame(p.right("ACCOUNT_CLOSURE"), p.right(RightKind.ACCOUNT_CLOSURE), "the Java name is read too");
  }

  @Test
  @DisplayName("answers about a purpose or a category fail fast for an id the policy does not define")
  void derivedAnswersFailFast() {
    UnknownIdException purpose = assertThrows(UnknownIdException.class,
        () -> BUNDLED.objectionsAgainst(PurposeId.of("marketing.sms")));
    assertTrue(purpose.getMessage().contains("did you mean 'marketing.similar-goods.sms'"), purpose::getMessage);
    assertThrows(UnknownIdException.class, () -> BUNDLED.retentionFor(CategoryId.of("contact.phone")));
    assertThrows(UnknownIdException.class, () -> BUNDLED.hasChildren(CategoryId.of("contact.phone")));
    assertThrows(UnknownIdException.class, () -> BUNDLED.categories("contact.email", "contact.phone"));
    assertEquals(List.of(BUNDLED.objection("objection.marketing")),
        BUNDLED.objectionsAgainst(PurposeId.of("marketing.similar-goods.sms")));
  }

  @Test
  @DisplayName("a duplicate id is listed twice and found once: the first definition wins, the linter reports it")
  void duplicates() {
    Policy p = PolicyFixtures.minimal();
    DataCategory first = p.category("identity");
    DataCategory twin = new DataCategory(first.id(), PolicyFixtures.labels("twin"), first.clauses(), DataOrigin.AUTOMATIC,
        first.sources(), first.traits());
    Policy twice = p.toBuilder().categories(PolicyLinterTest.plus(p.categories(), twin)).build();
    assertEquals(p.categories().size() + 1, twice.categories().size());
    assertEquals(p.categories().ids(), twice.categories().ids());
    assertSame(first, twice.category("identity"));
    assertTrue(PolicyLinter.lint(twice).codes().contains(LintCode.DUPLICATE_ID));
  }

  @Test
  @DisplayName("catalogs are values: equal when their kind and elements are, printed without element data")
  void values() {
    Policy p = PolicyFixtures.minimal();
    assertEquals(p.purposes(), PolicyReader.readString(PolicyWriter.writeString(p), "copy").purposes());
    assertEquals(p.purposes().hashCode(), p.toBuilder().build().purposes().hashCode());
    assertNotEquals(p.purposes(), BUNDLED.purposes());
    assertEquals("Catalog[purpose: 2]", p.purposes().toString());
    Catalog<RightKind, SubjectRight> none = p.toBuilder().rights(List.of()).build().rights();
    assertTrue(none.isEmpty());
    assertInstanceOf(UnknownIdException.class, assertThrows(RuntimeException.class, () -> none.get(RightKind.ACCESS)));
  }
}
