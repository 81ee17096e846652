package com.oriflame.privacy.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The subjects' profiles the decision engine reads: the host saves them when a subject registers,
 * changes, deregisters or closes the account. Every save is a new version, valid from an instant
 * and audited, so a decision for a past instant reads the profile as it was then. Get it from
 * {@code PrivacyEngine#subjects()}.
 *
 * <p>Stability: stable.
 */
public interface SubjectRegistry {

  /**
   * Stores the profile as the subject's facts from now (the engine clock) on.
   *
   * @param profile the profile
   */
  void save(SubjectProfile profile);

  /**
   * Stores the profile as the subject's facts from {@code validFrom} on, for imports and
   * corrections of the past; a version saved earlier at the same instant is replaced.
   *
   * @param profile the profile
   * @param validFrom from when it holds; not after now
   * @throws ConsentRejectedException {@link RejectionCode#PROFILE_IN_THE_FUTURE} if {@code validFrom}
   *     lies after the engine clock's now
   */
  void save(SubjectProfile profile, Instant validFrom);

  /**
   * Stores many profiles from {@code validFrom} on, as {@link #save(SubjectProfile, Instant)} does
   * for each, in one atomic step of the stores where they support it (the JDBC adapter: one
   * transaction, one statement batch, one lock of the audit chain head): for bulk imports of an
   * existing subject base. Each profile gets its own audit record.
   *
   * @param profiles the profiles, at most one per subject
   * @param validFrom from when they hold; not after now
   * @throws IllegalArgumentException if two profiles are of the same subject
   * @throws ConsentRejectedException {@link RejectionCode#PROFILE_IN_THE_FUTURE} if {@code validFrom}
   *     lies after the engine clock's now; nothing is stored
   */
  default void saveAll(Collection<SubjectProfile> profiles, Instant validFrom) {
    Set<SubjectId> seen = new HashSet<>();
    for (SubjectProfile p : profiles) {
      if (!seen.add(p.id())) {
        throw new IllegalArgumentException("two profiles of one subject in a batch; save them one by one");
      }
    }
    for (SubjectProfile p : profiles) {
      save(p, validFrom);
    }
  }

  /**
   * @param id a subject
   * @return the latest version of the profile
   */
  Optional<SubjectProfile> find(SubjectId id);

  /**
   * @param id a subject
   * @param at an instant
   * @return the profile as it was at {@code at}: the version with the latest {@code validFrom} not
   *     after it; empty if the subject was not known then
   */
  Optional<SubjectProfile> find(SubjectId id, Instant at);

  /**
   * @param id a subject
   * @return every version, oldest first
   */
  List<ProfileVersion> history(SubjectId id);
}
