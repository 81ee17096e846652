package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.ProcessingMode;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.RecipientId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The request itself: revision (R1), ids (R3), provision (R4), operations and modes (R20), payment data (R23), credentials (R25). */
class DataRulesTest extends RuleTestBase {

  @Test
  @Tag("R1")
  @DisplayName("R1 decisions name the policy revision they were made under")
  void revision() {
    Decision d = check("contract.performance", Operation.USE, null, "identity.full-name");
    assertEquals(policy.revision(), d.revision());
    assertTrue(d.explain(Language.RU).contains("oriflame-kg.personal-data-protection rev. 1"));
  }

  @Test
  @Tag("R3")
  @DisplayName("R3 unknown ids fail fast with close matches; there is no 'sale' purpose")
  void unknownIds() {
    assertThrows(UnknownIdException.class, () -> policy.purpose("data.sale"));
    UnknownIdException e = assertThrows(UnknownIdException.class,
        () -> engine.check(Request.of(subject, policy.purpose("marketing.similar-goods.sms").id(), Set.of(CategoryId.of("contact.phone")))));
    assertTrue(e.getMessage().contains("did you mean 'contact.mobile-phone'"), e::getMessage);
    assertThrows(UnknownIdException.class, () -> engine.check(request("contract.performance", Operation.USE, null, "contact.email")
        .withRecipient(RecipientId.of("carriers"))));
  }

  @Test
  @Tag("R4")
  @DisplayName("R4 a category the subject did not provide is a denial, not an error")
  void notProvided() {
    update(b -> b.providedCategories(policy.categories("identity.full-name", "contact.email")));
    Decision d = check("contract.performance", Operation.USE, null, "identity.full-name", "contact.mobile-phone");
    assertEquals(Set.of(ReasonCode.CATEGORY_NOT_PROVIDED), codes(d));
    assertEquals("category contact.mobile-phone was not provided", d.reasons().get(0).fact());
    assertEquals("R4", d.reasons().get(0).rule());
    assertTrue(check("contract.performance", Operation.COLLECTION, null, "contact.mobile-phone").permitted(), "collecting it is possible");
  }

  @Test
  @Tag("R20")
  @DisplayName("R20 the operation and the processing mode must be the purpose's; the decision records the mode")
  void operationsAndModes() {
    Decision manual = engine.check(request("site.security", Operation.USE, null, "device.browser").withMode(ProcessingMode.NON_AUTOMATED));
    assertEquals(Set.of(ReasonCode.MODE_NOT_IN_PURPOSE), codes(manual), manual::toString);
    assertEquals("R20", manual.reasons().get(0).rule());
    Decision automated = check("site.security", Operation.USE, null, "device.browser");
    assertTrue(automated.permitted());
    assertEquals(ProcessingMode.AUTOMATED, ((Decision.Permit) automated).request().mode());
    assertTrue(engine.check(request("contract.performance", Operation.USE, null, "contact.email")
        .withMode(ProcessingMode.NON_AUTOMATED)).permitted());
    Decision op = check("network.consultant-processing", Operation.DISSEMINATION, null, "contact.mobile-phone");
    assertTrue(codes(op).contains(ReasonCode.OPERATION_NOT_IN_PURPOSE));
  }

  @Test
  @Tag("R23")
  @DisplayName("R23 every write of online payment data is denied: collection, systematization, accumulation, storage, clarification")
  void neverStored() {
    for (Operation op : Operation.values()) {
      Decision d = check("contract.performance", op, null, "payment.online-transaction");
      assertEquals(op.writes(), codes(d).contains(ReasonCode.NEVER_STORED), () -> op + ": " + d);
    }
    assertEquals(EnumSet.of(Operation.COLLECTION, Operation.SYSTEMATIZATION, Operation.ACCUMULATION, Operation.STORAGE,
        Operation.CLARIFICATION), EnumSet.copyOf(List.of(Operation.values()).stream().filter(Operation::writes).toList()));
    Decision clarify = check("contract.performance", Operation.CLARIFICATION, null, "payment");
    assertEquals("R23", reason(clarify, ReasonCode.NEVER_STORED).rule(), "a parent category includes the payment data");
  }

  @Test
  @Tag("R25")
  @DisplayName("R25 the password is used for login verification only: never disclosed, transferred or handed to a recipient")
  void credentials() {
    assertTrue(check("site.security", Operation.USE, null, "credential.password").permitted(), "verification at login");
    for (Operation op : List.of(Operation.DISSEMINATION, Operation.CROSS_BORDER_TRANSFER)) {
      Decision d = check("site.security", op, null, "credential.password");
      assertTrue(codes(d).contains(ReasonCode.CREDENTIAL_NOT_DISCLOSED), () -> op + ": " + d);
      assertEquals("R25", reason(d, ReasonCode.CREDENTIAL_NOT_DISCLOSED).rule());
    }
    Decision toRecipient = check("site.security", Operation.USE, "analytics-providers", "credential");
    assertTrue(codes(toRecipient).contains(ReasonCode.CREDENTIAL_NOT_DISCLOSED), toRecipient::toString);
  }

