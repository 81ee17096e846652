package com.oriflame.privacy.rights;

import com.oriflame.privacy.testing.SchemaCheck;
import com.oriflame.privacy.DataSources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.memory.InMemoryPersonalDataSource;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.rights.SourceExport;
import com.oriflame.privacy.rights.SourceStep;
import com.oriflame.privacy.testing.MutableClock;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Scenarios of §6.2 across two host systems: export, erasure with a tax hold, crash and resume, closure, rectification. */
class HostSystemsScenariosTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2025-03-03T09:00:00Z");
  private final SubjectId aigul = SubjectId.of("consultant-7731");
  private final SubjectId other = SubjectId.of("consultant-9000");
  private InMemoryStores stores;
  private InMemoryPersonalDataSource shop;
  private InMemoryPersonalDataSource desk;
  private PrivacyEngine engine;

  private static CategoryId c(String id) {
    return CategoryId.of(id);
  }

  @BeforeEach
  void setUp() {
    stores = InMemoryStores.create();
    shop = InMemoryPersonalDataSource.create("web-shop", policy, List.of(c("identity"), c("contact"), c("commerce"),
        c("credential"), c("device")));
    desk = InMemoryPersonalDataSource.create("support-desk", policy, List.of(c("identity.full-name"), c("contact"),
        c("content")));
    engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).dataSources(DataSources.of(shop, desk)).build();
    for (SubjectId s : List.of(aigul, other)) {
      // a customer without a consultant contract: a contract in force would keep its data (see the tax-duty scenario)
      engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 5, 17))
          .providedCategories(c("identity.full-name"), c("contact.email"), c("commerce.purchase-history"))
          .build(), Instant.parse("2024-01-02T10:00:00Z"));
      engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 000123 taken by agent Asel")
          .withForm(FormId.of("form.caf.paper")));
    }
    engine.consents().grant(aigul, policy.purpose("marketing.similar-goods.email"),
        Evidence.of(Channel.ACCOUNT_SETTINGS, "session 5521 helped by operator Bakyt").withActor(Actor.OPERATOR_AGENT));
    shop.put(aigul, c("identity.full-name"), "name", "Айгуль Садырова")
        .put(aigul, c("contact.email"), "e-mail", "aigul@example.kg")
        .put(aigul, c("commerce.purchase-history"), "order 1042", "2024-11-02, 3 450 KGS")
        .put(aigul, c("credential.password"), "password", "hunter2-secret")
        .put(aigul, c("device.connection"), "last IP", "212.42.0.1")
        .put(other, c("contact.email"), "e-mail", "other@example.kg");
    desk.put(aigul, c("contact.mobile-phone"), "phone", "+996 555 123 456")
        .put(aigul, c("content.user-submitted"), "ticket 88", "Посылка не пришла")
        .put(other, c("content.user-submitted"), "ticket 90", "other's ticket");
  }

  /** A request of {@code kind} about Aigul, received by e-mail and with her identity verified (R28). */
  private RequestId verified(PrivacyEngine e, RequestIntake intake) {
    RequestRecord r = e.rights().receive(intake);
    e.rights().verifyIdentity(r.id(), "agent-17", "passport seen at the office");
    return r.id();
  }

  private RequestId verified(RequestKind kind, CategoryId... categories) {
    return verified(engine, RequestIntake.of(kind, aigul, Channel.EMAIL).withCategories(Set.of(categories)));
  }

  private void taxHold(SubjectId s) {
    SubjectProfile p = engine.subjects().find(s).orElseThrow();
    engine.subjects().save(p.toBuilder().legalHolds(Set.of(HoldReason.LEGAL_COMPLIANCE)).build());
  }

  @Test
  @Tag("R25")
  @DisplayName("R25 an access export holds every source's data and the consent history, but never the password")
  void exportExcludesThePassword() throws Exception {
    RequestId req = verified(RequestKind.ACCESS);
    AccessExport export = engine.hostSystems().export(req, Language.RU);
    assertTrue(export.complete());
    String json = export.toJson();
    assertFalse(json.contains("hunter2-secret"), "the password was exported");
    assertFalse(json.contains("credential.password"), "the credential category appears in the export");
    assertFalse(export.report(policy).contains("hunter2-secret"));
    assertTrue(json.contains("aigul@example.kg") && json.contains("Посылка не пришла") && json.contains("3 450 KGS"));
    assertFalse(json.contains("other@example.kg") || json.contains("other's ticket"), "another subject's data leaked");
    // consent history: channels and who acted, never the evidence references (they name staff)
    assertEquals(2, export.consentHistory().size());
    assertFalse(json.contains("Asel") || json.contains("Bakyt") || json.contains("session 5521"), "an evidence reference leaked");
    assertEquals(List.of(Channel.CAF_PAPER, Channel.ACCOUNT_SETTINGS), export.consentHistory().stream().map(AccessExport.ConsentEntry::channel)
        .toList());
    // purposes with legal bases and clauses, retention with rules and clauses
    assertTrue(export.purposes().stream().anyMatch(p -> p.purpose().equals(PurposeId.of("legal.tax-and-statistics"))));
    assertTrue(export.retention().stream().anyMatch(r -> r.rule().value().equals("retention.purchase-history")));
    assertTrue(export.disclosuresKnown()); // the stores keep the disclosure log, which the export reads
    assertEquals(List.of("export", "export"), engine.hostSystems().steps(req).stream().map(s -> s.key().step()).toList());
  }

  @Test
  @Tag("R25")
  @DisplayName("R25 a source that sends the password anyway: the export drops it")
  void misbehavingSourceCannotLeakThePassword() {
    InMemoryPersonalDataSource leaky = InMemoryPersonalDataSource.create("leaky", policy, List.of(c("contact")));
    com.oriflame.privacy.spi.PersonalDataSource sendsPassword = new com.oriflame.privacy.spi.PersonalDataSource() {
      @Override public String id() { return "legacy-crm"; }
      @Override public Set<CategoryId> categories() { return Set.of(c("credential"), c("contact")); }
      @Override public SourceExport export(SubjectId s, Set<CategoryId> cs) {
        return new SourceExport(id(), List.of(new SourceExport.Item(c("credential.password"), "pw", "hunter2-secret"),
            new SourceExport.Item(c("contact.email"), "mail", "aigul@example.kg")));
      }
      @Override public com.oriflame.privacy.rights.SourceResult rectify(OperationKey k, SubjectId s, Map<CategoryId, String> m) {
        return leaky.rectify(k, s, m);
      }
      @Override public com.oriflame.privacy.rights.SourceResult erase(OperationKey k, SubjectId s, Set<CategoryId> cs) {
        return leaky.erase(k, s, cs);
      }
      @Override public com.oriflame.privacy.rights.SourceResult depersonalize(OperationKey k, SubjectId s, Set<CategoryId> cs) {
        return leaky.depersonalize(k, s, cs);
      }
      @Override public com.oriflame.privacy.rights.SourceResult block(OperationKey k, SubjectId s, Set<CategoryId> cs) {
        return leaky.block(k, s, cs);
      }
    };
    PrivacyEngine e = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock)
        .dataSources(DataSources.of(sendsPassword)).build();
    AccessExport export = e.hostSystems().export(verified(e, RequestIntake.of(RequestKind.ACCESS, aigul, Channel.EMAIL)),
        Language.EN);
    assertFalse(export.toJson().contains("hunter2-secret"));
    assertEquals(1, export.itemCount());
  }

  @Test
  @DisplayName("an erasure keeps the purchase history under the tax duty, says why (hold, purpose, rule, clauses) and until when")
  void erasureKeepsPurchaseHistoryUnderTheTaxDuty() {
    taxHold(aigul);
    engine.subjects().save(engine.subjects().find(aigul).orElseThrow().toBuilder()
        .contract(Contract.since(Instant.parse("2024-01-02T10:00:00Z")).withEnd(Instant.parse("2025-02-28T12:00:00Z"))).build());
    clock.advance(Duration.ofHours(1));
    ErasureReport report = engine.hostSystems().erase(verified(RequestKind.ERASURE, c("commerce"), c("content"),
        c("credential")));
    assertTrue(report.complete());
    ErasureReport.Outcome kept = report.outcomes().stream().filter(o -> o.category().equals(c("commerce.purchase-history")))
        .findFirst().orElseThrow();
    assertEquals(ErasurePlan.Action.KEEP, kept.action());
    ErasurePlan.Kept why = kept.kept().orElseThrow();
    assertEquals(java.util.Optional.of(HoldReason.LEGAL_COMPLIANCE), why.hold());
    assertEquals(PurposeId.of("legal.tax-and-statistics"), why.purpose());
    assertEquals("retention.purchase-history", why.rule().orElseThrow().id().value());
    assertTrue(why.clauses().stream().anyMatch(x -> x.value().equals("§6.2")));
    // five years (the rule's period) after the contract ended
    assertEquals(java.util.Optional.of(Instant.parse("2030-02-28T12:00:00Z")), why.until());
    assertEquals(1, shop.count(aigul, c("commerce.purchase-history")), "the purchase history must be kept");
    assertEquals(0, desk.count(aigul, c("content")), "the support ticket may go");
    assertEquals(0, shop.count(aigul, c("credential")), "the password goes");
    String ru = report.describe(policy, Language.RU, policy.zone());
    assertTrue(ru.contains("История покупок") && ru.contains("2030-02-28") && ru.contains("требование закона"), ru);
  }

  @Test
  @DisplayName("a crash between two sources resumes without erasing twice; the failure is recorded and retried")
  void crashBetweenTwoSourcesResumesWithoutErasingTwice() {
    desk.failOn(k -> k.step().equals("erase"));
    RequestId req = verified(RequestKind.ERASURE, c("contact"), c("content"));
    ErasureReport first = engine.hostSystems().erase(req);
    assertFalse(first.complete(), "a failing source leaves the work in progress");
    assertEquals(RequestState.IN_PROGRESS, engine.rights().get(req).state());
    SourceStep failed = first.progress().unfinished().get(0);
    assertEquals("support-desk", failed.key().source());
    assertEquals(SourceStep.Status.FAILED, failed.status());
    assertTrue(failed.failure().contains("IllegalStateException"), failed.failure());
    assertEquals(0, shop.count(aigul, c("contact.email")));
    int shopSteps = shop.applied().size();
    assertTrue(shopSteps > 0);

    // the process "restarts": a new engine on the same stores and sources, the desk is back
    desk.failOn(k -> false);
    PrivacyEngine restarted = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock)
        .dataSources(DataSources.of(shop, desk)).build();
    ErasureReport second = restarted.hostSystems().erase(req);
    assertTrue(second.complete());
    assertEquals(RequestState.COMPLETED, restarted.rights().get(req).state());
    assertEquals(shopSteps, shop.applied().size(), "the web shop's steps were sent again");
    assertEquals(desk.applied().stream().distinct().count(), desk.applied().size(), "the support desk did a step twice");
    assertTrue(desk.applied().contains(new OperationKey(req.value(), "support-desk", "erase")));
    assertEquals(0, desk.count(aigul, c("content")));
    SourceStep retried = restarted.hostSystems().steps(req).stream().filter(s -> s.key().equals(new OperationKey(req.value(),
        "support-desk", "erase"))).findFirst().orElseThrow();
    assertEquals(2, retried.attempts());
    assertTrue(engine.verifyAudit().intact());
    // every step is audited: started, failed, started, done for the desk; started, done for the shop
    List<String> actions = new ArrayList<>();
    engine.audit().scan(1, r -> {
      if (r.action().startsWith("source-step.")) {
        actions.add(r.details().get("source") + "/" + r.details().get("step") + " " + r.action());
      }
    });
    assertEquals(2 * shopSteps, actions.stream().filter(a -> a.startsWith("web-shop")).count(), actions.toString());
    assertEquals(List.of("support-desk/erase source-step.started", "support-desk/erase source-step.failed",
        "support-desk/erase source-step.started", "support-desk/erase source-step.done"),
        actions.stream().filter(a -> a.startsWith("support-desk/erase")).toList());
  }

  @Test
  @DisplayName("a crash after the source applied the step but before it was recorded: the replayed key changes nothing")
  void crashAfterApplyReplaysTheKey() {
    // the step was recorded as started, the source applied it, then the process died
    RequestId req = verified(RequestKind.ERASURE, c("device"));
    OperationKey key = new OperationKey(req.value(), "web-shop", "erase");
    Set<CategoryId> asked = engine.hostSystems().plan(req).toErase();
    shop.erase(key, aigul, asked);
    stores.steps().record(SourceStep.started(key, 1, "", clock.instant()), new com.oriflame.privacy.audit.AuditDraft(
        clock.instant(), "source-step.started", "", policy.version(), Map.of("work", req.value())));
    shop.put(aigul, c("device.connection"), "last IP", "10.0.0.1"); // arrived after the erasure
    ErasureReport report = engine.hostSystems().erase(req);
    assertTrue(report.complete());
    assertFalse(asked.isEmpty());
    assertEquals(1, shop.applied().size(), "the web shop erased twice");
    assertEquals(1, shop.count(aigul, c("device.connection")));
    assertEquals(2, engine.hostSystems().steps(req).get(0).attempts());
  }

  @Test
  @Tag("R29")
  @DisplayName("R29 account closure: processing for purposes that do not survive it stops at the instant the work completes")
  void closureStopsProcessingWhenItCompletes() {
    taxHold(aigul);
    Request marketing = Request.of(aigul, policy.purpose("marketing.recommendations"), Set.of(c("commerce.purchase-history")));
    assertTrue(engine.check(marketing).permitted(), engine.check(marketing).explain(Language.EN));
    desk.failOn(k -> true);
    clock.advance(Duration.ofMinutes(5));
    RequestId req = verified(RequestKind.ACCOUNT_CLOSURE);
    ErasureReport pending = engine.hostSystems().closeAccount(req);
    assertFalse(pending.complete());
    assertTrue(pending.closedAt().isEmpty());
    assertTrue(engine.check(marketing).permitted(), "the account was closed before every source erased");

    desk.failOn(k -> false);
    clock.advance(Duration.ofMinutes(5));
    Instant completes = clock.instant();
    ErasureReport done = engine.hostSystems().closeAccount(req);
    assertTrue(done.complete());
    assertEquals(java.util.Optional.of(completes), done.closedAt());
    Decision after = engine.check(marketing.withInstant(completes));
    assertFalse(after.permitted());
    assertTrue(after.hasReason(ReasonCode.ACCOUNT_CLOSED));
    Decision before = engine.check(marketing.withInstant(completes.minusNanos(1000)));
    assertFalse(before.hasReason(ReasonCode.ACCOUNT_CLOSED), "closure took effect before the work completed");
    Decision tax = engine.check(Request.of(aigul, policy.purpose("legal.tax-and-statistics"),
        Set.of(c("commerce.purchase-history"))).withInstant(completes));
    assertFalse(tax.hasReason(ReasonCode.ACCOUNT_CLOSED), "the tax duty survives closure");
    // the contract ended at closure, so the purchase history is kept five years from then
    ErasureReport.Outcome history = done.kept().stream().filter(o -> o.category().equals(c("commerce.purchase-history")))
        .findFirst().orElseThrow();
    assertEquals(java.util.Optional.of(completes.atZone(policy.zone()).plusYears(5).toInstant()),
        history.kept().orElseThrow().until());
    assertEquals(0, shop.count(aigul, c("credential.password")));
    // the request is completed: running it again is refused and changes nothing
    assertEquals(RequestState.COMPLETED, engine.rights().get(req).state());
    int applied = shop.applied().size() + desk.applied().size();
    assertThrows(RequestStateException.class, () -> engine.hostSystems().closeAccount(req));
    assertEquals(applied, shop.applied().size() + desk.applied().size());
    assertEquals(done.closedAt(), engine.subjects().find(aigul).orElseThrow().accountClosedAt());
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 rectification by staff: every step records who acted and the source, in the step and its audit record")
  void rectificationByStaffRecordsWhoActed() {
    RequestId req = verified(engine, RequestIntake.of(RequestKind.RECTIFICATION, aigul, Channel.EMAIL)
        .withCorrections(Map.of(c("contact.email"), "aigul.s@example.kg")));
    WorkProgress p = engine.hostSystems().rectify(req, "staff-0042");
    assertTrue(p.complete());
    assertEquals(List.of("support-desk", "web-shop"), p.steps().stream().map(s -> s.key().source()).toList());
    for (SourceStep s : p.steps()) {
      assertEquals("staff-0042", s.actor());
      assertEquals("rectify", s.key().step());
    }
    assertEquals(Set.of(c("contact.email")), p.steps().get(1).done());
    assertEquals(Set.of(c("contact.email")), p.steps().get(0).notHeld());
    List<AuditRecord> done = new ArrayList<>();
    engine.audit().scan(1, r -> {
      if (r.action().equals("source-step.done")) {
        done.add(r);
      }
    });
    assertEquals(2, done.size());
    for (AuditRecord r : done) {
      assertEquals("staff-0042", r.details().get("actor"));
      assertNotNull(r.details().get("source"));
      assertFalse(r.subjectRef().contains("consultant-7731"), "the audit names the subject, not a pseudonym");
    }
    assertTrue(engine.hostSystems().export(verified(RequestKind.ACCESS), Language.EN).toJson().contains("aigul.s@example.kg"));
    assertThrows(IllegalArgumentException.class, () -> engine.hostSystems().rectify(req, " "));
  }

  @Test
  @DisplayName("blocking keeps the data and records a step per source")
  void blocking() {
    WorkProgress p = engine.hostSystems().block(verified(RequestKind.BLOCKING, c("contact.email")));
    assertTrue(p.complete());
    assertEquals(Set.of(c("contact.email")), shop.blocked(aigul));
    assertEquals(1, shop.count(aigul, c("contact.email")));
  }

  @Test
  @DisplayName("an export fits the shipped JSON Schema (required fields, types, enums, patterns); the report reads in Russian")
  void exportFitsTheSchema() throws Exception {
    taxHold(aigul);
    AccessExport export = engine.hostSystems().export(verified(RequestKind.ACCESS), Language.RU);
    JsonNode schema;
    try (InputStream in = AccessExport.class.getResourceAsStream(AccessExport.SCHEMA)) {
      assertNotNull(in, "schema resource missing: " + AccessExport.SCHEMA);
      schema = JSON.readTree(in);
    }
    List<String> problems = new ArrayList<>();
    SchemaCheck.check(JSON.readTree(export.toJson()), schema, schema, "$", problems);
    assertEquals(List.of(), problems);
    // a field left out is found
    com.fasterxml.jackson.databind.node.ObjectNode broken = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(export.toJson());
    broken.remove("consentHistory");
    List<String> found = new ArrayList<>();
    SchemaCheck.check(broken, schema, schema, "$", found);
    assertEquals(List.of("$: missing required 'consentHistory'"), found);
    String report = export.report(policy);
    for (String heading : List.of("Персональные данные о вас", "История согласий", "Правовое основание".toLowerCase(),
        "Сроки хранения", "История покупок", "настройки учётной записи")) {
      assertTrue(report.contains(heading), heading + " missing in\n" + report);
    }
  }

  @Test
  @DisplayName("disclosures come from the hook when one is set")
  void disclosuresFromTheHook() {
    AccessExport.Disclosure d = new AccessExport.Disclosure("recipient.tax-authority", Instant.parse("2025-01-15T08:00:00Z"),
        Set.of(c("identity.tax-id")), java.util.Optional.of(PurposeId.of("legal.authority-requests")), List.of());
    PrivacyEngine e = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).dataSources(DataSources.of(shop))
        .exportDisclosures(s -> s.equals(aigul) ? List.of(d) : List.of()).build();
    AccessExport export = e.hostSystems().export(verified(e, RequestIntake.of(RequestKind.ACCESS, aigul, Channel.EMAIL)),
        Language.EN);
    assertTrue(export.disclosuresKnown());
    assertEquals(List.of(d), export.disclosures());
    assertTrue(export.report(policy).contains("recipient.tax-authority"));
  }

  @Test
  @DisplayName("bad input is refused with a message naming it")
  void badInput() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DataSources.of(shop, shop)).getMessage()
        .contains("two sources have the id 'web-shop'"));
    assertThrows(NullPointerException.class, () -> engine.hostSystems().erase(null));
    assertThrows(com.oriflame.privacy.UnknownIdException.class, () -> engine.hostSystems().erase(RequestId.of("req-11")));
    assertTrue(Pattern.compile("erase=\\d+").matcher(engine.hostSystems().plan(verified(RequestKind.ACCOUNT_CLOSURE)).toString())
        .find());
  }

  @Test
  @DisplayName("steps of an unknown request id fail fast, naming the id, instead of reading as no steps yet")
  void stepsOfUnknownRequest() {
    UnknownIdException e = assertThrows(UnknownIdException.class,
        () -> engine.hostSystems().steps(com.oriflame.privacy.rights.RequestId.of("no-such-request")));
    assertTrue(e.getMessage().contains("no-such-request"), e::getMessage);
  }
}
