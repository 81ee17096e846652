package com.oriflame.privacy.rights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DeadlineUnit;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.testing.MutableClock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The request scenarios of the policy (§6, §10) and the law (Art. 15, 17), end to end through {@code engine.rights()}. */
class RequestScenariosTest {
  private static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
  private final MutableClock clock = MutableClock.at("2025-04-14T04:00:00Z"); // Monday 10:00 in Bishkek
  private final SubjectId subject = SubjectId.of("KG-0001");
  private InMemoryStores stores;
  private PrivacyEngine engine;
  private RightsService rights;

  @BeforeEach
  void engine() {
    stores = InMemoryStores.create();
    engine = PrivacyEngine.builder().policy(Policies.oriflameKyrgyzstan2017()).stores(stores).clock(clock).build();
    rights = engine.rights();
  }

  private void at(int year, int month, int day, int hour, int minute) {
    clock.set(LocalDateTime.of(year, month, day, hour, minute).atZone(BISHKEK).toInstant());
  }

  private RequestRecord access(Channel channel) {
    return rights.receive(RequestIntake.of(RequestKind.ACCESS, subject, channel).withReference("msg 4711"));
  }

  private RequestRecord answer(RequestRecord r) {
    rights.verifyIdentity(r.id(), "agent-7", "code sent to the registered e-mail");
    rights.start(r.id());
    return rights.complete(r.id(), "agent-7", "copy sent");
  }

  private List<String> auditActions() {
    return engine.audit().read(1, 1_000).stream().map(AuditRecord::draft).map(d -> d.action()).toList();
  }

  @Test
  @DisplayName("R27: an access request by e-mail answered on day 7 is on time; one answered on day 8 was overdue")
  @Tag("R27")
  @Tag("R26")
  void accessDay7AndDay8() {
    RequestRecord onTime = access(Channel.EMAIL);
    RequestRecord late = access(Channel.EMAIL);
    assertEquals(LocalDate.of(2025, 4, 21), onTime.deadline().orElseThrow().dueDate());
    assertEquals(DeadlineSource.LAW, onTime.deadline().orElseThrow().source());
    assertEquals(List.of(ClauseRef.of("Art. 17(e)"), ClauseRef.of("Art. 17(f)")), onTime.deadline().orElseThrow().clauses());
    assertEquals(Channel.EMAIL, onTime.channel());
    assertEquals(clock.instant(), onTime.receivedAt());
    at(2025, 4, 21, 23, 59); // day 7, late evening
    assertEquals(List.of(), rights.overdue(clock.instant()));
    assertFalse(answer(onTime).closedLate());
    at(2025, 4, 22, 0, 0); // day 8
    assertEquals(List.of(late.id()), rights.overdue(clock.instant()).stream().map(RequestRecord::id).toList());
    assertTrue(rights.get(late.id()).overdue(clock.instant()));
    RequestRecord answered = answer(late);
    assertTrue(answered.closedLate());
    assertFalse(answered.overdue(clock.instant()));
    assertEquals(List.of(), rights.overdue(clock.instant()));
  }

  @Test
  @DisplayName("R27: an account closure received on a Friday before a public holiday is due on the next working day")
  @Tag("R27")
  void closureBeforeHoliday() {
    at(2026, 8, 28, 16, 30); // Friday; Monday 31 August is Independence Day
    RequestRecord r = rights.receive(RequestIntake.of(RequestKind.ACCOUNT_CLOSURE, subject, Channel.PHONE));
    RequestDeadline d = r.deadline().orElseThrow();
    assertEquals(LocalDate.of(2026, 9, 1), d.dueDate());
    assertEquals(DeadlineUnit.WORKING_DAYS, d.unit());
    assertEquals(1, d.amount());
    assertEquals(DeadlineSource.POLICY, d.source());
    at(2026, 9, 1, 23, 59);
    assertFalse(rights.get(r.id()).overdue(clock.instant()));
    at(2026, 9, 2, 0, 0);
    assertEquals(List.of(r.id()), rights.overdue(clock.instant()).stream().map(RequestRecord::id).toList());
  }

