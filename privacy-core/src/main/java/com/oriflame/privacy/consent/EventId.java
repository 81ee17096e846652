package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Text;
import java.util.Objects;
import java.util.UUID;

/**
 * The id of a consent event. Appends are idempotent by id: a retried write with the same id and
 * content returns the stored event and changes nothing.
 *
 * <p>Any well-formed Unicode text of 1 to 128 UTF-16 code units, NUL and other control characters
 * included, kept and compared exactly (no trimming, case folding or normalisation); a lone UTF-16
 * surrogate is refused, as for a {@link SubjectId}.
 *
 * <p>Stability: stable.
 *
 * @param value 1 to 128 UTF-16 code units of well-formed Unicode text
 */
public record EventId(String value) implements Comparable<EventId> {

  /**
   * @throws IllegalArgumentException if the id is empty, longer than 128 UTF-16 code units or
   *     contains an unpaired surrogate; the message names the rule, the length or the index, never
   *     the id
   *
   * @param value 1 to 128 UTF-16 code units of well-formed Unicode text
   */
  public EventId {
    Objects.requireNonNull(value, "event id is missing");
    if (value.isEmpty() || value.length() > 128) {
      throw new IllegalArgumentException("event id must have 1 to 128 characters, had " + value.length());
    }
    Text.requireWellFormed(value, "event id");
  }

  /**
   * @param value the id
   * @return the event id
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  /**
   * A new random (UUID) event id. Events the {@code ConsentLedger} records itself get ids that
   * also sort in recording order, so that events stamped with the same clock instant apply in the
   * order they were recorded.
   *
   * @return a new event id
   */
  public static EventId random() {
    return new EventId(UUID.randomUUID().toString());
  }

  @Override
  public int compareTo(EventId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
