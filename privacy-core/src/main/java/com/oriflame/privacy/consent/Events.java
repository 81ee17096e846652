package com.oriflame.privacy.consent;

import java.time.Instant;
import java.util.Objects;

/** Checks shared by every event type. */
final class Events {
  private Events() {}

  static void requireCommon(String policyVersion, Instant effectiveAt, Instant recordedAt, Evidence evidence) {
    if (policyVersion == null || policyVersion.isBlank()) {
      throw new IllegalArgumentException("policy version of the event is missing");
    }
    Objects.requireNonNull(effectiveAt, "effective instant is missing");
    Objects.requireNonNull(recordedAt, "recorded instant is missing");
    Objects.requireNonNull(evidence, "evidence is missing");
  }
}
