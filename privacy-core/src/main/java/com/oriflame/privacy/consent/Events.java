package com.oriflame.privacy.consent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Checks shared by every event type. */
final class Events {
  private Events() {}

  /** Instants are kept to the microsecond, the precision of database timestamp columns. */
  static Instant micros(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  static void requireCommon(String policyVersion, Instant effectiveAt, Instant recordedAt, Evidence evidence) {
    if (policyVersion == null || policyVersion.isBlank()) {
      throw new IllegalArgumentException("policy version of the event is missing");
    }
    Objects.requireNonNull(effectiveAt, "effective instant is missing");
    Objects.requireNonNull(recordedAt, "recorded instant is missing");
    Objects.requireNonNull(evidence, "evidence is missing");
  }
}