  @Test
  @DisplayName("R27, R38: a refusal of access cites its ground of Art. 15, is audited with it and closes the request")
  @Tag("R27")
  @Tag("R38")
  void refusalCitesGround() {
    RequestRecord r = access(Channel.WRITTEN);
    rights.verifyIdentity(r.id(), "agent-7", "passport");
    RequestRecord refused = rights.refuse(r.id(), RefusalGround.RIGHTS_OF_OTHERS, "agent-7", "the file names other consultants");
    assertEquals(RequestState.REFUSED, refused.state());
    assertEquals(RefusalGround.RIGHTS_OF_OTHERS, refused.refusal().orElseThrow());
    assertEquals(ClauseRef.of("Art. 15"), refused.refusal().orElseThrow().clause());
    assertTrue(RefusalGround.RIGHTS_OF_OTHERS.cite(Language.RU).endsWith("(Art. 15)"));
    assertEquals(refused, rights.get(r.id()));
    AuditRecord last = engine.audit().read(1, 100).get(engine.audit().read(1, 100).size() - 1);
    assertEquals("request.refused", last.draft().action());
    assertEquals("RIGHTS_OF_OTHERS", last.draft().details().get("ground"));
    assertEquals("Art. 15", last.draft().details().get("clause"));
    assertThrows(NullPointerException.class, () -> rights.refuse(access(Channel.EMAIL).id(), null, "agent-7", "no ground"));
    clock.set(clock.instant().plusSeconds(30L * 24 * 3600));
    assertFalse(rights.overdue(clock.instant()).stream().anyMatch(x -> x.id().equals(r.id())));
  }

  @Test
  @DisplayName("R26: a request through a channel the policy does not name is refused with its reason, audited, not stored")
  @Tag("R26")
  void channelNotNamed() {
    RequestRejectedException e = assertThrows(RequestRejectedException.class,
        () -> rights.receive(RequestIntake.of(RequestKind.ERASURE, subject, Channel.WEBSITE_FORM)));
    assertEquals(RequestRejectionCode.CHANNEL_NOT_ACCEPTED, e.code());
    assertTrue(e.getMessage().contains("EMAIL, PHONE"), e.getMessage());
    assertEquals(List.of(), rights.forSubject(subject));
    assertEquals(List.of("request.rejected"), auditActions());
    assertEquals(RequestRejectionCode.CHANNEL_NOT_ACCEPTED, assertThrows(RequestRejectedException.class,
        () -> rights.receive(RequestIntake.of(RequestKind.ACCESS, subject, Channel.BULK_IMPORT))).code());
    // the network-sharing objection is accepted only by e-mail and phone (§3.3), not in the account
    assertEquals(RequestRejectionCode.CHANNEL_NOT_ACCEPTED, assertThrows(RequestRejectedException.class,
        () -> rights.receive(RequestIntake.of(RequestKind.OBJECTION, subject, Channel.ACCOUNT_SETTINGS)
            .withObjections(Set.of(ObjectionId.of("objection.network-sharing"))))).code());
    // access, change and deletion by e-mail and by phone are accepted (R26)
    for (RequestKind k : List.of(RequestKind.ACCESS, RequestKind.ERASURE, RequestKind.ACCOUNT_CLOSURE)) {
      for (Channel c : List.of(Channel.EMAIL, Channel.PHONE)) {
        assertEquals(c, rights.receive(RequestIntake.of(k, subject, c)).channel());
      }
    }
    assertEquals(Channel.PHONE, rights.receive(RequestIntake.of(RequestKind.RECTIFICATION, subject, Channel.PHONE)
        .withCorrections(Map.of(CategoryId.of("contact.email"), "new@example.kg"))).channel());
  }

  @Test
  @DisplayName("R35: a complaint is recorded with channel, instant and description, and tracked to closure")
  @Tag("R35")
  void complaintTrackedToClosure() {
    assertEquals(RequestRejectionCode.MISSING_DETAILS, assertThrows(RequestRejectedException.class,
        () -> rights.receive(RequestIntake.of(RequestKind.COMPLAINT, subject, Channel.EMAIL))).code());
    RequestRecord r = rights.receive(RequestIntake.of(RequestKind.COMPLAINT, subject, Channel.EMAIL)
        .withDescription("My phone number was given to another consultant"));
    assertEquals(Channel.EMAIL, r.channel());
    assertEquals(clock.instant(), r.receivedAt());
    assertEquals("My phone number was given to another consultant", r.description());
    assertTrue(r.deadline().isEmpty(), "the policy states no deadline: investigated promptly");
    assertFalse(r.toString().contains("phone number"));
    rights.start(r.id(), "privacy-officer");
    clock.set(clock.instant().plusSeconds(3 * 24 * 3600));
    RequestRecord closed = rights.complete(r.id(), "privacy-officer", "investigated: disclosure stopped, consultant warned");
    assertEquals(RequestState.COMPLETED, closed.state());
    assertEquals(clock.instant(), closed.closedAt().orElseThrow());
    assertEquals(List.of(RequestState.RECEIVED, RequestState.IN_PROGRESS, RequestState.COMPLETED),
        rights.get(r.id()).transitions().stream().map(RequestTransition::state).toList());
    assertTrue(auditActions().containsAll(List.of("request.received", "request.in-progress", "request.completed")));
  }

