package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of a recipient or category of recipients (§3), e.g. {@code advertising.agencies}.
 *
 * <p>Stability: stable.
 *
 * @param value dot-separated lower-case segments
 */
public record RecipientId(@NotNull @Pattern(regexp = ElementId.PATTERN) String value)
    implements ElementId, Comparable<RecipientId> {

  /**
   * @throws IllegalArgumentException if {@code value} is not a well-formed dotted id
   *
   * @param value dot-separated lower-case segments
   */
  public RecipientId {
    value = Ids.requireDotted(value, "recipient id");
  }

  /**
   * @param value dot-separated lower-case segments
   * @return the id
   * @throws IllegalArgumentException if {@code value} is malformed
   */
  public static RecipientId of(String value) {
    return new RecipientId(value);
  }

  @Override
  public int compareTo(RecipientId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
