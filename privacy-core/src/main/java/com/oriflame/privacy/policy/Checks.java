package com.oriflame.privacy.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The argument checks of the model's builders: each refuses a bad value at the setter with an
 * {@link IllegalArgumentException} that names the argument and what is wrong with its value.
 */
final class Checks {
  private Checks() {}

  /** @return {@code value}, if it is not {@code null} */
  static <T> T present(T value, String argument) {
    if (value == null) {
      throw new IllegalArgumentException(argument + " is missing (null)");
    }
    return value;
  }

  /** @return {@code value}, if it is neither {@code null} nor blank */
  static String text(String value, String argument) {
    if (present(value, argument).isBlank()) {
      throw new IllegalArgumentException(argument + " is blank");
    }
    return value;
  }

  /** @return the value of {@code value}, or {@code null} if empty; the Optional itself must not be null */
  static <T> T optional(Optional<T> value, String argument) {
    return present(value, argument + " (an Optional; pass Optional.empty() for none)").orElse(null);
  }

  /** @return an immutable copy in the given order; refuses a {@code null} collection or element */
  static <T> List<T> list(Collection<? extends T> values, String argument) {
    return Collections.unmodifiableList(copy(values, argument, new ArrayList<>()));
  }

  /** @return an immutable copy in encounter order; refuses a {@code null} collection or element */
  static <T> Set<T> set(Collection<? extends T> values, String argument) {
    return Collections.unmodifiableSet(copy(values, argument, new LinkedHashSet<>()));
  }

  private static <T, C extends Collection<T>> C copy(Collection<? extends T> values, String argument, C copy) {
    if (values == null) {
      throw new IllegalArgumentException(argument + " is missing (null); pass an empty collection for none");
    }
    int i = 0;
    for (T value : values) {
      if (value == null) {
        throw new IllegalArgumentException(argument + " holds null at position " + i);
      }
      copy.add(value);
      i++;
    }
    return copy;
  }
}
