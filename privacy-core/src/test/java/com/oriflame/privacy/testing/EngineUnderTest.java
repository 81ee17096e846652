package com.oriflame.privacy.testing;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.CookieDecision;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.CookieCategoryId;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link PolicyInvariants} drives: the few calls of an engine the invariants need. {@link
 * #of(PrivacyEngine)} adapts the real engine; a test of the kit itself wraps one to break it on
 * purpose and watch the kit report it.
 */
public interface EngineUnderTest {

  /**
   * Saves a profile version ({@code engine.subjects().save(profile, validFrom)}).
   *
   * @param profile the profile
   * @param validFrom from when it holds (never after the engine clock's now)
   */
  void save(SubjectProfile profile, Instant validFrom);

  /**
   * Appends a ready-made event ({@code engine.consents().append(event)}).
   *
   * @param event the event; the generators only make events the ledger accepts
   */
  void append(ConsentEvent event);

  /**
   * @param request a request with its instant
   * @return the decision ({@code engine.check(request)})
   */
  Decision check(Request request);

  /**
   * @param subjects candidates
   * @param template the request, for each subject in turn
   * @return the permitted subjects ({@code engine.filter(subjects, template)})
   */
  Set<SubjectId> filter(Collection<SubjectId> subjects, Request template);

  /**
   * @param holder a subject or browser id
   * @param category a cookie category
   * @return the decision for now by the engine's clock ({@code engine.checkCookies(holder, category)})
   */
  CookieDecision checkCookies(Holder holder, CookieCategoryId category);

  /**
   * @param engine the engine
   * @return the engine under test
   */
  static EngineUnderTest of(PrivacyEngine engine) {
    Objects.requireNonNull(engine, "engine");
    return new EngineUnderTest() {
      @Override
      public void save(SubjectProfile profile, Instant validFrom) {
        engine.subjects().save(profile, validFrom);
      }

      @Override
      public void append(ConsentEvent event) {
        engine.consents().append(event);
      }

      @Override
      public Decision check(Request request) {
        return engine.check(request);
      }

      @Override
      public Set<SubjectId> filter(Collection<SubjectId> subjects, Request template) {
        return engine.filter(subjects, template);
      }

      @Override
      public CookieDecision checkCookies(Holder holder, CookieCategoryId category) {
        return engine.checkCookies(holder, category);
      }

      @Override
      public String toString() {
        return engine.toString();
      }
    };
  }
}
