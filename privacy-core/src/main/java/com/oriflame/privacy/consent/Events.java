package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Instants;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Checks shared by every event type. */
final class Events {
  private Events() {}

  /**
   * Instants are kept to the microsecond, the precision of database timestamp columns, and within
   * the supported range (years 1900 to 9999).
   */
  static Instant micros(Instant instant) {
    return micros(instant, "instant");
  }

  static Instant micros(Instant instant, String what) {
    return instant == null ? null : Instants.supported(instant, what).truncatedTo(ChronoUnit.MICROS);
  }

  static void requireCommon(String policyVersion, Instant effectiveAt, Instant recordedAt, Evidence evidence) {
    if (policyVersion == null || policyVersion.isBlank()) {
      throw new IllegalArgumentException("policy version of the event is missing");
    }
    Objects.requireNonNull(effectiveAt, "effective instant is missing");
    Objects.requireNonNull(recordedAt, "recorded instant is missing");
    Instants.supported(effectiveAt, "effective instant");
    Instants.supported(recordedAt, "recorded instant");
    Objects.requireNonNull(evidence, "evidence is missing");
  }
}