  @Test
  @DisplayName("R37: a request of the authority or the Ombudsman is due within a week; by phone it is not accepted")
  @Tag("R37")
  void authorityWithinAWeek() {
    RequestRecord agency = rights.receive(RequestIntake.of(RequestKind.AUTHORITY_REQUEST, subject, Channel.WRITTEN)
        .withReference("letter 01-12/345"));
    RequestRecord ombudsman = rights.receive(RequestIntake.of(RequestKind.OMBUDSMAN_REQUEST, subject, Channel.EMAIL));
    for (RequestRecord r : List.of(agency, ombudsman)) {
      assertEquals(LocalDate.of(2025, 4, 21), r.deadline().orElseThrow().dueDate());
      assertEquals(List.of(ClauseRef.of("Art. 17(g)")), r.deadline().orElseThrow().clauses());
    }
    rights.start(agency.id()); // no identity verification of a public body
    at(2025, 4, 22, 0, 0);
    assertEquals(Set.of(agency.id(), ombudsman.id()),
        Set.copyOf(rights.overdue(clock.instant()).stream().map(RequestRecord::id).toList()));
    assertEquals(RequestRejectionCode.CHANNEL_NOT_ACCEPTED, assertThrows(RequestRejectedException.class,
        () -> rights.receive(RequestIntake.of(RequestKind.AUTHORITY_REQUEST, subject, Channel.PHONE))).code());
  }

  @Test
  @DisplayName("R38: access on a written request is free of charge, except on a tangible medium; the record says why")
  @Tag("R38")
  void fee() {
    assertEquals(RequestFee.of(RequestFee.Basis.WRITTEN_ACCESS_FREE), access(Channel.EMAIL).fee());
    assertEquals(RequestFee.of(RequestFee.Basis.WRITTEN_ACCESS_FREE), access(Channel.WRITTEN).fee());
    RequestFee paper = rights.receive(RequestIntake.of(RequestKind.ACCESS, subject, Channel.WRITTEN)
        .withMedium(RequestMedium.TANGIBLE_MEDIUM)).fee();
    assertTrue(paper.applies());
    assertEquals(RequestFee.Basis.TANGIBLE_MEDIUM, paper.basis());
    assertFalse(access(Channel.PHONE).fee().applies());
    assertEquals(RequestFee.Basis.NOT_WRITTEN_NO_FEE_IN_POLICY, access(Channel.PHONE).fee().basis());
    assertEquals(RequestFee.Basis.NO_FEE_FOR_KIND,
        rights.receive(RequestIntake.of(RequestKind.ERASURE, subject, Channel.EMAIL)).fee().basis());
    assertThrows(IllegalArgumentException.class, () -> new RequestFee(false, RequestFee.Basis.TANGIBLE_MEDIUM));
  }

  @Test
  @DisplayName("R28: a rectification is never started before the requester's identity is verified")
  @Tag("R28")
  void rectificationNeedsVerifiedIdentity() {
    RequestRecord r = rights.receive(RequestIntake.of(RequestKind.RECTIFICATION, subject, Channel.PHONE)
        .withCorrections(Map.of(CategoryId.of("contact.email"), "new@example.kg")));
    RequestStateException e = assertThrows(RequestStateException.class, () -> rights.start(r.id(), "agent-7"));
    assertEquals(RequestState.RECEIVED, e.state());
    assertEquals(RequestState.IN_PROGRESS, e.attempted());
    assertTrue(e.getMessage().contains("R28"), e.getMessage());
    assertEquals(RequestState.RECEIVED, rights.get(r.id()).state());
    rights.verifyIdentity(r.id(), "agent-7", "callback to the registered number");
    RequestRecord started = rights.start(r.id(), "agent-7");
    assertEquals(RequestState.IN_PROGRESS, started.state());
    assertEquals(Map.of(CategoryId.of("contact.email"), "new@example.kg"), started.corrections());
    // a failed verification closes it: never executed
    RequestRecord erasure = rights.receive(RequestIntake.of(RequestKind.ERASURE, subject, Channel.EMAIL));
    rights.verificationFailed(erasure.id(), "agent-7", "answers did not match");
    assertEquals(RequestState.VERIFICATION_FAILED,
        assertThrows(RequestStateException.class, () -> rights.start(erasure.id())).state());
    RequestRecord expired = rights.verificationExpired(rights.receive(RequestIntake.of(RequestKind.ERASURE, subject,
        Channel.EMAIL)).id());
    assertTrue(expired.state().terminal());
  }

