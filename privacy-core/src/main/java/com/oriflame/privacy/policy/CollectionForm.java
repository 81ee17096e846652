package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A form through which personal data is collected: the Consultant Application Form on paper or on
 * the web, or a website form (§0, §1.1, §6.1). A form used for a purpose with marketing use must
 * carry the marketing notice and the opt-out tick boxes (R11; {@link
 * LintCode#FORM_MISSING_NOTICE}, {@link LintCode#FORM_MISSING_OPT_OUT_BOX}).
 *
 * <p>Stability: stable.
 *
 * @param id the form's id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses that describe it
 * @param channel the channel the form belongs to
 * @param purposes the purposes the data is collected for
 * @param categories the categories the form collects
 * @param notices the notices printed on the form
 * @param optOutBoxes the objections the form offers as tick boxes
 * @param acceptanceBySubmission whether submitting the form is acceptance of the policy (§0)
 */
public record CollectionForm(
    @NotNull @Valid FormId id,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotNull Channel channel,
    @NotEmpty Set<@Valid PurposeId> purposes,
    @NotEmpty Set<@Valid CategoryId> categories,
    @NotNull Set<NoticeKind> notices,
    @NotNull Set<@Valid ObjectionId> optOutBoxes,
    boolean acceptanceBySubmission) {

  /**
   * Copies collections; rejects missing required fields.
   *
   * @param id the form's id
   * @param labels names in Kyrgyz, Russian and English
   * @param clauses the clauses that describe it
   * @param channel the channel the form belongs to
   * @param purposes the purposes the data is collected for
   * @param categories the categories the form collects
   * @param notices the notices printed on the form
   * @param optOutBoxes the objections the form offers as tick boxes
   * @param acceptanceBySubmission whether submitting the form is acceptance of the policy (§0)
   */
  public CollectionForm {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    String of = " of form " + id;
    clauses = Copies.list(clauses, "clauses" + of);
    Objects.requireNonNull(channel, () -> "channel" + of);
    purposes = Copies.orderedSet(purposes, "purposes" + of);
    categories = Copies.orderedSet(categories, "categories" + of);
    notices = Copies.orderedSet(notices, "notices" + of);
    optOutBoxes = Copies.orderedSet(optOutBoxes, "opt-out boxes" + of);
  }
}