  @Test
  @DisplayName("a denial lists every failing condition at once, each with its rule, clauses, element and localised fact")
  void everyReason() {
    update(b -> b.blocked(BlockingGround.INACCURATE));
    Decision d = engine.check(Request.of(subject, policy.purpose("marketing.similar-goods.sms"),
        policy.categories("contact.mobile-phone", "identity.tax-id")).withRecipient(policy.recipient("advertising-agencies"))
        .withDataForm(DataForm.IDENTIFIED));
    assertEquals(Set.of(ReasonCode.CATEGORY_NOT_IN_PURPOSE, ReasonCode.RECIPIENT_NOT_IN_PURPOSE, ReasonCode.RECIPIENT_DATA_FORM,
        ReasonCode.CONDITION_NOT_MET, ReasonCode.SUBJECT_BLOCKED, ReasonCode.NO_CONSENT), codes(d), d::toString);
    for (Reason r : d.reasons()) {
      assertFalse(r.clauses().isEmpty(), r::toString);
      assertTrue(r.rule().matches("R\\d+|E\\d+"), r::toString);
      assertTrue(r.element().isPresent(), r::toString);
      assertTrue(r.message().missing().isEmpty());
      for (Language l : Language.values()) {
        assertFalse(r.fact(l).isBlank());
        assertFalse(r.fact(l).contains("{"), () -> l + ": " + r.fact(l));
      }
    }
    Reason blocked = reason(d, ReasonCode.SUBJECT_BLOCKED);
    assertEquals("processing of category contact.mobile-phone is blocked (inaccurate); only storage, blocking, destruction and legal"
        + " duties under a legal demand stay allowed", blocked.fact());
    assertTrue(blocked.fact(Language.RU).contains("заблокирована по основанию «неточные»"), () -> blocked.fact(Language.RU));
    assertTrue(blocked.fact(Language.KY).contains("бөгөт коюлган"), () -> blocked.fact(Language.KY));
    assertTrue(d.explain(Language.KY).contains("бөгөт коюлган"));
  }

  @Test
  @DisplayName("facts are rendered in the requested language: dates, channels and ids")
  void localisedFacts() {
    engine.consents().grant(subject, policy.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    engine.consents().withdraw(subject, policy.purpose("marketing.similar-goods.sms"), Evidence.of(Channel.EMAIL, "m"));
    Reason r = reason(engine.check(Request.of(subject, policy.purpose("marketing.similar-goods.sms"),
        policy.categories("contact.mobile-phone")).withProductLine("skin-care")), ReasonCode.CONSENT_WITHDRAWN);
    assertEquals("consent withdrawn on 2024-02-01 by e-mail", r.fact(Language.EN));
    assertEquals("согласие отозвано 2024-02-01 через: электронная почта", r.fact(Language.RU));
    assertEquals("макулдук 2024-02-01 күнү электрондук почта аркылуу кайтарылып алынган", r.fact(Language.KY));
  }

  @Test
  @Tag("R30")
  @DisplayName("R30 a Consultant processes entrusted data only with the subject's consent, for a §2 purpose, and never passes it on")
  void consultantEntrustedData() {
    assertEquals(Set.of(ReasonCode.NO_CONSENT), codes(check("network.consultant-processing", Operation.USE, null,
        "contact.mobile-phone")));
    engine.consents().grant(subject, policy.purpose("network.consultant-processing"), Evidence.of(Channel.WRITTEN, "form"));
    assertTrue(check("network.consultant-processing", Operation.USE, null, "contact.mobile-phone").permitted());
    assertEquals(Set.of(ReasonCode.OPERATION_NOT_IN_PURPOSE),
        codes(check("network.consultant-processing", Operation.DISSEMINATION, null, "contact.mobile-phone")));
    assertEquals(Set.of(ReasonCode.OPERATION_NOT_IN_PURPOSE, ReasonCode.RECIPIENT_NOT_IN_PURPOSE),
        codes(check("network.consultant-processing", Operation.DISSEMINATION, "network-participants", "contact.mobile-phone")),
        "no onward transfer");
    // the same processing outside the purposes of §2 (citing §7 alone) is denied
    Purpose p = policy.purpose("network.consultant-processing");
    Policy outside = policy.toBuilder().purposes(policy.purposes().stream().map(x -> !x.id().equals(p.id()) ? x
        : x.toBuilder().clauses(List.of(ClauseRef.of("§7"))).build()).toList())
        .build();
    PrivacyEngine other = PrivacyEngine.builder().policy(outside).stores(stores).clock(clock).build();
    Decision d = other.check(request("network.consultant-processing", Operation.USE, null, "contact.mobile-phone"));
    assertEquals(Set.of(ReasonCode.CONDITION_NOT_MET), codes(d), d::toString);
    assertEquals("R30", d.reasons().get(0).rule());
  }
}