  @Test
  @DisplayName("illegal moves throw with the state; start and complete repeat harmlessly; every move is audited and the chain verifies")
  void lifecycle() {
    RequestRecord r = access(Channel.EMAIL);
    assertEquals(RequestState.RECEIVED, assertThrows(RequestStateException.class, () -> rights.complete(r.id())).state());
    rights.verifyIdentity(r.id(), "agent-7", "ok");
    assertThrows(RequestStateException.class, () -> rights.verifyIdentity(r.id(), "agent-7", "again"));
    rights.start(r.id());
    assertEquals(3, rights.start(r.id()).transitions().size());
    rights.complete(r.id());
    assertEquals(4, rights.complete(r.id()).transitions().size());
    RequestStateException e = assertThrows(RequestStateException.class, () -> rights.withdraw(r.id()));
    assertEquals(RequestState.COMPLETED, e.state());
    assertTrue(e.getMessage().contains("COMPLETED"));
    RequestRecord w = rights.withdraw(access(Channel.PHONE).id());
    assertEquals(RequestState.WITHDRAWN, w.state());
    assertEquals(List.of("request.received", "request.identity-verified", "request.in-progress", "request.completed",
        "request.received", "request.withdrawn"), auditActions());
    assertTrue(engine.verifyAudit().intact());
    assertEquals("1", r.policyVersion());
    assertThrows(com.oriflame.privacy.UnknownIdException.class, () -> rights.get(RequestId.of("nope")));
  }

  @Test
  @DisplayName("R10: an objection request raises the objection in the ledger at once; a consent withdrawal withdraws")
  @Tag("R10")
  void objectionRaisesLedgerObjection() {
    RequestRecord r = rights.receive(RequestIntake.of(RequestKind.OBJECTION, subject, Channel.PHONE)
        .withObjections(Set.of(ObjectionId.of("objection.marketing"))));
    assertEquals(1, r.ledgerEvents().size());
    assertTrue(engine.consents().state(subject, clock.instant()).objections().contains(ObjectionId.of("objection.marketing")));
    assertTrue(r.deadline().isEmpty());
    RequestRecord w = rights.receive(RequestIntake.of(RequestKind.CONSENT_WITHDRAWAL, subject, Channel.EMAIL)
        .withPurposes(Set.of(PurposeId.of("marketing.similar-goods.sms"))));
    assertEquals(1, w.ledgerEvents().size());
    assertEquals(RequestRejectionCode.MISSING_DETAILS, assertThrows(RequestRejectedException.class,
        () -> rights.receive(RequestIntake.of(RequestKind.OBJECTION, subject, Channel.PHONE))).code());
  }

  @Test
  @DisplayName("a retried receipt under the host's id returns the stored request; another request under it is a conflict")
  void idempotentReceipt() {
    RequestIntake intake = RequestIntake.of(RequestKind.ACCESS, subject, Channel.EMAIL).withId(RequestId.of("TICKET-42"));
    RequestRecord first = rights.receive(intake);
    assertEquals(first, rights.receive(intake));
    assertEquals(1, rights.forSubject(subject).size());
    assertEquals(RequestRejectionCode.ID_CONFLICT, assertThrows(RequestRejectedException.class,
        () -> rights.receive(RequestIntake.of(RequestKind.ERASURE, subject, Channel.EMAIL).withId(RequestId.of("TICKET-42"))))
        .code());
    assertThrows(IllegalArgumentException.class, () -> RequestId.of("a/b"));
  }

  @Test
  @DisplayName("dueBetween lists the open requests whose deadline expires in the window")
  void dueBetween() {
    RequestRecord a = access(Channel.EMAIL);
    at(2025, 4, 16, 9, 0);
    RequestRecord b = access(Channel.EMAIL);
    java.time.Instant day8 = LocalDate.of(2025, 4, 22).atStartOfDay(BISHKEK).toInstant();
    assertEquals(List.of(a.id()), rights.dueBetween(day8, day8.plusSeconds(24 * 3600)).stream().map(RequestRecord::id).toList());
    assertEquals(List.of(a.id(), b.id()),
        rights.dueBetween(day8, day8.plusSeconds(3 * 24 * 3600)).stream().map(RequestRecord::id).toList());
  }
}
