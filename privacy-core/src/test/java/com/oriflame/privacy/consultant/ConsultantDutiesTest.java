package com.oriflame.privacy.consultant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.EntrustedUse;
import com.oriflame.privacy.decision.EntrustedUseKind;
import com.oriflame.privacy.decision.Reason;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.DutyId;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.testing.Consultants;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scenarios of §7: a Consultant's mandate over the data of their customers and downline (R24,
 * R30) and the obligations their deregistration and the company's requests create (R31).
 */
class ConsultantDutiesTest {
  static final Instant REGISTERED = Instant.parse("2024-01-02T10:00:00Z");
  static final Instant NOW = Instant.parse("2024-03-01T09:00:00Z");

  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = new MutableClock(NOW);
  private PrivacyEngine engine;
  private SubjectId consultant;
  private SubjectId customer;
  private Set<CategoryId> contact;

  @BeforeEach
  void world() {
    engine = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock).build();
    consultant = Consultants.register(engine, clock, SubjectId.of("consultant-aigul"), REGISTERED);
    customer = Consultants.register(engine, clock, SubjectId.of("customer-bakyt"), REGISTERED);
    contact = policy.categories("identity.full-name", "contact.mobile-phone");
    engine.consents().grant(customer, policy.purpose(EntrustedUse.ENTRUSTED_PURPOSE),
        Evidence.of(Channel.WRITTEN, "consent to Consultant processing, form 5"));
  }

  private static Set<ReasonCode> codes(Decision d) {
    return d.reasons().stream().map(Reason::code).collect(Collectors.toSet());
  }

  private static Set<ObligationKind> obligations(Decision d) {
    return d.obligations().stream().map(o -> o.kind()).collect(Collectors.toSet());
  }

  @Test
  @Tag("R30")
  @DisplayName("R30 a Consultant processes a customer's data for a §2 purpose with the customer's consent, not without it")
  void processWithConsent() {
    Decision ok = engine.consultants().check(EntrustedUse.process(consultant, customer, contact));
    assertTrue(ok.permitted(), ok::toString);
    assertTrue(codes(ok).contains(ReasonCode.CONSENT_IN_FORCE), ok::toString);
    engine.consents().withdraw(customer, policy.purpose(EntrustedUse.ENTRUSTED_PURPOSE), Evidence.of(Channel.PHONE, "call 12"));
    Decision withdrawn = engine.consultants().check(EntrustedUse.process(consultant, customer, contact));
    assertTrue(codes(withdrawn).contains(ReasonCode.CONSENT_WITHDRAWN), withdrawn::toString);
    assertFalse(withdrawn.permitted());
  }

  @Test
  @Tag("R30")
  @DisplayName("R30 a purpose that does not rest on the data subject's consent is no ground for a Consultant's processing")
  void purposeWithoutConsent() {
    Decision d = engine.consultants().check(EntrustedUse.process(consultant, customer, contact)
        .withPurpose(PurposeId.of("contract.performance")));
    assertFalse(d.permitted(), d::toString);
    Reason r = d.reasons().stream().filter(x -> x.code() == ReasonCode.ENTRUSTED_WITHOUT_CONSENT).findFirst().orElseThrow();
    assertEquals("R30", r.rule());
    assertEquals("§7", r.clauses().get(0).value());
  }

  @Test
  @Tag("R30")
  @DisplayName("R30 an onward transfer of entrusted data by the Consultant is denied, whatever the consents")
  void onwardTransferDenied() {
    Decision d = engine.consultants().check(EntrustedUse.of(consultant, customer, EntrustedUseKind.ONWARD_TRANSFER, contact));
    assertFalse(d.permitted(), d::toString);
    Reason r = d.reasons().get(0);
    assertEquals(ReasonCode.ONWARD_TRANSFER, r.code());
    assertEquals("R30", r.rule());
    assertEquals(DutyId.of("duty.no-onward-transfer"), r.element().orElseThrow());
    assertTrue(r.fact().contains("unless the law provides otherwise"), r::fact);
    assertEquals("1", d.revision().version(), "R1: the decision names its revision");
  }

  @Test
  @Tag("R24")
  @DisplayName("R24 files between the Consultant and the company, either way, carry 'encrypt in transit'")
  void encryptedExchange() {
    Decision received = engine.consultants().check(EntrustedUse.of(consultant, customer, EntrustedUseKind.RECEIVE_FROM_COMPANY, contact));
    assertTrue(received.permitted(), received::toString);
    assertTrue(obligations(received).contains(ObligationKind.ENCRYPT_IN_TRANSIT), received::toString);
    Decision sent = engine.consultants().check(EntrustedUse.of(consultant, customer, EntrustedUseKind.SEND_TO_COMPANY, contact));
    assertTrue(sent.permitted(), sent::toString);
    assertEquals(ReasonCode.ENTRUSTED_EXCHANGE, sent.reasons().get(0).code());
    assertEquals("R24", sent.reasons().get(0).rule());
    assertEquals(List.of(ObligationKind.ENCRYPT_IN_TRANSIT), sent.obligations().stream().map(o -> o.kind()).toList());
    Decision processed = engine.consultants().check(EntrustedUse.process(consultant, customer, contact));
    assertFalse(obligations(processed).contains(ObligationKind.ENCRYPT_IN_TRANSIT), "processing at the Consultant's sends nothing");
  }

  @Test
  @Tag("R31")
  @Tag("R1")
  @DisplayName("R31 cancelling a registration creates return and destroy obligations at that instant; overdue a day later until closed with evidence")
  void cancellationWithOverdueReturn() {
    List<TrackedObligation> due = engine.consultants().cancelRegistration(consultant, "cancellation order 2024-17");
    assertEquals(List.of(DutyId.of("duty.return-entrusted-data"), DutyId.of("duty.destroy-entrusted-data")),
        due.stream().map(TrackedObligation::duty).toList());
    for (TrackedObligation o : due) {
      assertEquals(NOW, o.createdAt());
      assertEquals(NOW.plus(Duration.ofDays(1)), o.dueAt(), "'without delay': 1 calendar day by the policy's default");
      assertEquals(ObligationCause.CANCELLATION, o.cause());
      assertEquals("1", o.policyVersion(), "R1");
      assertEquals(ObligationStatus.OPEN, o.statusAt(NOW));
    }
    assertEquals(due, engine.consultants().cancelRegistration(consultant, "again"), "idempotent");
    assertEquals(List.of(), engine.consultants().overdue());
    assertFalse(engine.subjects().find(consultant).orElseThrow().contract().orElseThrow().inForceAt(NOW),
        "the Consultant's contract ended");

    clock.advance(Duration.ofDays(2));
    assertEquals(due, engine.consultants().overdue().stream().sorted((a, b) -> Integer.compare(due.indexOf(a), due.indexOf(b))).toList());
    TrackedObligation returned = engine.consultants().close(due.get(0).id(), "returned on USB stick, act 2024-17/1");
    assertEquals(ObligationStatus.CLOSED_LATE, returned.statusAt(clock.instant()));
    assertEquals(List.of(due.get(1)), engine.consultants().overdue());
    assertThrows(IllegalStateException.class, () -> engine.consultants().close(due.get(0).id(), "twice"));
    assertThrows(IllegalArgumentException.class, () -> engine.consultants().close(due.get(1).id(), " "));
    Mandate m = engine.consultants().mandate(consultant);
    assertFalse(m.inForce());
    assertEquals(List.of(due.get(1)), m.overdue());

    List<AuditRecord> records = new ArrayList<>();
    engine.audit().scan(1, records::add);
    List<String> actions = records.stream().map(AuditRecord::action).filter(a -> a.startsWith("consultant.")).toList();
    assertEquals(List.of("consultant.obligation.opened", "consultant.obligation.opened", "consultant.obligation.closed"), actions);
    assertTrue(records.stream().filter(r -> r.action().startsWith("consultant.")).allMatch(r -> r.policyVersion().equals("1")));
    assertTrue(records.stream().noneMatch(r -> r.details().toString().contains("USB") || r.subjectRef().contains("aigul")),
        "no free text or subject id in the audit trail");
    assertTrue(engine.verifyAudit().intact(), () -> engine.verifyAudit().toString());
  }

  @Test
  @Tag("R31")
  @DisplayName("R31 after the cancellation the mandate is over: no more processing or receiving, only sending the data back")
  void mandateEnds() {
    clock.advance(Duration.ofHours(1));
    engine.consultants().cancelRegistration(consultant, "order 18");
    clock.advance(Duration.ofMinutes(1));
    Decision d = engine.consultants().check(EntrustedUse.process(consultant, customer, contact));
    assertEquals(Set.of(ReasonCode.MANDATE_ENDED), codes(d), d::toString);
    assertEquals("R31", d.reasons().get(0).rule());
    assertTrue(d.reasons().get(0).fact().contains("registration was cancelled on 2024-03-01"), d.reasons().get(0)::fact);
    assertEquals(Set.of(ReasonCode.MANDATE_ENDED), codes(engine.consultants().check(
        EntrustedUse.of(consultant, customer, EntrustedUseKind.RECEIVE_FROM_COMPANY, contact))).stream()
        .filter(c -> c == ReasonCode.MANDATE_ENDED).collect(Collectors.toSet()));
    assertTrue(engine.consultants().check(EntrustedUse.of(consultant, customer, EntrustedUseKind.SEND_TO_COMPANY, contact))
        .permitted(), "returning the data is the duty itself");
    Decision before = engine.consultants().check(EntrustedUse.process(consultant, customer, contact).withInstant(NOW));
    assertTrue(before.permitted(), "decisions about the past see the mandate in force: " + before);
    SubjectId stranger = SubjectId.of("never-registered");
    Decision none = engine.consultants().check(EntrustedUse.process(stranger, customer, contact));
    assertTrue(codes(none).contains(ReasonCode.MANDATE_ENDED), none::toString);
  }

  @Test
  @Tag("R31")
  @DisplayName("R31 a verification request creates 'check and report without delay'; queries and breaches are tracked too")
  void verificationRequest() {
    TrackedObligation check = engine.consultants().request(consultant, ObligationCause.VERIFICATION_REQUEST, "request V-3");
    assertEquals(DutyId.of("duty.check-and-report"), check.duty());
    assertEquals(NOW.plus(Duration.ofDays(1)), check.dueAt());
    TrackedObligation query = engine.consultants().request(consultant, ObligationCause.QUERY, "query Q-9");
    assertEquals(DutyId.of("duty.answer-queries"), query.duty());
    assertEquals(NOW.plus(Duration.ofDays(2)), query.dueAt());
    TrackedObligation breach = engine.consultants().request(consultant, ObligationCause.BREACH, "incident I-1");
    assertEquals(DutyId.of("duty.check-and-report"), breach.duty());
    assertThrows(IllegalArgumentException.class, () -> engine.consultants().request(consultant, ObligationCause.CANCELLATION, "x"));
    assertTrue(engine.consultants().mandate(consultant).inForce(), "a request does not end the mandate");
    clock.advance(Duration.ofHours(36));
    assertEquals(List.of(check.id(), breach.id()).stream().sorted().toList(),
        engine.consultants().overdue().stream().map(TrackedObligation::id).sorted().toList());
    engine.consultants().close(check.id(), "report R-3: 41 records checked, none kept beyond §2 purposes");
    assertEquals(ObligationStatus.CLOSED_LATE, engine.consultants().find(check.id()).orElseThrow().statusAt(clock.instant()));
    assertEquals(3, engine.consultants().obligations(consultant).size());
    assertTrue(engine.verifyAudit().intact());
  }

  @Test
  @DisplayName("obligations print no free text and refuse bad input with messages naming the field")
  void values() {
    TrackedObligation o = engine.consultants().request(consultant, ObligationCause.QUERY, "письмо Айгүл от 1 марта");
    assertFalse(o.toString().contains("Айгүл"), o::toString);
    assertFalse(o.toString().contains("consultant-aigul"), o::toString);
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> engine.consultants().request(consultant, ObligationCause.QUERY, ""));
    assertTrue(blank.getMessage().startsWith("reference"), blank::getMessage);
    assertThrows(IllegalArgumentException.class, () -> EntrustedUse.process(consultant, consultant, contact));
    assertThrows(IllegalArgumentException.class, () -> engine.consultants().close("obligation.none", "x"));
    assertEquals(Operation.DISSEMINATION, EntrustedUse.of(consultant, customer, EntrustedUseKind.ONWARD_TRANSFER, contact).request()
        .operation());
  }
}
