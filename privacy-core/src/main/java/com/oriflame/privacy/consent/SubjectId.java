package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Pseudonyms;
import java.util.Objects;

/**
 * The host's id of a data subject (e.g. an internal customer key). It may itself be personal data
 * (a consultant registration number is), so {@link #toString()} prints a keyed pseudonym such as
 * {@code subject:3f9a0c2e7b1d4a55}, stable within one JVM.
 *
 * @param value the host's id: 1 to 256 characters, any text
 */
public record SubjectId(String value) implements Holder, Comparable<SubjectId> {

  /** @throws IllegalArgumentException if the id is empty or longer than 256 characters */
  public SubjectId {
    Objects.requireNonNull(value, "subject id is missing");
    if (value.isEmpty() || value.length() > 256) {
      throw new IllegalArgumentException("subject id must have 1 to 256 characters, had " + value.length());
    }
  }

  /**
   * @param value the host's id
   * @return the subject id
   */
  public static SubjectId of(String value) {
    return new SubjectId(value);
  }

  @Override
  public int compareTo(SubjectId other) {
    return value.compareTo(other.value);
  }

  /** @return a pseudonym, never the id itself */
  @Override
  public String toString() {
    return Pseudonyms.process().of("subject", value);
  }
}
