package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.ObjectionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Cookies of §8: essential always (R32), choices as events (R33), objections reach them (R10), minors (R5). */
class CookieRulesTest extends RuleTestBase {
  private static final CookieCategoryId ESSENTIAL = CookieCategoryId.of("cookie.essential");
  private static final CookieCategoryId PERFORMANCE = CookieCategoryId.of("cookie.performance");
  private static final CookieCategoryId FUNCTIONAL = CookieCategoryId.of("cookie.functional");
  private static final CookieCategoryId ADS = CookieCategoryId.of("cookie.behavioural-advertising");
  private final BrowserId browser = BrowserId.of("cookie-3f2a");

  @Test
  @Tag("R32")
  @DisplayName("R32 essential cookies are always set, whatever was chosen")
  void essential() {
    engine.consents().setCookiePreferences(browser, Set.of(), Set.of(ESSENTIAL), Evidence.of(Channel.BROWSER_SETTINGS, ""));
    CookieDecision d = engine.checkCookies(browser, ESSENTIAL);
    assertTrue(d.permitted());
    assertEquals(Set.of(ReasonCode.ESSENTIAL_COOKIES), codes(d));
    assertEquals("R32", d.reasons().get(0).rule());
  }

  @Test
  @Tag("R33")
  @DisplayName("R33 other cookies need a ground: the visitor's allow choice, or the subject's acceptance of the policy")
  void nonEssentialNeedAGround() {
    CookieDecision unknown = engine.checkCookies(browser, PERFORMANCE);
    assertFalse(unknown.permitted(), "a visitor who chose nothing and accepted nothing");
    assertEquals(Set.of(ReasonCode.NO_POLICY_ACCEPTANCE), codes(unknown));
    engine.consents().setCookiePreferences(browser, Set.of(FUNCTIONAL), Set.of(ADS), Evidence.of(Channel.WEBSITE, "banner"));
    assertTrue(engine.checkCookies(browser, FUNCTIONAL).permitted());
    CookieDecision refused = engine.checkCookies(browser, ADS);
    assertEquals(Set.of(ReasonCode.COOKIE_REFUSED, ReasonCode.NO_POLICY_ACCEPTANCE), codes(refused), "every failing condition");
    assertTrue(refused.reasons().get(0).event().isPresent());
    CookieDecision accepted = engine.checkCookies(subject, PERFORMANCE);
    assertTrue(accepted.permitted(), "the registered subject accepted the policy");
    assertTrue(accepted.reasons().get(0).fact().contains("the policy was accepted on 2024-01-02"), accepted::toString);
    assertTrue(engine.checkCookies(subject, ADS).permitted(), "not yet linked");
    engine.consents().linkVisitor(browser, subject, Evidence.of(Channel.WEBSITE, "sign-in"));
    assertFalse(engine.checkCookies(subject, ADS).permitted(), "the visitor's refusal follows the subject after sign-in");
    assertTrue(engine.checkCookies(browser, PERFORMANCE).permitted(), "the subject's acceptance follows the visitor");
  }

  @Test
  @Tag("R10")
  @DisplayName("R10 a raised marketing objection refuses behavioural-advertising cookies, like the advertising purpose")
  void objectionReachesCookies() {
    engine.consents().setCookiePreferences(subject, Set.of(ADS), Set.of(), Evidence.of(Channel.WEBSITE, "banner"));
    assertTrue(engine.checkCookies(subject, ADS).permitted());
    engine.consents().object(subject, Set.of(ObjectionId.of("objection.marketing")), Evidence.of(Channel.ACCOUNT_SETTINGS, ""));
    CookieDecision d = engine.checkCookies(subject, ADS);
    assertEquals(Set.of(ReasonCode.OBJECTION_RAISED), codes(d), d::toString);
    assertEquals("R10", d.reasons().get(0).rule());
    assertEquals(ObjectionId.of("objection.marketing"), d.reasons().get(0).element().orElseThrow());
    assertTrue(engine.checkCookies(subject, PERFORMANCE).permitted(), "performance cookies serve no marketing purpose");
    assertFalse(engine.check(request("advertising.measurement", com.oriflame.privacy.policy.Operation.USE, null,
        "behaviour.clickstream")).permitted(), "consistently with the advertising purpose");
  }

  @Test
  @Tag("R5")
  @DisplayName("R5 a minor's own allow choice does not count; the guardian's does")
  void minorsCookies() {
    SubjectId minor = person("minor-visitor", b -> b.birthDate(LocalDate.of(2011, 1, 1)));
    engine.consents().setCookiePreferences(minor, Set.of(PERFORMANCE), Set.of(), Evidence.of(Channel.WEBSITE, "banner"));
    assertFalse(engine.checkCookies(minor, PERFORMANCE).permitted());
    engine.consents().setCookiePreferences(minor, Set.of(PERFORMANCE), Set.of(),
        Evidence.of(Channel.WEBSITE, "banner").withActor(Actor.GUARDIAN));
    assertTrue(engine.checkCookies(minor, PERFORMANCE).permitted());
    assertTrue(List.of(engine.checkCookies(minor, ESSENTIAL)).get(0).permitted());
    register(minor, Registration.through(caf()));
    assertFalse(engine.checkCookies(minor, FUNCTIONAL).permitted(), "nor does the minor's own acceptance");
  }
}
