package com.oriflame.privacy.rights;

import java.util.Objects;

/**
 * The idempotency key of one step sent to a {@link com.oriflame.privacy.spi.PersonalDataSource}: the work item (a
 * data-subject request id, a retention plan action id), the source and the step. A source that
 * sees a key again returns its earlier result without repeating the change.
 *
 * <p>Stability: experimental.
 *
 * @param work the id of the request or plan action the step belongs to
 * @param source the {@link com.oriflame.privacy.spi.PersonalDataSource#id()} the step is sent to
 * @param step the step's name within the work item, for example {@code "erase"}
 */
public record OperationKey(String work, String source, String step) {

  /**
   * Rejects blank parts and parts containing {@code '/'}, the separator of {@link #value()}.
   *
   * @param work the id of the request or plan action the step belongs to
   * @param source the {@link com.oriflame.privacy.spi.PersonalDataSource#id()} the step is sent to
   * @param step the step's name within the work item, for example {@code "erase"}
   */
  public OperationKey {
    check(work, "work");
    check(source, "source");
    check(step, "step");
  }

  private static void check(String part, String name) {
    Objects.requireNonNull(part, name);
    if (part.isBlank() || part.indexOf('/') >= 0) {
      throw new IllegalArgumentException(
          "operation key " + name + " must be non-blank and free of '/', was '" + part + "'");
    }
  }

  /** @return {@code work/source/step}, unique per step */
  public String value() {
    return work + '/' + source + '/' + step;
  }

  @Override
  public String toString() {
    return value();
  }
}
