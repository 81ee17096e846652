package com.oriflame.privacy.consent;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a subject's profile and the instant from which it describes the subject. A
 * profile keeps every version, so a decision for a past instant reads the profile as it was then.
 *
 * <p>Stability: stable.
 *
 * @param validFrom from when this version holds (until the next version's {@code validFrom})
 * @param profile the profile
 */
public record ProfileVersion(Instant validFrom, SubjectProfile profile) {

  /**
   * Keeps the instant to the microsecond, like events; rejects missing fields.
   *
   * @param validFrom from when this version holds (until the next version's {@code validFrom})
   * @param profile the profile
   */
  public ProfileVersion {
    Objects.requireNonNull(validFrom, "validFrom is missing");
    validFrom = Events.micros(validFrom, "validFrom");
    Objects.requireNonNull(profile, "profile is missing");
  }

  /**
   * @param history versions of one subject, oldest first
   * @param at an instant
   * @return the version that holds at {@code at}: the last whose {@code validFrom} is not after it
   */
  public static Optional<ProfileVersion> at(List<ProfileVersion> history, Instant at) {
    ProfileVersion found = null;
    for (ProfileVersion v : history) {
      if (v.validFrom.isAfter(at)) {
        break;
      }
      found = v;
    }
    return Optional.ofNullable(found);
  }

  @Override
  public String toString() {
    return "ProfileVersion[" + profile + " from " + validFrom + "]";
  }
}
