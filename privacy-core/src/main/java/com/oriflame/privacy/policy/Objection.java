package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An objection (opt-out) the subject may raise: to marketing (§6.1), to disclosure to third
 * parties for their marketing (§2), to sharing with other network participants (§3.3).
 *
 * <p>Once raised, it blocks the listed purposes. If recipients are listed, it blocks only
 * disclosures to those recipients (for the listed purposes, or for any purpose if none are
 * listed). An objection never blocks a legal-obligation purpose ({@link
 * LintCode#OBJECTION_BLOCKS_LEGAL_OBLIGATION}).
 *
 * <p>Stability: stable.
 *
 * @param id the objection's id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses that grant it
 * @param channels channels through which the subject may raise it
 * @param purposes purposes it blocks
 * @param recipients if not empty, the only recipients it blocks disclosure to
 */
public record Objection(
    @NotNull @Valid ObjectionId id,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotEmpty Set<Channel> channels,
    @NotNull Set<@Valid PurposeId> purposes,
    @NotNull Set<@Valid RecipientId> recipients) {

  /**
   * Copies collections; rejects a missing id.
   *
   * @param id the objection's id
   * @param labels names in Kyrgyz, Russian and English
   * @param clauses the clauses that grant it
   * @param channels channels through which the subject may raise it
   * @param purposes purposes it blocks
   * @param recipients if not empty, the only recipients it blocks disclosure to
   */
  public Objection {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    String of = " of objection " + id;
    clauses = Copies.list(clauses, "clauses" + of);
    channels = Copies.orderedSet(channels, "channels" + of);
    purposes = Copies.orderedSet(purposes, "purposes" + of);
    recipients = Copies.orderedSet(recipients, "recipients" + of);
  }

  /**
   * @param purpose a purpose id
   * @return whether raising this objection affects {@code purpose} (fully, or for its listed
   *     recipients)
   */
  public boolean concerns(PurposeId purpose) {
    return purposes.contains(purpose) || (purposes.isEmpty() && !recipients.isEmpty());
  }
}
