package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.PurposeId;
import java.util.Objects;
import java.util.Set;

/**
 * What one subject must be told or asked after a policy change (§9, R34): to consent again to
 * consent-based purposes a newer revision widened, or to be notified of a change that continued
 * use accepts. A list of these, from {@link PolicyChanges#notices}, is what the host acts on.
 *
 * <p>Stability: experimental.
 *
 * @param subject the subject (prints as a pseudonym)
 * @param kind re-consent or notice
 * @param purposes for {@link Kind#RECONSENT} the widened purposes their consent no longer covers;
 *     empty for a notice
 * @param sinceVersion the older revision their consent or acceptance was given under
 * @param event the consent or acceptance event given under it
 * @param channels where to reach them: the purposes' consent channels for a re-consent, the
 *     policy's announcement channels (website, e-mail, premises) for a notice
 */
public record RevisionNotice(
    SubjectId subject, Kind kind, Set<PurposeId> purposes, String sinceVersion, EventId event, Set<Channel> channels) {

  /** What the subject must be told or asked. */
  public enum Kind {
    /** Consent again before the widened purposes are used (R34); until then they are denied. */
    RECONSENT,
    /** Be told of the new revision (by e-mail "where necessary"); continued use is acceptance (§9, R34). */
    NOTICE
  }

  /**
   * Copies collections; rejects missing fields and a re-consent without purposes.
   *
   * @param subject the subject
   * @param kind re-consent or notice
   * @param purposes the widened purposes, for a re-consent
   * @param sinceVersion the older revision
   * @param event the consent or acceptance event
   * @param channels where to reach them
   */
  public RevisionNotice {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(kind, "kind");
    purposes = Copies.orderedSet(purposes, "purposes");
    Objects.requireNonNull(sinceVersion, "sinceVersion");
    Objects.requireNonNull(event, "event");
    channels = Copies.orderedSet(channels, "channels");
    if (kind == Kind.RECONSENT && purposes.isEmpty()) {
      throw new IllegalArgumentException("a re-consent notice names the purposes to consent to again");
    }
  }
}
