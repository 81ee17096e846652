package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The subjects' profiles the host keeps up to date (registration, birth date, contract, account
 * state). Implementations must be thread-safe and pass {@code SubjectStoreContract}.
 *
 * <p>Contract: {@link #save} replaces the profile and appends {@code audit} atomically; reads
 * return what was last saved; failures throw {@link StoreException}.
 */
public interface SubjectStore {

  /**
   * @param id a subject
   * @return the profile last saved for it
   */
  Optional<SubjectProfile> find(SubjectId id);

  /**
   * Bulk read for {@code filter}: one set-based query (or a few batches) on databases.
   *
   * @param ids subjects
   * @return the profiles of those that have one
   */
  Map<SubjectId, SubjectProfile> findAll(Collection<SubjectId> ids);

  /**
   * @param profile the profile to store, replacing any earlier one
   * @param audit the audit record to append in the same atomic step
   */
  void save(SubjectProfile profile, AuditDraft audit);
}
