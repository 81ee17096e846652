package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of a collection form such as the Consultant Application Form, e.g. {@code form.caf.paper}.
 *
 * <p>Stability: stable.
 *
 * @param value dot-separated lower-case segments
 */
public record FormId(@NotNull @Pattern(regexp = ElementId.PATTERN) String value)
    implements ElementId, Comparable<FormId> {

  /**
   * @throws IllegalArgumentException if {@code value} is not a well-formed dotted id
   *
   * @param value dot-separated lower-case segments
   */
  public FormId {
    value = Ids.requireDotted(value, "form id");
  }

  /**
   * @param value dot-separated lower-case segments
   * @return the id
   * @throws IllegalArgumentException if {@code value} is malformed
   */
  public static FormId of(String value) {
    return new FormId(value);
  }

  @Override
  public int compareTo(FormId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
