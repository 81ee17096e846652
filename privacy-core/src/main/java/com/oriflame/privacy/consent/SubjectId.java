package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Pseudonyms;
import com.oriflame.privacy.internal.Text;
import java.util.Objects;

/**
 * The host's id of a data subject (e.g. an internal customer key). It may itself be personal data
 * (a consultant registration number is), so {@link #toString()} prints a keyed pseudonym such as
 * {@code subject:3f9a0c2e7b1d4a55}, stable within one JVM.
 *
 * <p>The id is any well-formed Unicode text of 1 to 256 UTF-16 code units ({@link
 * String#length()}; a character outside the Basic Multilingual Plane, such as an emoji, counts as
 * two). Every code point is accepted, including NUL and other control characters, whitespace,
 * bidirectional marks and combining marks, and every store keeps the id exactly: ids are never
 * trimmed, case-folded or normalised, so {@code "é"} as U+00E9 and as U+0065 U+0301 are two
 * different subjects. A lone (unpaired) UTF-16 surrogate is refused: it is not Unicode text, and a
 * UTF-8 store such as PostgreSQL would keep {@code ?} in its place, merging the id with another.
 *
 * <p>Stability: stable.
 *
 * @param value the host's id: 1 to 256 UTF-16 code units of well-formed Unicode text
 */
public record SubjectId(String value) implements Holder, Comparable<SubjectId> {

  /**
   * @throws IllegalArgumentException if the id is empty, longer than 256 UTF-16 code units or
   *     contains an unpaired surrogate; the message names the rule, the length or the index, never
   *     the id
   *
   * @param value the host's id: 1 to 256 UTF-16 code units of well-formed Unicode text
   */
  public SubjectId {
    Objects.requireNonNull(value, "subject id is missing");
    if (value.isEmpty() || value.length() > 256) {
      throw new IllegalArgumentException("subject id must have 1 to 256 characters, had " + value.length());
    }
    Text.requireWellFormed(value, "subject id");
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
