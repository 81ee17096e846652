package com.oriflame.privacy.consent;

import java.util.Optional;

/**
 * The subjects' profiles the decision engine reads: the host saves them when a subject registers,
 * changes, deregisters or closes the account. Each save is audited. Get it from {@code
 * PrivacyEngine#subjects()}.
 */
public interface SubjectRegistry {

  /**
   * Stores the profile, replacing any earlier one, with an audit record.
   *
   * @param profile the profile
   */
  void save(SubjectProfile profile);

  /**
   * @param id a subject
   * @return the profile last saved
   */
  Optional<SubjectProfile> find(SubjectId id);
}
