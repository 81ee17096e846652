package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ProfileVersion;
import java.util.List;

/**
 * What the stores hold about one subject, as the decision engine reads it: every version of the
 * profile (oldest first) and every consent event (with those of linked browser ids). The engine
 * takes the profile version and the consent state that held at the request's instant.
 *
 * <p>Stability: experimental: the fast path may replace it with a compact projection.
 *
 * @param profileHistory the profile's versions, oldest first; empty for a subject nobody recorded
 * @param events the consent events, in any order
 */
public record SubjectRecord(List<ProfileVersion> profileHistory, List<ConsentEvent> events) {

  /** A subject the stores know nothing about. */
  public static final SubjectRecord NONE = new SubjectRecord(List.of(), List.of());

  /**
   * Copies the lists.
   *
   * @param profileHistory the profile's versions, oldest first; empty for a subject nobody recorded
   * @param events the consent events, in any order
   */
  public SubjectRecord {
    profileHistory = List.copyOf(profileHistory);
    events = List.copyOf(events);
  }
}
