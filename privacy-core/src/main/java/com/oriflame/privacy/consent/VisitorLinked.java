package com.oriflame.privacy.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * A website visitor known by a browser id signed in as a subject: the cookie preferences recorded
 * against the browser id now count for the subject too, and the subject's for the browser.
 *
 * <p>Stability: stable.
 *
 * @param id the event's id
 * @param subject the subject who signed in
 * @param browser the visitor's browser id
 * @param policyVersion the policy revision in force
 * @param effectiveAt when it takes effect
 * @param recordedAt when it was recorded
 * @param evidence how it came about (usually the website)
 */
public record VisitorLinked(
    EventId id, SubjectId subject, BrowserId browser, String policyVersion, Instant effectiveAt, Instant recordedAt,
    Evidence evidence) implements ConsentEvent {

  /**
   * Rejects missing fields.
   *
   * @param id the event's id
   * @param subject the subject who signed in
   * @param browser the visitor's browser id
   * @param policyVersion the policy revision in force
   * @param effectiveAt when it takes effect
   * @param recordedAt when it was recorded
   * @param evidence how it came about (usually the website)
   */
  public VisitorLinked {
    Objects.requireNonNull(id, "event id is missing");
    Objects.requireNonNull(subject, "subject is missing");
    Objects.requireNonNull(browser, "browser id is missing");
    Events.requireCommon(policyVersion, effectiveAt, recordedAt, evidence);
    effectiveAt = Events.micros(effectiveAt);
    recordedAt = Events.micros(recordedAt);
  }

  @Override
  public Holder holder() {
    return subject;
  }

  @Override
  public java.util.Optional<BrowserId> linkedBrowser() {
    return java.util.Optional.of(browser);
  }

  @Override
  public EventKind kind() {
    return EventKind.VISITOR_LINKED;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.visitorLinked(this);
  }
}
