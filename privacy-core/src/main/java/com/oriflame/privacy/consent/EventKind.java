package com.oriflame.privacy.consent;

import java.util.Locale;

/**
 * The kinds of {@link ConsentEvent}, one per record type, with the stable type name written into
 * audit records and stored events. Switching over this enum is exhaustive on Java 17, so a new
 * event kind cannot be skipped silently.
 *
 * <p>Stability: stable.
 */
public enum EventKind {
  /** {@link PolicyAccepted}. */
  POLICY_ACCEPTED("policy.accepted"),
  /** {@link ConsentGranted}. */
  CONSENT_GRANTED("consent.granted"),
  /** {@link ConsentWithdrawn}. */
  CONSENT_WITHDRAWN("consent.withdrawn"),
  /** {@link ObjectionRaised}. */
  OBJECTION_RAISED("objection.raised"),
  /** {@link ObjectionLifted}. */
  OBJECTION_LIFTED("objection.lifted"),
  /** {@link CookiePreferencesSet}. */
  COOKIES_SET("cookies.set"),
  /** {@link VisitorLinked}. */
  VISITOR_LINKED("visitor.linked");

  private final String type;

  EventKind(String type) {
    this.type = type;
  }

  /** @return the stable type name, e.g. {@code consent.granted} */
  public String type() {
    return type;
  }

  /**
   * @param type a stable type name
   * @return the kind with that name
   * @throws IllegalArgumentException if no kind has that name
   */
  public static EventKind ofType(String type) {
    for (EventKind k : values()) {
      if (k.type.equals(type)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown consent event type '" + type + "'; known: "
        + java.util.Arrays.stream(values()).map(EventKind::type).toList());
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
