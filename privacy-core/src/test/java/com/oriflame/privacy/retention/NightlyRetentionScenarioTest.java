package com.oriflame.privacy.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RetentionAction;
import com.oriflame.privacy.policy.RetentionRuleId;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The nightly retention job of the policy (§6.2, R29): contract data is depersonalized five years
 * after the end of a contract, except for a subject with an open debt hold; decisions honour the
 * register's holds.
 */
@Tag("R29")
class NightlyRetentionScenarioTest {
  static final Policy POLICY = Policies.oriflameKyrgyzstan2017();
  static final RetentionRuleId CONTRACT_DATA = RetentionRuleId.of("retention.contract-data");
  static final CategoryId NAME = CategoryId.of("identity.full-name");
  static final CategoryId BANK = CategoryId.of("financial.bank-details");
  static final CategoryId GUARDIAN = CategoryId.of("guardian.full-name");
  static final Instant START = Instant.parse("2014-02-01T06:00:00Z");
  static final Instant ENDED = Instant.parse("2019-06-30T12:00:00Z");

  final MutableClock clock = MutableClock.at(START);
  final InMemoryStores stores = InMemoryStores.create();
  final MemorySource shop = new MemorySource("web-shop", Set.of(CategoryId.of("identity"), CategoryId.of("financial"),
      CategoryId.of("guardian"), CategoryId.of("credential")));
  PrivacyEngine engine;
  final SubjectId anna = SubjectId.of("anna");
  final SubjectId bolot = SubjectId.of("bolot");
  final SubjectId chyngyz = SubjectId.of("chyngyz");

  @BeforeEach
  void world() {
    engine = PrivacyEngine.builder().policy(POLICY).stores(stores).clock(clock).build();
    for (SubjectId s : List.of(anna, bolot)) {
      engine.consents().register(s, Registration.through(Evidence.of(Channel.CAF_PAPER, "CAF 000123")));
      engine.subjects().save(SubjectProfile.builder(s).contract(Contract.since(START).withEnd(ENDED))
          .birthDate(LocalDate.of(1980, 5, 1)).providedCategories(CategoryId.of("identity"), CategoryId.of("financial"))
          .openMonetaryClaim(true).build(), START);
      shop.hold(s, NAME, BANK, GUARDIAN);
    }
    clock.set("2019-07-01T00:00:00Z");
    engine.subjects().save(SubjectProfile.builder(chyngyz).contract(Contract.since(START).withEnd(Instant.parse("2022-01-10T00:00:00Z")))
        .build(), START);
    shop.hold(chyngyz, NAME, BANK);
    engine.retention().holds().place(LegalHold.builder(bolot, HoldReason.DEBT_COLLECTION, "Claim 2019-77").id("debt-bolot"));
  }

  private List<PlannedAction> contractData(RetentionPlan plan, SubjectId s) {
    List<PlannedAction> found = new ArrayList<>();
    for (PlannedAction a : plan.actions()) {
      if (a.subject().equals(s) && a.rule().equals(CONTRACT_DATA)) {
        found.add(a);
      }
    }
    return found;
  }

  @Test
  @DisplayName("R29: nothing of contract data is due before five years have run from the end of the contract")
  void notBeforeFiveYears() {
    RetentionPlan plan = engine.retention().plan(Instant.parse("2024-06-30T11:59:59Z"), List.of(shop));
    assertEquals(List.of(), contractData(plan, anna));
    assertEquals(List.of(), contractData(plan, bolot));
  }

  @Test
  @DisplayName("R29: the nightly job depersonalizes contract data five years after the contract ended, except under an open debt hold")
  void nightlyJob() {
    clock.set("2024-07-01T02:00:00Z");
    RetentionPlan plan = engine.retention().plan(List.of(shop));
    List<PlannedAction> annas = contractData(plan, anna);
    assertEquals(1, annas.size());
    PlannedAction a = annas.get(0);
    assertEquals(RetentionAction.DEPERSONALIZE, a.operation());
    assertTrue(a.reason().contains("retention.contract-data") && a.reason().contains("§6.2") && a.reason().contains("§2(4)"),
        a.reason());
    assertEquals(Instant.parse("2024-06-30T12:00:00Z"), a.dueAt());
    // the debt hold keeps every category debt recovery uses; only the guardian's data is not kept by it
    for (PlannedAction b : contractData(plan, bolot)) {
      assertEquals(Set.of(CategoryId.of("guardian")), b.categories());
    }
    assertTrue(plan.held().stream().anyMatch(h -> h.subject().equals(bolot) && h.rule().equals(CONTRACT_DATA)
        && h.holds().equals(List.of("debt-bolot")) && h.categories().contains(CategoryId.of("identity"))));
    assertEquals(List.of(), contractData(plan, chyngyz));
    String report = plan.report();
    assertTrue(report.contains("DEPERSONALIZE") && report.contains("HELD") && report.contains("debt-bolot"), report);
    assertFalse(report.contains("anna") || report.contains("Claim 2019-77"), "the report names no one and no case");

    ExecutionReport done = engine.retention().execute(plan, List.of(shop), 2, RetentionProgress.NONE);
    assertTrue(done.complete(), done.toString());
    assertEquals("depersonalized", shop.state(anna, NAME));
    assertEquals("depersonalized", shop.state(anna, BANK));
    assertEquals("held", shop.state(bolot, NAME));
    assertEquals("held", shop.state(bolot, BANK));
    assertEquals("depersonalized", shop.state(bolot, GUARDIAN));
    assertEquals("held", shop.state(chyngyz, NAME));
    assertTrue(engine.verifyAudit().intact());
    long applied = countAudit("retention.applied");
    assertEquals(plan.actions().size(), applied);

    // the next night: nothing new is due, what was applied is not sent again
    clock.set("2024-07-02T02:00:00Z");
    RetentionPlan next = engine.retention().plan(List.of(shop));
    assertEquals(0, next.actions().stream().filter(x -> x.subject().equals(anna)).count());
    assertEquals(plan.actions().size(), next.alreadyApplied());

    // the debt is settled: the hold is lifted, and the next night depersonalizes Bolot's data too
    engine.retention().holds().lift("debt-bolot");
    clock.set("2024-07-03T02:00:00Z");
    RetentionPlan after = engine.retention().plan(List.of(shop));
    engine.retention().execute(after, List.of(shop), RetentionProgress.NONE);
    assertEquals("depersonalized", shop.state(bolot, NAME));
    assertTrue(engine.verifyAudit().intact());
  }

