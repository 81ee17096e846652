package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Consultant's duty regarding personal data of other network participants entrusted to them
 * (§7, R30, R31).
 *
 * <p>Stability: stable.
 *
 * @param id the duty's id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses that impose it
 * @param trigger what sets it going
 * @param deadline how soon it must be done once triggered; empty for standing duties
 */
public record ConsultantDuty(
    @NotNull @Valid DutyId id,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotNull DutyTrigger trigger,
    Optional<@Valid Deadline> deadline) {

  /**
   * Copies collections; rejects missing required fields.
   *
   * @param id the duty's id
   * @param labels names in Kyrgyz, Russian and English
   * @param clauses the clauses that impose it
   * @param trigger what sets it going
   * @param deadline how soon it must be done once triggered; empty for standing duties
   */
  public ConsultantDuty {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    clauses = Copies.list(clauses, "clauses of duty " + id);
    Objects.requireNonNull(trigger, () -> "trigger of duty " + id);
    deadline = Objects.requireNonNullElse(deadline, Optional.empty());
  }

}
