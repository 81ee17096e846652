package com.oriflame.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.DataSources;
import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.memory.InMemoryPersonalDataSource;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.RightKind;
import com.oriflame.privacy.policy.SubjectRight;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The request drives the work across the host's systems: kind, state and identity verification (R28) gate every step. */
class RequestDrivenWorkTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2025-04-14T04:00:00Z"); // Monday 10:00 in Bishkek
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
    setUp(policy);
  }

  private void setUp(Policy p) {
    stores = InMemoryStores.create();
    shop = InMemoryPersonalDataSource.create("web-shop", p, List.of(c("identity"), c("contact"), c("commerce")));
    desk = InMemoryPersonalDataSource.create("support-desk", p, List.of(c("contact"), c("content")));
    engine = PrivacyEngine.builder().policy(p).stores(stores).clock(clock).dataSources(DataSources.of(shop, desk)).build();
    for (SubjectId s : List.of(aigul, other)) {
      engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 5, 17)).build(),
          Instant.parse("2024-01-02T10:00:00Z"));
      shop.put(s, c("contact.email"), "e-mail", s.value() + "@example.kg");
      desk.put(s, c("content.user-submitted"), "ticket", "ticket of " + s.value());
    }
  }

  private RequestRecord received(RequestKind kind) {
    RequestIntake intake = RequestIntake.of(kind, aigul, Channel.EMAIL);
    if (kind == RequestKind.RECTIFICATION) {
      intake = intake.withCorrections(Map.of(c("contact.email"), "aigul.s@example.kg"));
    }
    return engine.rights().receive(intake);
  }

  private RequestId verified(RequestKind kind) {
    RequestRecord r = received(kind);
    engine.rights().verifyIdentity(r.id(), "agent-17", "passport seen at the office");
    return r.id();
  }

  /** Every step sent to a source, and every audit record of a step or of a request's move. */
  private List<String> sent() {
    List<String> all = new ArrayList<>();
    shop.applied().forEach(k -> all.add(k.value()));
    desk.applied().forEach(k -> all.add(k.value()));
    return all;
  }

  private List<String> audited(String prefix) {
    List<String> actions = new ArrayList<>();
    engine.audit().scan(1, r -> {
      if (r.action().startsWith(prefix)) {
        actions.add(r.action());
      }
    });
    return actions;
  }

  /** The operation that carries out a request of that kind. */
  private Function<RequestId, Object> operation(RequestKind kind) {
    return switch (kind) {
      case ACCESS -> id -> engine.hostSystems().export(id, Language.EN);
      case ERASURE -> id -> engine.hostSystems().erase(id);
      case ACCOUNT_CLOSURE -> id -> engine.hostSystems().closeAccount(id);
      case RECTIFICATION -> id -> engine.hostSystems().rectify(id, "staff-0042");
      case BLOCKING -> id -> engine.hostSystems().block(id);
      default -> throw new IllegalArgumentException(kind.name());
    };
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 an erasure or rectification whose identity is not verified is never executed: no source sees a step, the request stays received")
  void unverifiedRequestsAreNeverExecuted() {
    for (RequestKind kind : List.of(RequestKind.ERASURE, RequestKind.RECTIFICATION, RequestKind.ACCOUNT_CLOSURE,
        RequestKind.BLOCKING, RequestKind.ACCESS)) {
      RequestRecord r = received(kind);
      String operation = switch (kind) {
        case ACCESS -> "export";
        case ERASURE -> "erase";
        case ACCOUNT_CLOSURE -> "closeAccount";
        case RECTIFICATION -> "rectify";
        default -> "block";
      };
      RequestStateException e = assertThrows(RequestStateException.class, () -> operation(kind).apply(r.id()), kind.name());
      assertEquals(RequestState.RECEIVED, e.state());
      assertEquals(r.id(), e.request());
      assertTrue(e.getMessage().startsWith(operation + " refused: request " + r.id() + " (" + kind + ") is RECEIVED"),
          e.getMessage());
      assertTrue(e.getMessage().contains("R28") && e.getMessage().contains("Nothing was sent"), e.getMessage());
      assertEquals(RequestState.RECEIVED, engine.rights().get(r.id()).state(), kind + " moved");
      assertEquals(List.of(), engine.hostSystems().steps(r.id()), kind + " recorded a step");
    }
    assertEquals(List.of(), sent(), "a source saw a step of an unverified request");
    assertEquals(1, shop.count(aigul, c("contact.email")));
    assertEquals(1, desk.count(aigul, c("content.user-submitted")));
    assertTrue(engine.subjects().find(aigul).orElseThrow().accountClosedAt().isEmpty());
    assertEquals(List.of(), audited("source-step."));
    assertEquals(List.of(), audited("request.in-progress"));
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 a request whose verification failed is closed and never executed")
  void failedVerificationIsNeverExecuted() {
    RequestRecord r = received(RequestKind.ERASURE);
    engine.rights().verificationFailed(r.id(), "agent-17", "documents did not match");
    RequestStateException e = assertThrows(RequestStateException.class, () -> engine.hostSystems().erase(r.id()));
    assertEquals(RequestState.VERIFICATION_FAILED, e.state());
    assertTrue(e.getMessage().contains("VERIFICATION_FAILED"), e.getMessage());
    assertEquals(List.of(), sent());
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 a verified erasure runs: in progress before the first step, completed with a summary when every source is done")
  void verifiedErasureRunsAndCompletes() {
    RequestId id = verified(RequestKind.ERASURE);
    ErasureReport report = engine.hostSystems().erase(id);
    assertTrue(report.complete());
    assertEquals(id.value(), report.work());
    assertEquals(0, shop.count(aigul, c("contact.email")));
    assertEquals(0, desk.count(aigul, c("content.user-submitted")));
    assertEquals(1, shop.count(other, c("contact.email")), "another subject's data was erased");
    RequestRecord r = engine.rights().get(id);
    assertEquals(List.of(RequestState.RECEIVED, RequestState.IDENTITY_VERIFIED, RequestState.IN_PROGRESS,
        RequestState.COMPLETED), r.transitions().stream().map(RequestTransition::state).toList());
    String note = r.last().note();
    assertTrue(note.startsWith("erasure done: erased "), note);
    assertFalse(note.contains("example.kg") || note.contains("ticket"), "personal data in the note: " + note);
    // the request moved to in progress before the first step, and completed after the last
    List<String> order = new ArrayList<>();
    engine.audit().scan(1, a -> {
      if (a.action().startsWith("source-step.") || a.action().equals("request.in-progress")
          || a.action().equals("request.completed")) {
        order.add(a.action());
      }
    });
    assertEquals("request.in-progress", order.get(0), order.toString());
    assertEquals("request.completed", order.get(order.size() - 1), order.toString());
    assertTrue(engine.verifyAudit().intact());
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 a verified rectification runs the request's corrections and records the staff member on the steps and the request's moves")
  void verifiedRectificationRunsTheRequestsCorrections() {
    RequestId id = verified(RequestKind.RECTIFICATION);
    WorkProgress p = engine.hostSystems().rectify(id, "staff-0042");
    assertTrue(p.complete());
    assertTrue(shop.export(aigul, Set.of(c("contact"))).items().stream().anyMatch(i -> i.value().equals("aigul.s@example.kg")));
    RequestRecord r = engine.rights().get(id);
    assertEquals(RequestState.COMPLETED, r.state());
    List<RequestTransition> t = r.transitions();
    assertEquals("staff-0042", t.get(2).actor());
    assertEquals("staff-0042", t.get(3).actor());
    assertEquals("rectified 1 categories in 1 sources", r.last().note());
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 a failing source leaves the request in progress; a retry with the same request completes it without repeating done steps")
  void failingSourceLeavesInProgressAndRetryResumes() {
    RequestId id = verified(RequestKind.ERASURE);
    desk.failOn(k -> true);
    ErasureReport first = engine.hostSystems().erase(id);
    assertFalse(first.complete());
    assertEquals(RequestState.IN_PROGRESS, engine.rights().get(id).state());
    List<String> before = List.copyOf(shop.applied().stream().map(OperationKey::value).toList());
    assertFalse(before.isEmpty());

    desk.failOn(k -> false);
    clock.advance(Duration.ofHours(2));
    ErasureReport second = engine.hostSystems().erase(id);
    assertTrue(second.complete());
    assertEquals(before, shop.applied().stream().map(OperationKey::value).toList(), "the web shop's done steps were sent again");
    assertEquals(desk.applied().stream().distinct().count(), desk.applied().size());
    RequestRecord r = engine.rights().get(id);
    assertEquals(RequestState.COMPLETED, r.state());
    assertEquals(1, r.transitions().stream().filter(x -> x.state() == RequestState.IN_PROGRESS).count(),
        "the retry started the request again");
    // completed: no further run
    assertThrows(RequestStateException.class, () -> engine.hostSystems().erase(id));
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 an operation the request's kind does not ask for is refused, naming request, kind and operation; nothing is sent")
  void kindMismatchIsRefused() {
    RequestId access = verified(RequestKind.ACCESS);
    RequestKindException e = assertThrows(RequestKindException.class, () -> engine.hostSystems().erase(access));
    assertEquals(access, e.request());
    assertEquals(RequestKind.ACCESS, e.kind());
    assertEquals("erase", e.operation());
    assertTrue(e.getMessage().contains(access.value()) && e.getMessage().contains("ACCESS")
        && e.getMessage().contains("erase") && e.getMessage().contains("ERASURE"), e.getMessage());
    RequestId erasure = verified(RequestKind.ERASURE);
    assertThrows(RequestKindException.class, () -> engine.hostSystems().export(erasure, Language.EN));
    assertThrows(RequestKindException.class, () -> engine.hostSystems().rectify(erasure, "staff-0042"));
    assertThrows(RequestKindException.class, () -> engine.hostSystems().closeAccount(erasure));
    assertThrows(RequestKindException.class, () -> engine.hostSystems().block(erasure));
    assertThrows(RequestKindException.class, () -> engine.hostSystems().plan(access));
    RequestId complaint = engine.rights().receive(RequestIntake.of(RequestKind.COMPLAINT, aigul, Channel.EMAIL)
        .withDescription("my data was shared")).id();
    assertThrows(RequestKindException.class, () -> engine.hostSystems().erase(complaint));
    assertEquals(List.of(), sent());
    assertEquals(RequestState.IDENTITY_VERIFIED, engine.rights().get(access).state());
    assertEquals(RequestState.IDENTITY_VERIFIED, engine.rights().get(erasure).state());
  }

  @Test
  @Tag("R28")
  @DisplayName("R28 a kind whose right needs no identity verification in the policy runs straight from received")
  void receivedSufficesWhenThePolicyNeedsNoVerification() {
    Policy lenient = policy.toBuilder().rights(policy.rights().stream().map(r -> r.kind() != RightKind.BLOCKING ? r
        : new SubjectRight(r.kind(), r.labels(), r.clauses(), r.channels(), r.deadline(), false)).toList()).build();
    setUp(lenient);
    RequestRecord r = engine.rights().receive(RequestIntake.of(RequestKind.BLOCKING, aigul, Channel.EMAIL)
        .withCategories(Set.of(c("contact.email"))));
    WorkProgress p = engine.hostSystems().block(r.id());
    assertTrue(p.complete());
    assertEquals(Set.of(c("contact.email")), shop.blocked(aigul));
    assertEquals(List.of(RequestState.RECEIVED, RequestState.IN_PROGRESS, RequestState.COMPLETED),
        engine.rights().get(r.id()).transitions().stream().map(RequestTransition::state).toList());
    // erasure still needs verification in that policy
    RequestRecord erasure = received(RequestKind.ERASURE);
    assertThrows(RequestStateException.class, () -> engine.hostSystems().erase(erasure.id()));
  }

  @Test
  @Tag("R26")
  @Tag("R27")
  @DisplayName("R26 R27 an access request received by e-mail, exported and completed before its due date is not overdue")
  void accessByEmailExportedInTimeIsNotOverdue() {
    RequestRecord received = received(RequestKind.ACCESS);
    assertEquals(Channel.EMAIL, received.channel());
    RequestRecord waiting = received(RequestKind.ACCESS);
    engine.rights().verifyIdentity(waiting.id(), "agent-17", "passport");
    clock.advance(Duration.ofDays(3));
    engine.rights().verifyIdentity(received.id(), "agent-17", "passport seen at the office");
    AccessExport export = engine.hostSystems().export(received.id(), Language.RU);
    assertTrue(export.complete());
    RequestRecord done = engine.rights().get(received.id());
    assertEquals(RequestState.COMPLETED, done.state());
    assertTrue(done.last().note().startsWith("export delivered: "), done.last().note());
    clock.advance(Duration.ofDays(5)); // day 8
    assertFalse(done.overdue(clock.instant()));
    assertFalse(done.closedLate());
    assertEquals(List.of(waiting.id()), engine.rights().overdue(clock.instant()).stream().map(RequestRecord::id).toList(),
        "only the access request never exported is overdue");
  }
}
