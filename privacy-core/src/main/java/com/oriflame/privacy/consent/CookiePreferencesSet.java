package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.CookieCategoryId;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A visitor or subject chose which cookie categories to allow or refuse (§8, R33). The policy's
 * only control is refusal in the browser; a host that offers per-category choices records them as
 * these events. Categories named in neither set keep their earlier choice.
 *
 * <p>Stability: stable.
 *
 * @param id the event's id
 * @param holder the subject, or the not-yet-known visitor's browser id
 * @param allowed categories allowed
 * @param refused categories refused
 * @param policyVersion the policy revision the choice was made under
 * @param effectiveAt when it takes effect
 * @param recordedAt when it was recorded
 * @param evidence how it came about
 */
public record CookiePreferencesSet(
    EventId id,
    Holder holder,
    Set<CookieCategoryId> allowed,
    Set<CookieCategoryId> refused,
    String policyVersion,
    Instant effectiveAt,
    Instant recordedAt,
    Evidence evidence)
    implements ConsentEvent {

  /**
   * Rejects missing fields, an empty choice and a category both allowed and refused.
   *
   * @param id the event's id
   * @param holder the subject, or the not-yet-known visitor's browser id
   * @param allowed categories allowed
   * @param refused categories refused
   * @param policyVersion the policy revision the choice was made under
   * @param effectiveAt when it takes effect
   * @param recordedAt when it was recorded
   * @param evidence how it came about
   */
  public CookiePreferencesSet {
    Objects.requireNonNull(id, "event id is missing");
    Objects.requireNonNull(holder, "holder is missing");
    allowed = Copies.orderedSet(allowed, "allowed cookie categories");
    refused = Copies.orderedSet(refused, "refused cookie categories");
    if (allowed.isEmpty() && refused.isEmpty()) {
      throw new IllegalArgumentException("cookie preferences event " + id + " allows and refuses nothing");
    }
    Set<CookieCategoryId> both = new HashSet<>(allowed);
    both.retainAll(refused);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException("cookie categories " + both + " are both allowed and refused");
    }
    Events.requireCommon(policyVersion, effectiveAt, recordedAt, evidence);
    effectiveAt = Events.micros(effectiveAt);
    recordedAt = Events.micros(recordedAt);
  }

  @Override
  public EventKind kind() {
    return EventKind.COOKIES_SET;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.cookies(this);
  }
}
