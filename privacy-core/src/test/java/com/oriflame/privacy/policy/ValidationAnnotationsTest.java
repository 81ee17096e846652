package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.testing.PolicyFixtures;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The model's jakarta.validation annotations, checked with Hibernate Validator as a host would. */
class ValidationAnnotationsTest {
  private static ValidatorFactory factory;
  private static Validator validator;

  @BeforeAll
  static void start() {
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void stop() {
    factory.close();
  }

  private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
    return violations.stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
  }

  @Test
  @DisplayName("the bundled policy satisfies every constraint, through cascaded validation")
  void bundledPolicyIsValid() {
    assertEquals(Set.of(), paths(validator.validate(Policies.oriflameKyrgyzstan2017())));
    assertEquals(Set.of(), paths(validator.validate(PolicyFixtures.minimal())));
  }

  @Test
  @DisplayName("a purpose without legal basis or with a missing label is flagged where it sits")
  void violationsAreLocated() {
    Policy p = PolicyFixtures.minimal();
    Purpose first = p.purposes().list().get(0);
    Purpose broken = PolicyLinterTest.withoutLegalBasis(first).toBuilder().labels(Labels.of("ky", null, "en")).build();
    Policy bad = p.toBuilder().purposes(List.of(broken, p.purposes().list().get(1))).build();
    Set<String> paths = paths(validator.validate(bad));
    assertTrue(paths.contains("content.purposes[0].legalBasis"), paths::toString);
    assertTrue(paths.contains("content.purposes[0].labels.ru"), paths::toString);
  }

  @Test
  @DisplayName("ids are constrained by the id pattern, collections by their minimum size")
  void idsAndCollections() {
    Purpose p = PolicyFixtures.minimal().purposes().list().get(0);
    Purpose uncited = p.toBuilder().clauses(List.of()).categories(Set.of()).build();
    Set<String> paths = paths(validator.validate(uncited));
    assertTrue(paths.containsAll(Set.of("clauses", "categories")), paths::toString);
    assertTrue(validator.getConstraintsForClass(CategoryId.class).isBeanConstrained());
  }
}
