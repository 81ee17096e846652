package com.oriflame.privacy.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The stamp of the policy revision a decision, receipt or audit record was made under (R1).
 *
 * <p>Stability: stable.
 *
 * @param policyId the policy's id
 * @param version the revision
 * @param effectiveDate the date the revision took effect
 * @param controller the operator's name
 * @param jurisdiction ISO 3166-1 alpha-2 code
 * @param law the law followed, e.g. {@code Law No. 58 of 2008-04-14}
 */
public record PolicyRevision(
    String policyId,
    String version,
    LocalDate effectiveDate,
    String controller,
    String jurisdiction,
    String law) {

  /**
   * Rejects missing fields.
   *
   * @param policyId the policy's id
   * @param version the revision
   * @param effectiveDate the date the revision took effect
   * @param controller the operator's name
   * @param jurisdiction ISO 3166-1 alpha-2 code
   * @param law the law followed, e.g. {@code Law No. 58 of 2008-04-14}
   */
  public PolicyRevision {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(effectiveDate, "effectiveDate");
    Objects.requireNonNull(controller, "controller");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(law, "law");
  }

  @Override
  public String toString() {
    return controller + ", " + jurisdiction + ", " + law + ": " + policyId + " rev. " + version
        + " of " + effectiveDate;
  }
}
