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
 * <p>Events are applied in {@link #ORDER}: by effective instant, then recorded instant, then id, so
 * the same events give the same state whatever order they arrive in.
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

  /** @return a short, stable name for audit records, e.g. {@code consent.granted} */
  String type();
}
