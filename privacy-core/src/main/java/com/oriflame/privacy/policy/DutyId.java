package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of a Consultant's duty regarding entrusted data (§7), e.g. {@code duty.return-entrusted-data}.
 *
 * <p>Stability: stable.
 *
 * @param value dot-separated lower-case segments
 */
public record DutyId(@NotNull @Pattern(regexp = ElementId.PATTERN) String value)
    implements ElementId, Comparable<DutyId> {

  /**
   * @throws IllegalArgumentException if {@code value} is not a well-formed dotted id
   *
   * @param value dot-separated lower-case segments
   */
  public DutyId {
    value = Ids.requireDotted(value, "duty id");
  }

  /**
   * @param value dot-separated lower-case segments
   * @return the id
   * @throws IllegalArgumentException if {@code value} is malformed
   */
  public static DutyId of(String value) {
    return new DutyId(value);
  }

  @Override
  public int compareTo(DutyId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
