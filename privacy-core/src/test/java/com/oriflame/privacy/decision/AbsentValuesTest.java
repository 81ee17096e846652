package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.Blocking;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentReceipt;
import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.ConsentStatus;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.Recorded;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.StoredRow;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One convention for absent values across the value types of {@code decision}, {@code consent},
 * {@code disclosure}, {@code audit} and {@code spi}: an accessor returns {@code Optional.empty()}
 * (or an empty collection), never {@code null}, and the small values set each field with a {@code
 * with...} method named after it.
 */
class AbsentValuesTest {
  private static final Policy POLICY = Policies.oriflameKyrgyzstan2017();
  private static final Instant T = Instant.parse("2024-03-01T10:00:00Z");
  private static final SubjectId S = SubjectId.of("s-1");

  /** Values with as little set as their factories allow. */
  private static List<Object> sparseValues() {
    Request request = Request.of(S, PurposeId.of("marketing.similar-goods.sms"), POLICY.categories("contact.mobile-phone"));
    DecisionEngine engine = DecisionEngine.of(POLICY, ZoneOffset.UTC);
    Evidence evidence = Evidence.of(Channel.EMAIL, null);
    PolicyAccepted accepted = new PolicyAccepted(EventId.of("e-1"), S, "1", T, T, evidence);
    ConsentGranted granted = new ConsentGranted(EventId.of("e-2"), S, Set.of(PurposeId.of("marketing.similar-goods.sms")), "1",
        T, T, evidence);
    CookiePreferencesSet cookies = new CookiePreferencesSet(EventId.of("e-3"), BrowserId.of("b-1"),
        Set.of(CookieCategoryId.of("cookie.functional")), Set.of(), "1", T, T, evidence);
    ConsentReceipt receipt = ConsentReceipt.builder().receiptId("r").action("grant").consentTimestamp(T).issuedAt(T)
        .controller("c").controllerAddress("a").jurisdiction("KG").law("l").policyId("p").policyVersion("1").subjectRef("s")
        .channel("EMAIL").method("SUBJECT").build();
    return List.of(request, engine.decide(request.withInstant(T), SubjectRecord.NONE, List::of),
        engine.decideCookies(S, CookieCategoryId.of("cookie.essential"), T, SubjectRecord.NONE),
        SubjectProfile.empty(S), new ProfileVersion(T, SubjectProfile.empty(S)), Contract.since(T), evidence, accepted, granted,
        cookies, receipt, new Recorded(accepted, true, Optional.empty()), ConsentStatus.none(PurposeId.of("marketing.third-party")),
        ConsentState.project(POLICY, null, List.of(), T), Blocking.ofSubject(BlockingGround.INCOMPLETE),
        Registration.through(evidence), Ground.legalDemand("No. 1"), SubjectRecord.NONE,
        BusinessTransfer.open("transfer.one", "Buyer LLC", "SPA-1", T), StoredRow.of("k", "{}"), StoredRow.unreadable("k", "bad"),
        VerificationResult.passed(0), new AppendResult(granted, true), ChainHead.EMPTY,
        AuditChain.sha256().link(ChainHead.EMPTY, new AuditDraft(T, "test", null, "1", Map.of())));
  }

