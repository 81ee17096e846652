package com.oriflame.privacy.testing;

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
import java.util.Set;

/** An engine under test that forwards every call; the kit's own tests override one call to break it. */
class ForwardingEngine implements EngineUnderTest {
  final EngineUnderTest delegate;

  ForwardingEngine(EngineUnderTest delegate) {
    this.delegate = delegate;
  }

  @Override
  public void save(SubjectProfile profile, Instant validFrom) {
    delegate.save(profile, validFrom);
  }

  @Override
  public void append(ConsentEvent event) {
    delegate.append(event);
  }

  @Override
  public Decision check(Request request) {
    return delegate.check(request);
  }

  @Override
  public Set<SubjectId> filter(Collection<SubjectId> subjects, Request template) {
    return delegate.filter(subjects, template);
  }

  @Override
  public CookieDecision checkCookies(Holder holder, CookieCategoryId category) {
    return delegate.checkCookies(holder, category);
  }
}
