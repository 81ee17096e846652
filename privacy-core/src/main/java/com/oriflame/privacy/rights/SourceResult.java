package com.oriflame.privacy.rights;

import com.oriflame.privacy.policy.CategoryId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link com.oriflame.privacy.spi.PersonalDataSource} did in one step.
 *
 * <p>Stability: experimental.
 *
 * @param done categories changed by the step (erased, depersonalized, blocked or rectified)
 * @param notHeld categories asked for that the source does not hold for the subject
 */
public record SourceResult(Set<CategoryId> done, Set<CategoryId> notHeld) {

  /**
   * Copies both sets; a category may not be in both.
   *
   * @param done categories changed by the step
   * @param notHeld categories asked for that the source does not hold for the subject
   */
  public SourceResult {
    done = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(done, "done")));
    notHeld =
        Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(notHeld, "notHeld")));
    for (CategoryId category : done) {
      if (notHeld.contains(category)) {
        throw new IllegalArgumentException(
            "category " + category + " is both done and not held in one source result");
      }
    }
  }
}
