package com.oriflame.privacy.testing;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.Policy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The usual subject of engine-level tests: an adult Consultant registered through the paper CAF,
 * every category provided, selling skin care, and the SMS-marketing request about it. Shipped in
 * the core's test-jar.
 */
public final class Consultants {
  private Consultants() {}

  /**
   * Saves the Consultant's profile valid from {@code registered} and records the registration at
   * that instant; the clock is put back afterwards.
   *
   * @param engine the engine, built on {@code clock}
   * @param clock the engine's clock
   * @param subject the Consultant
   * @param registered when they registered
   * @return {@code subject}
   */
  public static SubjectId register(PrivacyEngine engine, MutableClock clock, SubjectId subject, Instant registered) {
    Policy policy = engine.policy();
    Set<CategoryId> roots = new LinkedHashSet<>();
    policy.categories().stream().filter(c -> c.id().parent().isEmpty()).forEach(c -> roots.add(c.id()));
    Instant now = clock.instant();
    clock.set(registered);
    try {
      engine.subjects().save(SubjectProfile.builder(subject).birthDate(LocalDate.of(1985, 3, 3))
          .contract(Contract.since(registered)).providedCategories(roots).productLines(List.of("skin-care")).build(), registered);
      engine.consents().register(subject, Registration.through(
          Evidence.of(Channel.CAF_PAPER, "CAF").withForm(FormId.of("form.caf.paper"))));
    } finally {
      clock.set(now);
    }
    return subject;
  }

  /**
   * @param policy the bundled policy
   * @param subject the Consultant
   * @return SMS marketing about skin care to {@code subject}: name and mobile phone (consent, R7)
   */
  public static Request smsAboutSkinCare(Policy policy, SubjectId subject) {
    return Request.of(subject, policy.purpose("marketing.similar-goods.sms"),
        policy.categories("identity.full-name", "contact.mobile-phone")).withProductLine("skin-care");
  }
}
