package com.oriflame.privacy.consultant;

import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How a tracked obligation was closed: when, and the evidence that it was done, e.g. {@code
 * "destruction act 2025-17, signed by the Consultant"} or the reference of the Consultant's report.
 * The evidence is free text and may name people: {@link #toString()} prints only its length, and
 * audit records carry only its digest.
 *
 * <p>Stability: experimental.
 *
 * @param at when it was closed (kept to the microsecond)
 * @param evidence what shows it was done; not blank
 */
public record Closure(Instant at, String evidence) {

  /**
   * Checks the fields; keeps the instant to the microsecond.
   *
   * @param at when it was closed
   * @param evidence what shows it was done
   */
  public Closure {
    Objects.requireNonNull(at, "closure instant is missing");
    at = Instants.supported(at, "closure instant").truncatedTo(ChronoUnit.MICROS);
    if (evidence == null || evidence.isBlank()) {
      throw new IllegalArgumentException("evidence: an obligation is closed with evidence that it was done, e.g. a destruction act"
          + " or the reference of the Consultant's report; it was blank");
    }
    Text.requirePrintable(Text.requireWellFormed(evidence, "closure evidence"), "closure evidence");
  }

  @Override
  public String toString() {
    return "Closure[at=" + at + ", evidence=" + evidence.length() + " chars]";
  }
}
