package com.oriflame.privacy.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A clause of the policy, or an article of the law, that elements cite.
 *
 * <p>Stability: stable.
 *
 * @param ref the reference, e.g. {@code §6.1}
 * @param title its heading in Kyrgyz, Russian and English
 */
public record Clause(@NotNull @Valid ClauseRef ref, @NotNull @Valid Labels title) {

  /**
   * Rejects a missing reference.
   *
   * @param ref the reference, e.g. {@code §6.1}
   * @param title its heading in Kyrgyz, Russian and English
   */
  public Clause {
    Objects.requireNonNull(ref, "clause reference");
    title = Objects.requireNonNullElse(title, Labels.none());
  }
}