  @Test
  @DisplayName("R29: a hold placed after the plan was made keeps its data when the plan runs")
  void holdPlacedAfterPlanning() {
    clock.set("2024-07-01T02:00:00Z");
    RetentionPlan plan = engine.retention().plan(List.of(shop));
    engine.retention().holds().place(LegalHold.builder(anna, HoldReason.DISPUTE, "Dispute 5").categories(List.of(NAME)));
    ExecutionReport done = engine.retention().execute(plan, List.of(shop), RetentionProgress.NONE);
    assertEquals("held", shop.state(anna, NAME));
    assertTrue(done.skipped() > 0);
  }

  @Test
  @DisplayName("R29: after closure a hold purpose may use data past its period only under a register hold of its reason")
  void decisionsHonourRegisterHolds() {
    clock.set("2025-01-01T00:00:00Z");
    Request recovery = Request.of(anna, PurposeId.of("debt.recovery"), Set.of(NAME));
    Decision annas = engine.check(recovery);
    assertFalse(annas.permitted());
    assertTrue(annas.hasReason(ReasonCode.RETENTION_EXPIRED));
    Decision bolots = engine.check(recovery.withSubject(bolot));
    assertTrue(bolots.permitted(), () -> "the debt hold keeps Bolot's name for debt recovery: " + bolots.reasons());
    assertFalse(engine.check(Request.of(bolot, PurposeId.of("marketing.third-party"), Set.of(NAME))).permitted());
    Decision destroy = engine.check(recovery.withSubject(bolot).withOperation(Operation.DEPERSONALIZATION));
    assertFalse(destroy.permitted());
    assertTrue(destroy.hasReason(ReasonCode.LEGAL_HOLD));
    assertTrue(engine.check(recovery.withOperation(Operation.DEPERSONALIZATION)).permitted());
    assertEquals(List.of(bolot), List.copyOf(engine.filter(List.of(anna, bolot), recovery)));
    engine.retention().holds().lift("debt-bolot");
    assertFalse(engine.check(recovery.withSubject(bolot)).permitted(), "lifting the hold ends the extension at once");
  }

  @Test
  @Tag("R29")
  @DisplayName("R29: a campaign filter on a fresh engine honours register holds as check does (no snapshot kept yet)")
  void filterHonoursRegisterHoldsWithoutKeptSnapshots() {
    clock.set("2025-01-01T00:00:00Z");
    Request recovery = Request.of(anna, PurposeId.of("debt.recovery"), Set.of(NAME));
    Request depersonalize = recovery.withOperation(Operation.DEPERSONALIZATION);
    PrivacyEngine fresh = PrivacyEngine.builder().policy(POLICY).stores(stores).clock(clock).build();
    assertEquals(List.of(anna), List.copyOf(fresh.filter(List.of(anna, bolot), depersonalize)),
        "the debt hold keeps Bolot's name: it may not be depersonalized");
    PrivacyEngine another = PrivacyEngine.builder().policy(POLICY).stores(stores).clock(clock).build();
    assertEquals(List.of(bolot), List.copyOf(another.filter(List.of(anna, bolot), recovery)));
    for (SubjectId s : List.of(anna, bolot)) {
      assertEquals(fresh.check(depersonalize.withSubject(s)).permitted(),
          fresh.filter(List.of(s), depersonalize).contains(s), s.toString());
    }
  }

  @Test
  @DisplayName("holds name known categories and purposes; lifting twice is refused; ids are checked")
  void badInput() {
    assertThrows(RuntimeException.class, () -> engine.retention().holds().place(
        LegalHold.builder(anna, HoldReason.DISPUTE, "x").categories(List.of(CategoryId.of("identity.nonsense")))));
    clock.set("2019-08-01T00:00:00Z");
    engine.retention().holds().lift("debt-bolot");
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> engine.retention().holds().lift("debt-bolot"));
    assertTrue(twice.getMessage().contains("already ended"));
    assertThrows(IllegalArgumentException.class, () -> engine.retention().holds().lift("no-such-hold"));
    assertThrows(IllegalArgumentException.class, () -> LegalHold.builder(anna, HoldReason.DISPUTE, " ").id("h").build(START));
    assertEquals(1, engine.retention().holds().of(bolot).size());
    assertEquals(List.of(), engine.retention().holds().activeAt(clock.instant()));
  }

  private long countAudit(String action) {
    long[] n = {0};
    engine.audit().scan(1, r -> {
      if (r.action().equals(action)) {
        n[0]++;
      }
    });
    return n[0];
  }
}