  @Test
  @DisplayName("no public accessor of a value returns null, whatever was left unset")
  void noAccessorReturnsNull() throws Exception {
    int called = 0;
    for (Object value : sparseValues()) {
      for (Method m : value.getClass().getMethods()) {
        if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class
            || m.getDeclaringClass() == Object.class || !m.getDeclaringClass().getPackageName().startsWith("com.oriflame.privacy")) {
          continue;
        }
        assertNotNull(m.invoke(value), () -> value.getClass().getSimpleName() + "." + m.getName() + "() returned null");
        called++;
      }
    }
    assertTrue(called > 150, "only " + called + " accessors were called");
  }

  @Test
  @DisplayName("Contract: withEnd and withCreditAssessmentRequired set one field each; null clears the end")
  void contract() {
    Contract c = Contract.since(T);
    assertEquals(Optional.empty(), c.end());
    Contract ended = c.withEnd(T.plusSeconds(60));
    assertEquals(new Contract(T, Optional.of(T.plusSeconds(60)), false), ended);
    assertEquals(new Contract(T, Optional.empty(), true), c.withCreditAssessmentRequired(true));
    assertEquals(c, ended.withEnd(null));
    assertTrue(ended.inForceAt(T) && !ended.inForceAt(T.plusSeconds(60)) && c.inForceAt(Instant.MAX));
    assertEquals("end 2024-03-01T09:59:00Z is before the contract's start 2024-03-01T10:00:00Z",
        assertThrows(IllegalArgumentException.class, () -> c.withEnd(T.minusSeconds(60))).getMessage());
    assertEquals("start is missing", assertThrows(NullPointerException.class, () -> Contract.since(null)).getMessage());
  }

  @Test
  @DisplayName("Evidence: withActor, withNotice and withForm set one field each; absent hash and form are empty")
  void evidence() {
    Evidence e = Evidence.of(Channel.CAF_PAPER, "CAF 000123");
    assertEquals(Optional.empty(), e.noticeHash());
    assertEquals(Optional.empty(), e.form());
    assertEquals(new Evidence(Channel.CAF_PAPER, "CAF 000123", Actor.GUARDIAN, Optional.empty(), Optional.empty()),
        e.withActor(Actor.GUARDIAN));
    assertEquals(new Evidence(Channel.CAF_PAPER, "CAF 000123", Actor.SUBJECT, Optional.of(Evidence.sha256("text")),
        Optional.empty()), e.withNotice("text"));
    assertEquals(new Evidence(Channel.CAF_PAPER, "CAF 000123", Actor.SUBJECT, Optional.empty(),
        Optional.of(FormId.of("form.caf.paper"))), e.withForm(FormId.of("form.caf.paper")));
    assertEquals(e, e.withForm(FormId.of("form.caf.paper")).withForm(null));
    assertEquals("actor is missing", assertThrows(NullPointerException.class, () -> e.withActor(null)).getMessage());
    assertEquals("noticeText is missing", assertThrows(NullPointerException.class, () -> e.withNotice(null)).getMessage());
    assertEquals("noticeHash must be 64 lower-case hex digits (SHA-256)", assertThrows(IllegalArgumentException.class,
        () -> new Evidence(Channel.EMAIL, "", Actor.SUBJECT, Optional.of("abc"), Optional.empty())).getMessage());
  }

  @Test
  @DisplayName("business transfers, stored rows, statuses and verification results: absent values are empty")
  void others() {
    BusinessTransfer open = BusinessTransfer.open("transfer.one", "Buyer LLC", "SPA-1", T);
    assertEquals(Optional.empty(), open.end());
    assertEquals(Optional.of(T.plusSeconds(1)), open.withEnd(T.plusSeconds(1)).end());
    assertEquals(open, open.withEnd(T.plusSeconds(1)).withEnd(null));
    assertEquals(Optional.empty(), StoredRow.of("k", "{}").problem());
    assertEquals(Optional.of("bad"), StoredRow.unreadable("k", "bad").problem());
    ConsentStatus none = ConsentStatus.none(PurposeId.of("marketing.third-party"));
    assertTrue(none.decisive().isEmpty() && none.expiresAt().isEmpty() && none.ignoredGrant().isEmpty());
    assertFalse(none.granted());
    assertEquals(OptionalLong.empty(), VerificationResult.passed(3).firstBroken());
    assertEquals(OptionalLong.of(4), VerificationResult.broken(VerificationResult.Kind.CHAIN, 3, 4, "edited").firstBroken());
    assertThrows(IllegalArgumentException.class,
        () -> new VerificationResult(false, 3, OptionalLong.empty(), "edited", VerificationResult.Kind.CHAIN));
  }
}
