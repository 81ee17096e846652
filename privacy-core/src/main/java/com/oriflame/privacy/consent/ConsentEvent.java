package com.oriflame.privacy.consent;

import java.time.Instant;
import java.util.Comparator;

/**
 * An append-only fact of the consent ledger. A withdrawal is a new event; nothing is changed in
 * place. Every event names the policy revision it was given under, when it takes effect, when it
 * was recorded, and its {@link Evidence}.
 *
 * <p>Instants are kept to the microsecond (database timestamp precision); finer parts are cut off.
 *
 * <p>Branch over event types with {@link #accept(Visitor)} or a switch on {@link #kind()}: both are
 * checked for exhaustiveness by the compiler, so a new event type cannot be skipped silently.
 *
 * <p>Events are applied in {@link #ORDER}: by effective instant, then recorded instant, then id, so
 * the same events give the same state whatever order they arrive in.
 *
 * <p>Stability: stable.
 */
public sealed interface ConsentEvent
    permits PolicyAccepted,
        ConsentGranted,
        ConsentWithdrawn,
        ObjectionRaised,
        ObjectionLifted,
        CookiePreferencesSet,
        VisitorLinked {

  /** The canonical order events are applied in. */
  Comparator<ConsentEvent> ORDER =
      Comparator.comparing(ConsentEvent::effectiveAt)
          .thenComparing(ConsentEvent::recordedAt)
          .thenComparing(ConsentEvent::id);

  /** @return the event's id; appends are idempotent by it */
  EventId id();

  /** @return whom the event is recorded against */
  Holder holder();

  /** @return the policy revision the event was given under (R1) */
  String policyVersion();

  /** @return when the event takes effect */
  Instant effectiveAt();

  /** @return when the event was recorded */
  Instant recordedAt();

  /** @return how it came about */
  Evidence evidence();

  /**
   * @return the browser id a {@link VisitorLinked} event links to its subject; stores index the
   *     event under it too. Empty for every other event.
   */
  default java.util.Optional<BrowserId> linkedBrowser() {
    return java.util.Optional.empty();
  }

  /** @return which kind of event this is */
  EventKind kind();

  /** @return a short, stable name for audit records, e.g. {@code consent.granted} */
  default String type() {
    return kind().type();
  }

  /**
   * Calls the visitor's method for this event's type.
   *
   * @param visitor the visitor
   * @param <R> what the visitor returns
   * @return the visitor's result
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per event type: implementing it covers them all, and adding an event type breaks
   * every visitor at compile time instead of skipping the new type at run time.
   *
   * @param <R> the result type
   */
  interface Visitor<R> {
    /**
     * @param e the event
     * @return the result
     */
    R acceptance(PolicyAccepted e);

    /**
     * @param e the event
     * @return the result
     */
    R grant(ConsentGranted e);

    /**
     * @param e the event
     * @return the result
     */
    R withdrawal(ConsentWithdrawn e);

    /**
     * @param e the event
     * @return the result
     */
    R objection(ObjectionRaised e);

    /**
     * @param e the event
     * @return the result
     */
    R objectionLifted(ObjectionLifted e);

    /**
     * @param e the event
     * @return the result
     */
    R cookies(CookiePreferencesSet e);

    /**
     * @param e the event
     * @return the result
     */
    R visitorLinked(VisitorLinked e);
  }
}
