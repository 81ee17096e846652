package com.oriflame.privacy.audit;

import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An audit record before the log gives it its place in the chain. Holds no personal data: the
 * subject appears as a keyed pseudonym, details are policy ids, channels, codes and instants.
 *
 * <p>Stability: stable (for storage adapters).
 *
 * @param at when the audited action happened (kept to the microsecond)
 * @param action what happened, e.g. {@code consent.granted}, {@code decision.deny}
 * @param subjectRef the subject's pseudonym, or {@code ""} if none
 * @param policyVersion the policy revision in force (R1)
 * @param details further fields, sorted by key
 */
public record AuditDraft(Instant at, String action, String subjectRef, String policyVersion, Map<String, String> details) {

  /**
   * Copies and sorts the details; rejects missing fields.
   *
   * @param at when the audited action happened (kept to the microsecond)
   * @param action what happened, e.g. {@code consent.granted}, {@code decision.deny}
   * @param subjectRef the subject's pseudonym, or {@code ""} if none
   * @param policyVersion the policy revision in force (R1)
   * @param details further fields, sorted by key
   */
  public AuditDraft {
    Objects.requireNonNull(at, "at");
    at = Instants.supported(at, "audit instant").truncatedTo(ChronoUnit.MICROS);
    Text.requireWellFormed(Objects.requireNonNull(action, "action"), "audit action");
    subjectRef = subjectRef == null ? "" : subjectRef;
    Objects.requireNonNull(policyVersion, "policyVersion");
    TreeMap<String, String> sorted = new TreeMap<>();
    if (details != null) {
      details.forEach((k, v) -> sorted.put(Text.requireWellFormed(Objects.requireNonNull(k, "detail key"), "audit detail key"),
          Text.requireWellFormed(Objects.requireNonNull(v, () -> "detail " + k), "audit detail " + k)));
    }
    details = Collections.unmodifiableMap(sorted);
  }
}
