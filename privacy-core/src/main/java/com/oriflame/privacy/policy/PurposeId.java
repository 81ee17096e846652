package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of a purpose of processing (§2), e.g. {@code marketing.similar-goods.sms}.
 *
 * <p>Stability: stable.
 *
 * @param value dot-separated lower-case segments
 */
public record PurposeId(@NotNull @Pattern(regexp = ElementId.PATTERN) String value)
    implements ElementId, Comparable<PurposeId> {

  /**
   * @throws IllegalArgumentException if {@code value} is not a well-formed dotted id
   *
   * @param value dot-separated lower-case segments
   */
  public PurposeId {
    value = Ids.requireDotted(value, "purpose id");
  }

  /**
   * @param value dot-separated lower-case segments
   * @return the id
   * @throws IllegalArgumentException if {@code value} is malformed
   */
  public static PurposeId of(String value) {
    return new PurposeId(value);
  }

  @Override
  public int compareTo(PurposeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
