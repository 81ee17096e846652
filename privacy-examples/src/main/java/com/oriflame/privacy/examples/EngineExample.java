package com.oriflame.privacy.examples;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Recorded;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The README's engine example: register with a consent box ticked, check, withdraw, filter. Kept running by a test. */
public final class EngineExample {
  private EngineExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // README:begin
    Policy policy = Policies.oriflameKyrgyzstan2017();
    PrivacyEngine engine = PrivacyEngine.builder()
        .policy(policy)
        .stores(InMemoryStores.create())          // or JdbcStores.create(dataSource)
        .clock(Clock.systemUTC())
        .build();

    SubjectId consultant = SubjectId.of("consultant-000123");
    engine.subjects().save(SubjectProfile.builder(consultant)
        .birthDate(LocalDate.of(1990, 5, 17))
        .contract(Contract.since(Instant.parse("2024-01-02T10:00:00Z")))
        .providedCategories(policy.categories("identity", "contact", "consultant", "commerce"))
        .productLines(List.of("skin-care"))
        .build());

    // registration through the paper CAF: acceptance of the policy (§0) and the SMS box ticked (§2), one event
    Purpose sms = policy.purpose("marketing.similar-goods.sms");
    Recorded registered = engine.consents().register(consultant,
        Registration.through(Evidence.of(Channel.CAF_PAPER, "CAF 000123")).consentingTo(sms));
    System.out.println(registered.receipt().orElseThrow().toJson());  // consent receipt

    Request campaign = Request.of(consultant, sms, policy.categories("identity.full-name", "contact.mobile-phone"))
        .withProductLine("skin-care");                                      // R8: similar goods only
    Decision before = engine.check(campaign);
    System.out.println(before.explain(Language.EN));   // PERMIT ... CONSENT_IN_FORCE R7 [§2(2), §6.1]

    engine.consents().withdraw(consultant, sms, Evidence.of(Channel.EMAIL, "msg-7781"));
    Decision after = engine.check(campaign);
    System.out.println(after.explain(Language.RU));    // DENY ... CONSENT_WITHDRAWN R7 ... согласие отозвано ...

    Set<SubjectId> audience = engine.filter(List.of(consultant), campaign);  // bulk, for the SMS sender
    System.out.println(audience.size() + " recipient(s); audit intact: " + engine.verifyAudit().intact());
    // README:end
  }
}
