package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Recording the past on purpose: {@link ConsentLedger#importing(Instant)}. */
class HistoryImportTest {
  private static final Instant REGISTERED = Instant.parse("2019-05-14T09:30:00Z");
  private static final Instant WITHDRAWN = Instant.parse("2021-02-01T12:00:00Z");
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final Objection marketing = policy.objection("objection.marketing");
  private final MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");
  private final SubjectId subject = SubjectId.of("consultant-004711");
  private final Evidence caf = Evidence.of(Channel.CAF_PAPER, "CAF 004711").withForm(FormId.of("form.caf.paper"));
  private PrivacyEngine engine;

  @BeforeEach
  void setUp() {
    engine = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock).build();
    engine.subjects().save(SubjectProfile.builder(subject).birthDate(LocalDate.of(1985, 3, 3)).build(), REGISTERED);
  }

  @Test
  @Tag("R2")
  @Tag("R7")
  @DisplayName("R2 R7 imported acts take effect at their instant, keep their evidence, are recorded now under the revision then in force, and are audited")
  void importsAtTheirInstant() {
    Recorded registered = engine.consents().importing(REGISTERED).register(subject, Registration.through(caf).consentingTo(sms));
    Recorded withdrawn = engine.consents().importing(WITHDRAWN).withdraw(subject, sms, Evidence.of(Channel.EMAIL, "msg 88"));

    ConsentEvent e = registered.event();
    assertEquals(REGISTERED, e.effectiveAt());
    assertEquals(clock.instant(), e.recordedAt());
    assertEquals("1", e.policyVersion());
    assertEquals(caf, e.evidence(), "the original channel and form, not BULK_IMPORT");
    assertTrue(registered.receipt().isPresent());
    assertEquals(List.of(e, withdrawn.event()), engine.consents().history(subject));

    assertTrue(engine.consents().state(subject, REGISTERED).consent(sms.id()).granted());
    assertEquals(ConsentStatus.Kind.WITHDRAWN, engine.consents().state(subject, WITHDRAWN).consent(sms.id()).kind());
    assertTrue(engine.consents().state(subject, REGISTERED.minusSeconds(1)).acceptance().isEmpty());

    AuditRecord audit = engine.audit().read(engine.audit().head().sequence(), 1).get(0);
    assertEquals("consent.withdrawn", audit.action());
    assertEquals(WITHDRAWN.toString(), audit.details().get("effectiveAt"));
    assertEquals(clock.instant(), audit.at(), "the audit record says when it was recorded");
    assertTrue(engine.audit().verify().intact());
  }

  @Test
  @DisplayName("importing the same act again records nothing and returns the stored event")
  void idempotent() {
    Recorded first = engine.consents().importing(REGISTERED).register(subject, Registration.through(caf).consentingTo(sms));
    long head = engine.audit().head().sequence();
    clock.advance(java.time.Duration.ofMinutes(5));
    Recorded again = engine.consents().importing(REGISTERED).register(subject, Registration.through(caf).consentingTo(sms));
    assertFalse(again.appended());
    assertEquals(first.event(), again.event());
    assertEquals(first.receipt(), again.receipt());
    assertEquals(head, engine.audit().head().sequence(), "no audit record either");
    assertTrue(engine.consents().importing(REGISTERED).grant(subject, sms, Evidence.of(Channel.CAF_PAPER, "CAF 004712"))
        .appended(), "other evidence is another act");
  }

  @Test
  @Tag("R7")
  @Tag("R2")
  @DisplayName("R7 R2 imports pass the checks of a live recording at their instant")
  void liveChecks() {
    ConsentRecorder past = engine.consents().importing(REGISTERED);
    assertEquals(RejectionCode.GRANT_CHANNEL, assertThrows(ConsentRejectedException.class,
        () -> past.grant(subject, sms, Evidence.of(Channel.PHONE, "call 7"))).code());
    assertEquals(RejectionCode.ACCEPTANCE_CHANNEL, assertThrows(ConsentRejectedException.class,
        () -> past.acceptPolicy(subject, Evidence.of(Channel.EMAIL, "m"))).code());
    assertEquals(RejectionCode.NOT_CONSENT_BASED, assertThrows(ConsentRejectedException.class,
        () -> past.grant(subject, policy.purpose("contract.performance"), caf)).code());
    assertEquals(RejectionCode.UNKNOWN_ELEMENT, assertThrows(ConsentRejectedException.class,
        () -> past.grant(subject, Set.of(PurposeId.of("marketing.sms")), caf)).code());
    assertEquals(List.of(), engine.consents().history(subject), "nothing was written");
  }

  @Test
  @DisplayName("an instant after the engine clock's now, or before the policy's first revision, is refused")
  void instants() {
    ConsentRejectedException future = assertThrows(ConsentRejectedException.class,
        () -> engine.consents().importing(clock.instant().plusSeconds(1)));
    assertEquals(RejectionCode.IN_THE_FUTURE, future.code());
    assertTrue(future.getMessage().contains("after the engine clock's now (2024-03-01T10:00:00Z)"), future::getMessage);
    ConsentRejectedException early = assertThrows(ConsentRejectedException.class,
        () -> engine.consents().importing(Instant.parse("2016-12-31T12:00:00Z")));
    assertEquals(RejectionCode.BEFORE_POLICY, early.code());
    assertTrue(early.getMessage().contains("first published on 2017-01-01"), early::getMessage);
    assertEquals("1", engine.consents().importing(Instant.parse("2016-12-31T19:00:00Z"))
        .acceptPolicy(subject, caf).event().policyVersion(), "2017-01-01 01:00 in Bishkek: the policy's zone decides the date");
    assertTrue(engine.consents().importing(clock.instant()).grant(subject, sms, caf).appended(), "now is not the future");
  }

  @Test
  @Tag("R7")
  @Tag("R12")
  @DisplayName("R7 R12 an imported withdrawal before its grant, or a lifted objection before the objection, is refused")
  void order() {
    ConsentRejectedException withdrawal = assertThrows(ConsentRejectedException.class,
        () -> engine.consents().importing(REGISTERED).withdraw(subject, sms, Evidence.of(Channel.EMAIL, "m")));
    assertEquals(RejectionCode.WITHDRAWAL_BEFORE_GRANT, withdrawal.code());
    assertTrue(withdrawal.getMessage().contains("purpose 'marketing.similar-goods.sms' effective 2019-05-14T09:30:00Z"),
        withdrawal::getMessage);
    engine.consents().importing(REGISTERED).register(subject, Registration.through(caf).consentingTo(sms));
    assertEquals(RejectionCode.WITHDRAWAL_BEFORE_GRANT, assertThrows(ConsentRejectedException.class,
        () -> engine.consents().importing(REGISTERED.minusSeconds(60)).withdraw(subject, sms, Evidence.of(Channel.EMAIL, "m")))
        .code());
    assertTrue(engine.consents().importing(REGISTERED).withdraw(subject, sms, Evidence.of(Channel.EMAIL, "m")).appended(),
        "at the grant's instant it follows the grant");
    PurposeId thirdParty = PurposeId.of("marketing.third-party");
    assertTrue(engine.consents().importing(WITHDRAWN).withdraw(subject, Set.of(thirdParty), Evidence.of(Channel.EMAIL, "m"))
        .appended(), "accepting the policy granted third-party marketing (§0, §6.1)");

    assertEquals(RejectionCode.LIFT_BEFORE_OBJECTION, assertThrows(ConsentRejectedException.class,
        () -> engine.consents().importing(WITHDRAWN).liftObjection(subject, Set.of(marketing.id()), Evidence.of(Channel.EMAIL, "m")))
        .code());
    engine.consents().importing(WITHDRAWN).object(subject, marketing, Evidence.of(Channel.PHONE, "call"));
    assertTrue(engine.consents().importing(WITHDRAWN.plusSeconds(60)).liftObjection(subject, Set.of(marketing.id()),
        Evidence.of(Channel.ACCOUNT_SETTINGS, "box")).appended());
  }

  @Test
  @Tag("R7")
  @DisplayName("R7 live recording still refuses back-dated grants; the message points to importing")
  void liveBackDatingStillRefused() {
    ConsentGranted backDated = new ConsentGranted(EventId.of("g"), subject, Set.of(sms.id()), "1", REGISTERED, clock.instant(),
        Evidence.of(Channel.CAF_PAPER, "CAF 1"));
    ConsentRejectedException e = assertThrows(ConsentRejectedException.class, () -> engine.consents().append(backDated));
    assertEquals(RejectionCode.BACK_DATED, e.code());
    assertTrue(e.getMessage().contains("engine.consents().importing(instant)"), e::getMessage);
  }
}
