package com.oriflame.privacy.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable, null-hostile copies that keep the order a policy file gave, so that printed lists
 * and explanations are stable. Not API.
 */
public final class Copies {
  private Copies() {}

  /** An unmodifiable set in encounter order; {@code null} becomes the empty set. */
  public static <T> Set<T> orderedSet(Collection<? extends T> values, String what) {
    if (values == null || values.isEmpty()) {
      return Set.of();
    }
    LinkedHashSet<T> copy = new LinkedHashSet<>(values.size() * 2);
    for (T value : values) {
      copy.add(Objects.requireNonNull(value, () -> what + " contains null"));
    }
    return Collections.unmodifiableSet(copy);
  }

  /** An unmodifiable list; {@code null} becomes the empty list. */
  public static <T> List<T> list(Collection<? extends T> values, String what) {
    if (values == null || values.isEmpty()) {
      return List.of();
    }
    for (T value : values) {
      Objects.requireNonNull(value, () -> what + " contains null");
    }
    return List.copyOf(values);
  }
}
