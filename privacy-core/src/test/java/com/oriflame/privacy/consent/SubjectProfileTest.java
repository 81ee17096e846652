package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link SubjectProfile}: one builder setter per field, unknown values as {@code Optional.empty()}, bad values refused at the setter. */
class SubjectProfileTest {
  private static final SubjectId ID = SubjectId.of("s-1");
  private static final Instant T = Instant.parse("2024-03-01T10:00:00Z");

  /** Every accessor's value, by name. */
  private static Map<String, Object> fields(SubjectProfile p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("birthDate", p.birthDate());
    m.put("contract", p.contract());
    m.put("providedCategories", p.providedCategories());
    m.put("productLines", p.productLines());
    m.put("openMonetaryClaim", p.openMonetaryClaim());
    m.put("lastActivity", p.lastActivity());
    m.put("accountClosedAt", p.accountClosedAt());
    m.put("blocks", p.blocks());
    m.put("erased", p.erased());
    m.put("legalHolds", p.legalHolds());
    m.put("restrictedPurposes", p.restrictedPurposes());
    return m;
  }

  @Test
  @DisplayName("an empty profile knows nothing: unknown values are empty, never null")
  void empty() {
    SubjectProfile p = SubjectProfile.empty(ID);
    assertEquals(ID, p.id());
    for (Optional<?> unknown : List.of(p.birthDate(), p.contract(), p.lastActivity(), p.accountClosedAt())) {
      assertTrue(unknown.isEmpty());
    }
    assertTrue(p.providedCategories().isEmpty() && p.productLines().isEmpty() && p.blocks().isEmpty()
        && p.legalHolds().isEmpty() && p.restrictedPurposes().isEmpty());
    assertFalse(p.openMonetaryClaim() || p.erased() || p.blocked());
    assertEquals(Optional.empty(), p.majorityAt(18, java.time.ZoneOffset.UTC));
  }

  @Test
  @DisplayName("each builder setter sets exactly its own field")
  void settersSetOneField() {
    Map<String, UnaryOperator<SubjectProfile.Builder>> setters = new LinkedHashMap<>();
    setters.put("birthDate", b -> b.birthDate(LocalDate.of(2001, 2, 3)));
    setters.put("contract", b -> b.contract(Contract.since(T)));
    setters.put("providedCategories", b -> b.providedCategories(CategoryId.of("contact.email")));
    setters.put("productLines", b -> b.productLines(List.of("skin-care")));
    setters.put("openMonetaryClaim", b -> b.openMonetaryClaim(true));
    setters.put("lastActivity", b -> b.lastActivity(T));
    setters.put("accountClosedAt", b -> b.accountClosedAt(T));
    setters.put("blocks", b -> b.blocked(BlockingGround.INCOMPLETE));
    setters.put("erased", b -> b.erased(true));
    setters.put("legalHolds", b -> b.legalHolds(List.of(HoldReason.DISPUTE)));
    setters.put("restrictedPurposes", b -> b.restrictedPurposes(List.of(PurposeId.of("marketing.third-party"))));
    Map<String, Object> before = fields(SubjectProfile.empty(ID));
    setters.forEach((field, setter) -> {
      Map<String, Object> after = fields(setter.apply(SubjectProfile.builder(ID)).build());
      for (String name : before.keySet()) {
        if (name.equals(field)) {
          assertNotEquals(before.get(name), after.get(name), field + " was not set");
        } else {
          assertEquals(before.get(name), after.get(name), field + "(..) changed " + name);
        }
      }
    });
  }

  @Test
  @DisplayName("toBuilder keeps every value; a setter of an unknowable value takes null to clear it")
  void toBuilderAndClearing() {
    SubjectProfile full = SubjectProfile.builder(ID).birthDate(LocalDate.of(2001, 2, 3)).contract(Contract.since(T))
        .lastActivity(T).accountClosedAt(T).openMonetaryClaim(true).build();
    assertEquals(full, full.toBuilder().build());
    assertEquals(full.hashCode(), full.toBuilder().build().hashCode());
    assertEquals(SubjectProfile.builder(ID).openMonetaryClaim(true).build(),
        full.toBuilder().birthDate(null).contract(null).lastActivity(null).accountClosedAt(null).build());
    assertSame(full.contract(), full.contract(), "optional values are made once, not on every read");
  }

  @Test
  @DisplayName("collections keep the order given, so stored forms are stable")
  void order() {
    List<CategoryId> given = new ArrayList<>();
    for (String s : "z.one y.two x.three w.four v.five u.six t.seven".split(" ")) {
      given.add(CategoryId.of(s));
    }
    assertEquals(given, new ArrayList<>(SubjectProfile.builder(ID).providedCategories(given).build().providedCategories()));
    assertEquals(given, new ArrayList<>(SubjectProfile.builder(ID).providedCategories(given.toArray(CategoryId[]::new)).build()
        .providedCategories()));
    assertEquals(given.subList(0, 3), new ArrayList<>(Blocking.of(BlockingGround.INCOMPLETE, given.subList(0, 3)).categories()));
  }

  @Test
  @DisplayName("bad values are refused at the setter, with a message naming the argument")
  void badValues() {
    SubjectProfile.Builder b = SubjectProfile.builder(ID);
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.birthDate(LocalDate.of(1850, 1, 1))).getMessage()
        .startsWith("birthDate 1850-01-01 is outside the supported range"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.lastActivity(Instant.MIN)).getMessage()
        .startsWith("lastActivity "));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.accountClosedAt(Instant.MAX)).getMessage()
        .startsWith("accountClosedAt "));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> b.productLines(List.of("a\uDC00"))).getMessage()
        .startsWith("productLines contains an unpaired"));
    assertEquals("providedCategories contains null", assertThrows(NullPointerException.class,
        () -> b.providedCategories(Arrays.asList(CategoryId.of("contact.email"), null))).getMessage());
    assertEquals("legalHolds is missing", assertThrows(NullPointerException.class, () -> b.legalHolds(null)).getMessage());
    assertEquals("id is missing", assertThrows(NullPointerException.class, () -> SubjectProfile.builder(null)).getMessage());
    assertEquals(SubjectProfile.empty(ID), b.build(), "a refused value leaves the builder as it was");
  }

  @Test
  @DisplayName("instants are kept to the microsecond, like events")
  void micros() {
    Instant fine = Instant.parse("2024-03-01T10:00:00.123456789Z");
    SubjectProfile p = SubjectProfile.builder(ID).lastActivity(fine).accountClosedAt(fine).build();
    assertEquals(Optional.of(Instant.parse("2024-03-01T10:00:00.123456Z")), p.lastActivity());
    assertEquals(p.lastActivity(), p.accountClosedAt());
  }
}
