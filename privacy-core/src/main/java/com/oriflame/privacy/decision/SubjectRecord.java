package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.retention.LegalHold;
import java.util.List;

/**
 * What the stores hold about one subject, as the decision engine reads it: every version of the
 * profile (oldest first) and every consent event (with those of linked browser ids). The engine
 * takes the profile version and the consent state that held at the request's instant, and the
 * register holds in force then (R29).
 *
 * <p>Stability: experimental: the fast path may replace it with a compact projection.
 *
 * @param profileHistory the profile's versions, oldest first; empty for a subject nobody recorded
 * @param events the consent events, in any order
 * @param holds the subject's legal holds in the register, in force or not
 */
public record SubjectRecord(List<ProfileVersion> profileHistory, List<ConsentEvent> events, List<LegalHold> holds) {

  /** A subject the stores know nothing about. */
  public static final SubjectRecord NONE = new SubjectRecord(List.of(), List.of(), List.of());

  /**
   * Copies the lists.
   *
   * @param profileHistory the profile's versions, oldest first; empty for a subject nobody recorded
   * @param events the consent events, in any order
   * @param holds the subject's legal holds in the register, in force or not
   */
  public SubjectRecord {
    profileHistory = List.copyOf(profileHistory);
    events = List.copyOf(events);
    holds = List.copyOf(holds);
  }

  /**
   * A record without register holds.
   *
   * @param profileHistory the profile's versions, oldest first; empty for a subject nobody recorded
   * @param events the consent events, in any order
   */
  public SubjectRecord(List<ProfileVersion> profileHistory, List<ConsentEvent> events) {
    this(profileHistory, events, List.of());
  }
}
