package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.Test;

/** Each invariant has one property in {@link PolicyInvariants}, labelled with its id and tagged with its rules. */
class InvariantCatalogTest {

  @Test
  void everyInvariantHasItsLabelledAndTaggedProperty() throws NoSuchMethodException {
    Set<String> ids = new TreeSet<>();
    for (Invariant i : Invariant.values()) {
      assertTrue(ids.add(i.id()), () -> "duplicate id " + i.id());
      assertTrue(i.id().matches("[a-z]+(-[a-z]+)*"), i::id);
      Method m = PolicyInvariants.class.getDeclaredMethod(i.property(), Scenario.class);
      assertNotNull(m.getAnnotation(Property.class), i::property);
      String label = m.getAnnotation(Label.class).value();
      String rules = i.rules().isEmpty() ? "" : " (" + String.join(", ", i.rules()) + ")";
      assertEquals(i.id() + rules + ": " + i.label(), label);
      Set<String> tags = Arrays.stream(m.getAnnotationsByType(Tag.class)).map(Tag::value).collect(Collectors.toCollection(TreeSet::new));
      assertEquals(new TreeSet<>(i.rules()), tags, i::id);
      assertEquals(i, Invariant.ofProperty(i.property()).orElseThrow());
    }
  }
}
