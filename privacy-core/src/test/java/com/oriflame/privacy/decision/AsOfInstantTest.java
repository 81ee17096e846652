package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.ConsentRejectedException;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.RejectionCode;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Facts as of the request's instant (profile history) and dates in the engine's zone. */
class AsOfInstantTest extends RuleTestBase {
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");

  private Request smsAbout(String line, String at) {
    return Request.of(subject, sms, policy.categories("contact.mobile-phone")).withProductLine(line).withInstant(Instant.parse(at));
  }

  @Test
  @Tag("R8")
  @DisplayName("R8 a check at a past instant reads the profile as it was then: \"was this SMS lawful on that day?\"")
  void profileHistory() {
    engine.consents().grant(subject, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
    clock.set("2024-03-01T00:00:00Z");
    update(b -> b.productLines(List.of("skin-care", "fragrance")));
    clock.set("2024-04-01T00:00:00Z");
    update(b -> b.blocked(BlockingGround.INACCURATE));
    clock.set("2024-05-01T00:00:00Z");
    assertFalse(engine.check(smsAbout("fragrance", "2024-02-15T00:00:00Z")).permitted(), "fragrance not yet bought");
    assertTrue(engine.check(smsAbout("fragrance", "2024-03-15T00:00:00Z")).permitted());
    Decision blocked = engine.check(smsAbout("fragrance", "2024-04-15T00:00:00Z"));
    assertEquals(Set.of(ReasonCode.SUBJECT_BLOCKED), codes(blocked), blocked::toString);
    Decision before = engine.check(smsAbout("skin-care", "2018-03-01T00:00:00Z"));
    assertTrue(codes(before).contains(ReasonCode.SUBJECT_UNKNOWN), "nothing was known of the subject in 2018");
    assertEquals(3, engine.subjects().history(subject).size());
    assertEquals(List.of("skin-care"), List.copyOf(engine.subjects().find(subject, Instant.parse("2024-02-15T00:00:00Z"))
        .orElseThrow().productLines()));
  }

  @Test
  @DisplayName("a profile version cannot be post-dated; a correction at the same instant replaces the version")
  void versionRules() {
    assertEquals(RejectionCode.PROFILE_IN_THE_FUTURE, assertThrows(ConsentRejectedException.class,
        () -> engine.subjects().save(engine.subjects().find(subject).orElseThrow(), NOW.plusSeconds(1))).code());
    update(b -> b.openMonetaryClaim(true));
    update(b -> b.openMonetaryClaim(false));
    assertEquals(2, engine.subjects().history(subject).size());
    assertFalse(engine.subjects().find(subject).orElseThrow().openMonetaryClaim());
  }

  @Test
  @DisplayName("dates in facts are read in the policy's zone, Asia/Bishkek, unless the host sets another")
  void datesInThePolicyZone() {
    assertEquals(ZoneId.of("Asia/Bishkek"), policy.zone());
    assertEquals(ZoneId.of("Asia/Bishkek"), engine.zone());
    engine.consents().grant(subject, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
    clock.set("2024-03-01T20:00:00Z"); // 02:00 on 2 March in Bishkek
    engine.consents().withdraw(subject, sms, Evidence.of(Channel.EMAIL, "late e-mail"));
    Decision d = engine.check(smsAbout("skin-care", "2024-03-01T21:00:00Z"));
    assertEquals("consent withdrawn on 2024-03-02 by e-mail", reason(d, ReasonCode.CONSENT_WITHDRAWN).fact());
    PrivacyEngine utc = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).zone(ZoneOffset.UTC).build();
    assertEquals("consent withdrawn on 2024-03-01 by e-mail",
        reason(utc.check(smsAbout("skin-care", "2024-03-01T21:00:00Z")), ReasonCode.CONSENT_WITHDRAWN).fact());
  }

  @Test
  @Tag("R5")
  @DisplayName("R5 ages are counted in the engine's zone: at 01:00 in Bishkek on the 18th birthday the subject is of age")
  void agesInTheZone() {
    Instant birthdayNight = Instant.parse("2024-01-31T19:00:00Z"); // 2024-02-01 01:00 in Bishkek, still 31 January in UTC
    MutableClock night = new MutableClock(birthdayNight);
    for (ZoneId zone : List.of(ZoneId.of("Asia/Bishkek"), ZoneOffset.UTC)) {
      PrivacyEngine e = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(night).zone(zone).build();
      SubjectId s = SubjectId.of("turns-18");
      e.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(2006, 2, 1)).contract(Contract.since(REGISTERED))
          .providedCategories(policy.categories("identity")).build(), REGISTERED);
      e.consents().register(s, Registration.through(caf()));
      Decision d = e.check(Request.of(s, policy.purpose("contract.performance"), policy.categories("identity.full-name")));
      assertEquals(zone.equals(ZoneOffset.UTC), codes(d).contains(ReasonCode.ACCEPTANCE_BY_WRONG_PARTY), () -> zone + ": " + d);
    }
  }

  @Test
  @DisplayName("filter decides each subject as of the template's instant, like check")
  void filterAsOf() {
    engine.consents().grant(subject, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
    clock.set("2024-03-01T00:00:00Z");
    update(b -> b.productLines(List.of("fragrance")));
    assertEquals(Set.of(subject), engine.filter(List.of(subject), smsAbout("skin-care", "2024-02-15T00:00:00Z")));
    assertEquals(Set.of(), engine.filter(List.of(subject), smsAbout("skin-care", "2024-03-15T00:00:00Z")));
    assertEquals(Operation.USE, smsAbout("skin-care", "2024-03-15T00:00:00Z").operation());
  }
}
