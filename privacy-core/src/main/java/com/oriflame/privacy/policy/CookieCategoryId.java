package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The id of a cookie category (§8), e.g. {@code cookie.performance}.
 *
 * <p>Stability: stable.
 *
 * @param value dot-separated lower-case segments
 */
public record CookieCategoryId(@NotNull @Pattern(regexp = ElementId.PATTERN) String value)
    implements ElementId, Comparable<CookieCategoryId> {

  /**
   * @throws IllegalArgumentException if {@code value} is not a well-formed dotted id
   *
   * @param value dot-separated lower-case segments
   */
  public CookieCategoryId {
    value = Ids.requireDotted(value, "cookie category id");
  }

  /**
   * @param value dot-separated lower-case segments
   * @return the id
   * @throws IllegalArgumentException if {@code value} is malformed
   */
  public static CookieCategoryId of(String value) {
    return new CookieCategoryId(value);
  }

  @Override
  public int compareTo(CookieCategoryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
