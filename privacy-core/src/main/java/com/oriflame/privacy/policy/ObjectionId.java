package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of an objection (opt-out) the subject may raise (§2, §3.3, §6.1), e.g. {@code objection.marketing}.
 *
 * <p>Stability: stable.
 *
 * @param value dot-separated lower-case segments
 */
public record ObjectionId(@NotNull @Pattern(regexp = ElementId.PATTERN) String value)
    implements ElementId, Comparable<ObjectionId> {

  /**
   * @throws IllegalArgumentException if {@code value} is not a well-formed dotted id
   *
   * @param value dot-separated lower-case segments
   */
  public ObjectionId {
    value = Ids.requireDotted(value, "objection id");
  }

  /**
   * @param value dot-separated lower-case segments
   * @return the id
   * @throws IllegalArgumentException if {@code value} is malformed
   */
  public static ObjectionId of(String value) {
    return new ObjectionId(value);
  }

  @Override
  public int compareTo(ObjectionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
