package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.testing.PolicyFixtures;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading, refusing and deriving policies; writing files. */
class PoliciesTest {

  @Test
  @DisplayName("load reads and lints a file; a policy with errors is refused with every finding")
  void loadRefusesInvalidPolicies(@TempDir Path dir) {
    Path ok = dir.resolve("ok.json");
    PolicyWriter.write(PolicyFixtures.minimal(), ok);
    assertEquals(PolicyFixtures.minimal(), Policies.load(ok));

    Policy broken = PolicyFixtures.minimal().toBuilder().registerNumber(Optional.empty()).retentionRules(List.of()).build();
    Path bad = dir.resolve("bad.json");
    PolicyWriter.write(broken, bad);
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> Policies.load(bad));
    assertTrue(e.getMessage().startsWith("Policy " + bad + " has "), e::getMessage);
    assertTrue(e.getMessage().contains("CATEGORY_WITHOUT_RETENTION"), e::getMessage);
    assertTrue(e.getMessage().contains("DANGLING_RETENTION_RULE"), e::getMessage);
    assertFalse(e.getMessage().contains("REGISTER_NUMBER_MISSING"), "warnings are not errors");
    assertTrue(e.report().codes().contains(LintCode.REGISTER_NUMBER_MISSING), "but the report keeps them");
  }

  @Test
  void loadResourceAndMissingFiles(@TempDir Path dir) {
    assertEquals(Policies.oriflameKyrgyzstan2017(), Policies.loadResource(Policies.ORIFLAME_KG_2017_RESOURCE));
    assertThrows(UncheckedIOException.class, () -> Policies.loadResource("/no/such/policy.json"));
    assertThrows(UncheckedIOException.class, () -> Policies.load(dir.resolve("missing.json")));
  }

  @Test
  @DisplayName("a retention default can be overridden; the override is no longer a default")
  void overrideRetention() {
    Policy policy = Policies.oriflameKyrgyzstan2017();
    RetentionRuleId id = RetentionRuleId.of("retention.contract-data");
    Policy changed = policy.withRetentionPeriod(id, Period.ofYears(3));
    RetentionRule rule = changed.retentionRule("retention.contract-data");
    assertEquals(Period.ofYears(3), rule.period());
    assertFalse(rule.engineeringDefault());
    assertEquals(Period.ofYears(5), policy.retentionRule("retention.contract-data").period(), "the original is unchanged");
    assertNotEquals(policy, changed);
    assertThrows(UnknownIdException.class, () -> policy.withRetentionPeriod(RetentionRuleId.of("retention.nope"), Period.ZERO));
    assertEquals(List.of(rule), changed.retentionFor(CategoryId.of("identity.tax-id")));
  }

  @Test
  void registerNumber() {
    Policy p = Policies.oriflameKyrgyzstan2017();
    assertEquals(Optional.empty(), p.registerNumber());
    Policy registered = p.withRegisterNumber("KG-0001");
    assertEquals(Optional.of("KG-0001"), registered.registerNumber());
    assertFalse(PolicyLinter.lint(registered).codes().contains(LintCode.REGISTER_NUMBER_MISSING));
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> p.withRegisterNumber("  "));
    assertEquals("register number is blank", blank.getMessage());
    assertEquals(Optional.empty(), registered.toBuilder().registerNumber(Optional.empty()).build().registerNumber());
  }

  @Test
  @DisplayName("writing to a file is atomic and leaves no temporary files")
  void atomicWrite(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("policy.json");
    Files.writeString(file, "old content");
    PolicyWriter.write(Policies.oriflameKyrgyzstan2017(), file);
    assertEquals(Policies.oriflameKyrgyzstan2017(), PolicyReader.read(file));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PolicyWriter.write(Policies.oriflameKyrgyzstan2017(), out);
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("lookups: clauses resolve to their section, rights by kind, objections by purpose")
  void lookups() {
    Policy p = Policies.oriflameKyrgyzstan2017();
    assertEquals("Uses made of the information", p.citedClause(ClauseRef.of("§2(6)")).orElseThrow().title().en());
    assertEquals("Marketing information", p.citedClause(ClauseRef.of("§6.1")).orElseThrow().title().en());
    assertEquals(Optional.empty(), p.citedClause(ClauseRef.of("§11")));
    assertEquals("Marketing information", p.clause("§6.1").title().en());
    assertThrows(UnknownIdException.class, () -> p.clause("§2(6)"), "the catalog answers exact references only");
    assertEquals(RightKind.ACCESS, p.right(RightKind.ACCESS).kind());
    assertEquals(RightKind.ACCOUNT_CLOSURE, p.right("account-closure").kind());
    assertEquals(List.of(), p.objectionsAgainst(PurposeId.of("legal.tax-and-statistics")));
    assertEquals(List.of(p.objection("objection.network-sharing")), p.objectionsAgainst(PurposeId.of("network.management")));
    assertTrue(p.hasChildren(CategoryId.of("contact")));
    assertFalse(p.hasChildren(CategoryId.of("contact.email")));
    assertTrue(p.purpose("marketing.similar-goods.sms").allows(CategoryId.of("contact.mobile-phone")));
    assertFalse(p.purpose("marketing.similar-goods.sms").allows(CategoryId.of("contact.email")));
    assertTrue(p.purpose("contract.performance").allows(CategoryId.of("identity.tax-id")), "identity covers its children");
    assertEquals("Policy[oriflame-kg.personal-data-protection rev. 1 of 2017-01-01, 51 categories, 26 purposes, 16 recipients]",
        p.toString());
  }
}
