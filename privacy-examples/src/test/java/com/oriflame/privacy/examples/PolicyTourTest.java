package com.oriflame.privacy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The main demo prints every purpose with basis, categories and clauses, and the lint result. */
class PolicyTourTest {

  @Test
  @Tag("R1")
  @DisplayName("R1 the tour prints the revision, purposes with basis and clauses, and the lint verdict")
  void tour() {
    String out = QuickStartTest.capture(() -> PolicyTour.main(new String[0]));
    assertTrue(out.contains("Revision: «Oriflame Cosmetics» LLC, KG, Law No. 58 of 2008-04-14: "
        + "oriflame-kg.personal-data-protection rev. 1 of 2017-01-01"), out);
    assertTrue(out.contains("Purposes (26):"), out);
    assertTrue(out.matches("(?s).*marketing\\.similar-goods\\.sms\\s+CONSENT\\s+\\[§2\\(2\\), §6\\.1\\].*"), out);
    assertTrue(out.contains("categories: identity.full-name, contact.mobile-phone, commerce.purchase-history"), out);
    assertTrue(out.contains("objection.network-sharing"), out);
    assertTrue(out.contains("retention.contract-data"), out);
    assertTrue(out.matches("(?s).*site\\.security\\s+LEGITIMATE_INTEREST \\(inferred\\)\\s+\\[§2\\(13\\).*"), out);
    assertTrue(out.matches("(?s).*publication\\.purchase-sale-agreement\\s+CONSENT\\s+\\[§1\\.1\\].*"), out);
    assertTrue(out.contains("Lint: 0 error(s), 1 warning(s)"), out);
    assertTrue(out.contains("REGISTER_NUMBER_MISSING"), out);
  }

  @Test
  @DisplayName("labels can be printed in Kyrgyz")
  void kyrgyz() {
    String out = QuickStartTest.capture(() -> PolicyTour.main(new String[] {"ky"}));
    assertTrue(out.contains("Policy: Жекече маалыматтарды коргоо саясаты"), out);
  }
}
