package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of a retention rule, e.g. {@code retention.contract-data}.
 *
 * <p>Stability: stable.
 *
 * @param value dot-separated lower-case segments
 */
public record RetentionRuleId(@NotNull @Pattern(regexp = ElementId.PATTERN) String value)
    implements ElementId, Comparable<RetentionRuleId> {

  /**
   * @throws IllegalArgumentException if {@code value} is not a well-formed dotted id
   *
   * @param value dot-separated lower-case segments
   */
  public RetentionRuleId {
    value = Ids.requireDotted(value, "retention rule id");
  }

  /**
   * @param value dot-separated lower-case segments
   * @return the id
   * @throws IllegalArgumentException if {@code value} is malformed
   */
  public static RetentionRuleId of(String value) {
    return new RetentionRuleId(value);
  }

  @Override
  public int compareTo(RetentionRuleId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
