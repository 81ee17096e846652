package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.PrivacyException;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every refusal of the ledger and the registry is a {@link ConsentRejectedException} with its own code. */
class RejectionCodesTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");
  private final PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock).build();
  private final SubjectId subject = SubjectId.of("Айгүл Асанова +996555123456");
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final Evidence caf = Evidence.of(Channel.CAF_PAPER, "CAF 000123").withForm(FormId.of("form.caf.paper"));

  /** One way to provoke each refusal. */
  private Map<RejectionCode, Executable> provocations() {
    Instant now = clock.instant();
    Instant hourAgo = now.minusSeconds(3_600);
    Map<RejectionCode, Executable> m = new EnumMap<>(RejectionCode.class);
    m.put(RejectionCode.UNKNOWN_ELEMENT, () -> engine.consents().grant(subject, Set.of(PurposeId.of("marketing.sms")), caf));
    m.put(RejectionCode.UNKNOWN_REVISION, () -> engine.consents().append(new ConsentGranted(EventId.of("r"), subject,
        Set.of(sms.id()), "2", now, now, caf)));
    m.put(RejectionCode.ACCEPTANCE_CHANNEL, () -> engine.consents().acceptPolicy(subject, Evidence.of(Channel.PHONE, "call")));
    m.put(RejectionCode.TICK_BOXES_WITHOUT_FORM, () -> engine.consents().register(subject,
        Registration.through(Evidence.of(Channel.WEBSITE, "use")).consentingTo(sms)));
    m.put(RejectionCode.NO_CONSENT_BOX, () -> engine.consents().register(subject,
        Registration.through(caf).consentingTo(policy.purpose("site.interactive-features"))));
    m.put(RejectionCode.NO_OPT_OUT_BOX, () -> engine.consents().register(subject,
        Registration.through(caf).optingOutOf(policy.objection("objection.network-sharing"))));
    m.put(RejectionCode.NOT_CONSENT_BASED, () -> engine.consents().withdraw(subject, policy.purpose("contract.performance"),
        Evidence.of(Channel.EMAIL, "m")));
    m.put(RejectionCode.GRANT_CHANNEL, () -> engine.consents().grant(subject, sms, Evidence.of(Channel.PHONE, "call")));
    m.put(RejectionCode.POST_DATED, () -> engine.consents().append(new ObjectionRaised(EventId.of("o"), subject,
        Set.of(ObjectionId.of("objection.marketing")), "1", now.plusSeconds(60), now, Evidence.of(Channel.EMAIL, "m"))));
    m.put(RejectionCode.BACK_DATED, () -> engine.consents().append(new PolicyAccepted(EventId.of("a"), subject, "1", hourAgo, now,
        caf)));
    m.put(RejectionCode.IN_THE_FUTURE, () -> engine.consents().importing(now.plusSeconds(1)));
    m.put(RejectionCode.BEFORE_POLICY, () -> engine.consents().importing(Instant.parse("2010-01-01T00:00:00Z")));
    m.put(RejectionCode.WITHDRAWAL_BEFORE_GRANT, () -> engine.consents().importing(hourAgo).withdraw(subject, sms,
        Evidence.of(Channel.EMAIL, "m")));
    m.put(RejectionCode.LIFT_BEFORE_OBJECTION, () -> engine.consents().importing(hourAgo).liftObjection(subject,
        Set.of(ObjectionId.of("objection.marketing")), Evidence.of(Channel.EMAIL, "m")));
    m.put(RejectionCode.PROFILE_IN_THE_FUTURE, () -> engine.subjects().save(SubjectProfile.builder(subject)
        .birthDate(LocalDate.of(1990, 1, 1)).build(), now.plusSeconds(1)));
    return m;
  }

  @Test
  @DisplayName("each code is thrown for its refusal, under PrivacyException, with a message free of personal data; nothing is written")
  void everyCode() {
    Map<RejectionCode, Executable> m = provocations();
    assertEquals(EnumSet.allOf(RejectionCode.class), m.keySet(), "every code has a provocation here");
    for (Map.Entry<RejectionCode, Executable> e : m.entrySet()) {
      PrivacyException thrown = assertThrows(PrivacyException.class, e.getValue(), e.getKey().name());
      assertTrue(thrown instanceof ConsentRejectedException, () -> e.getKey() + " threw " + thrown);
      assertEquals(e.getKey(), ((ConsentRejectedException) thrown).code(), thrown::getMessage);
      String message = thrown.getMessage();
      assertFalse(message.isBlank());
      assertFalse(message.contains("Айгүл") || message.contains("996555") || message.contains("CAF 000123"), message);
    }
    assertEquals(List.of(), engine.consents().history(subject));
    assertEquals(0, engine.audit().head().sequence(), "no audit record either");
  }

  @Test
  @DisplayName("each code names rules of the rendering (R1-R40) and clauses, or none for engineering checks")
  void rulesAndClauses() {
    for (RejectionCode code : RejectionCode.values()) {
      code.rules().forEach(r -> assertTrue(r.matches("R([1-9]|[1-3][0-9]|40)"), code + ": " + r));
      assertEquals(code.rules().isEmpty(), code.clauses().isEmpty(), code.name());
    }
    assertEquals(List.of("R7", "R12"), RejectionCode.POST_DATED.rules());
    assertEquals("§6.1", RejectionCode.GRANT_CHANNEL.clauses().get(1).value());
  }
}
