package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Ids;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;

/**
 * The hierarchical id of a data category, e.g. {@code contact.email}. A category covers itself and
 * every category below it: {@code contact} covers {@code contact.email}, not {@code contactless}.
 *
 * <p>Stability: stable.
 *
 * @param value dot-separated lower-case segments
 */
public record CategoryId(@NotNull @Pattern(regexp = ElementId.PATTERN) String value)
    implements ElementId, Comparable<CategoryId> {

  /**
   * @throws IllegalArgumentException if {@code value} is not a well-formed dotted id
   *
   * @param value dot-separated lower-case segments
   */
  public CategoryId {
    value = Ids.requireDotted(value, "category id");
  }

  /**
   * @param value dot-separated lower-case segments
   * @return the id
   * @throws IllegalArgumentException if {@code value} is malformed
   */
  public static CategoryId of(String value) {
    return new CategoryId(value);
  }

  /**
   * Whether this category covers {@code other}: they are equal, or {@code other} lies below this
   * one in the hierarchy. The relation is reflexive, transitive and antisymmetric.
   *
   * @param other the category to test
   * @return {@code true} if data of {@code other} is data of this category
   */
  public boolean covers(CategoryId other) {
    String o = other.value;
    return o.equals(value)
        || (o.length() > value.length() && o.startsWith(value) && o.charAt(value.length()) == '.');
  }

  /** @return the category one level up, or empty for a top-level category */
  public Optional<CategoryId> parent() {
    int dot = value.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : Optional.of(new CategoryId(value.substring(0, dot)));
  }

  /** @return how many levels deep this category is; top-level categories have depth 1 */
  public int depth() {
    int depth = 1;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '.') {
        depth++;
      }
    }
    return depth;
  }

  @Override
  public int compareTo(CategoryId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
