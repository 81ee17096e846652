package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.testing.PrivacyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Category coverage is a partial order that follows the dotted hierarchy. */
class CategoryIdProperties {

  @Provide
  Arbitrary<CategoryId> ids() {
    return PrivacyArbitraries.relatedCategoryIds();
  }

  @Property
  @Label("coverage is reflexive")
  void reflexive(@ForAll("ids") CategoryId a) {
    assertTrue(a.covers(a));
  }

  @Property
  @Label("coverage is transitive")
  void transitive(@ForAll("ids") CategoryId a, @ForAll("ids") CategoryId b, @ForAll("ids") CategoryId c) {
    if (a.covers(b) && b.covers(c)) {
      assertTrue(a.covers(c));
    }
  }

  @Property
  @Label("coverage is transitive along any chain of descendants")
  void transitiveChains(
      @ForAll("ids") CategoryId a, @ForAll("ids") CategoryId below, @ForAll("ids") CategoryId further) {
    CategoryId b = CategoryId.of(a.value() + "." + below.value());
    CategoryId c = CategoryId.of(b.value() + "." + further.value());
    assertTrue(a.covers(b) && b.covers(c) && a.covers(c));
    assertFalse(c.covers(a));
  }

  @Property
  @Label("coverage is antisymmetric")
  void antisymmetric(@ForAll("ids") CategoryId a, @ForAll("ids") CategoryId b) {
    if (a.covers(b) && b.covers(a)) {
      assertEquals(a, b);
    }
  }

  @Property
  @Label("a parent covers its child, never the other way round")
  void parentCoversChild(@ForAll("ids") CategoryId child) {
    child.parent().ifPresent(parent -> {
      assertTrue(parent.covers(child));
      assertFalse(child.covers(parent));
      assertEquals(child.depth() - 1, parent.depth());
    });
  }

  @Property
  @Label("coverage is exactly 'equal, or a dotted prefix'")
  void coverageIsDottedPrefix(@ForAll("ids") CategoryId a, @ForAll("ids") CategoryId b) {
    boolean expected = a.equals(b) || b.value().startsWith(a.value() + ".");
    assertEquals(expected, a.covers(b));
  }

  @Property
  @Label("generated ids are accepted and survive a round trip through their text")
  void textRoundTrip(@ForAll("anyIds") CategoryId id) {
    assertEquals(id, CategoryId.of(id.value()));
  }

  @Provide
  Arbitrary<CategoryId> anyIds() {
    return PrivacyArbitraries.categoryIds();
  }
}
