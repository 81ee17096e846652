package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One revision in the policy's history (§9, R34): when it was published and which consent-based
 * purposes it widened. A consent given under an earlier revision does not cover a purpose a later
 * revision widened; the subject must consent again.
 *
 * <p>Stability: stable.
 *
 * @param version the revision, e.g. {@code "2"}
 * @param published the date it was published on the website
 * @param widenedPurposes purposes whose terms this revision widened (materially changed)
 * @param summary what changed, in three languages
 */
public record PolicyChange(
    @NotBlank String version,
    @NotNull LocalDate published,
    @NotNull Set<@Valid PurposeId> widenedPurposes,
    @NotNull @Valid Labels summary) {

  /**
   * Copies collections; rejects missing fields.
   *
   * @param version the revision, e.g. {@code "2"}
   * @param published the date it was published on the website
   * @param widenedPurposes purposes whose terms this revision widened (materially changed)
   * @param summary what changed, in three languages
   */
  public PolicyChange {
    if (version == null || version.isBlank()) {
      throw new IllegalArgumentException("revision version is missing");
    }
    Objects.requireNonNull(published, () -> "publication date of revision " + version);
    widenedPurposes = Copies.orderedSet(widenedPurposes, "widened purposes of revision " + version);
    summary = Objects.requireNonNullElse(summary, Labels.none());
  }
}
