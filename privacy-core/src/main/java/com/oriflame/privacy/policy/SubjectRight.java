package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A right of the data subject with the channels that accept it and the deadline for answering.
 *
 * <p>Stability: stable.
 *
 * @param kind which right
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the policy clauses and law articles behind it
 * @param channels channels through which it may be exercised
 * @param deadline when it must be answered; empty where neither policy nor law says
 * @param identityVerification whether staff must verify identity before acting on it (§6.2, R28)
 */
public record SubjectRight(
    @NotNull RightKind kind,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotEmpty Set<Channel> channels,
    Optional<@Valid Deadline> deadline,
    boolean identityVerification) {

  /**
   * Copies collections; rejects a missing kind.
   *
   * @param kind which right
   * @param labels names in Kyrgyz, Russian and English
   * @param clauses the policy clauses and law articles behind it
   * @param channels channels through which it may be exercised
   * @param deadline when it must be answered; empty where neither policy nor law says
   * @param identityVerification whether staff must verify identity before acting on it (§6.2, R28)
   */
  public SubjectRight {
    Objects.requireNonNull(kind, "kind");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    clauses = Copies.list(clauses, "clauses of right " + kind);
    channels = Copies.orderedSet(channels, "channels of right " + kind);
    deadline = Objects.requireNonNullElse(deadline, Optional.empty());
  }

}
