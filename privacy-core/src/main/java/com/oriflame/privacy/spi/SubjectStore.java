package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The versions of the subjects' profiles the host keeps up to date (registration, birth date,
 * contract, account state). Implementations must be thread-safe and pass {@code
 * SubjectStoreContract}.
 *
 * <p>Contract: {@link #save} adds a version (replacing one of the same subject with the same
 * {@code validFrom}) and appends {@code audit} atomically; reads return every version, oldest
 * first; ids round-trip exactly; failures throw {@link StoreException}.
 *
 * <p>Stability: stable (service-provider interface).
 */
public interface SubjectStore {

  /**
   * Bulk read for decisions and {@code filter}: one set-based query (or a few batches) on
   * databases.
   *
   * @param ids subjects
   * @return for each subject that has a profile, its versions in {@code validFrom} order
   */
  Map<SubjectId, List<ProfileVersion>> histories(Collection<SubjectId> ids);

  /**
   * @param id a subject
   * @return its versions in {@code validFrom} order; empty if it has none
   */
  default List<ProfileVersion> history(SubjectId id) {
    return histories(List.of(id)).getOrDefault(id, List.of());
  }

  /**
   * @param version the version to store
   * @param audit the audit record to append in the same atomic step
   */
  void save(ProfileVersion version, AuditDraft audit);

  /**
   * A version and the audit record to append with it, for {@link #saveAll}.
   *
   * @param version the version to store
   * @param audit its audit record
   */
  record Save(ProfileVersion version, AuditDraft audit) {
    /**
     * Rejects missing parts.
     *
     * @param version the version to store
     * @param audit its audit record
     */
    public Save {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(audit, "audit");
    }
  }

  /**
   * Saves many versions as {@link #save} does each, with their audit records in batch order. The
   * default saves them one by one; adapters override it to save the batch in one atomic step (the
   * in-memory and JDBC stores do).
   *
   * @param batch the versions and their audit records
   */
  default void saveAll(List<Save> batch) {
    for (Save s : batch) {
      save(s.version(), s.audit());
    }
  }

  /**
   * For audit verification: every stored profile version in its {@code ProfileCodec.write} form,
   * in any order, streaming. A row that cannot be read is passed as {@link StoredRow#unreadable}.
   *
   * @param rows receives each row
   * @throws StoreException if the store cannot be read at all
   */
  void scan(Consumer<StoredRow> rows);

  /**
   * Pages through every subject with a profile, for retention planning over the whole subject base.
   * The order is the store's own but stable: paging with the last id of a page as {@code after}
   * visits each subject once.
   *
   * @param after the last id of the previous page, or {@code null} for the first page
   * @param limit at most this many ids, at least 1
   * @return the next ids, possibly none
   * @throws UnsupportedOperationException if the store cannot list its subjects
   */
  default List<SubjectId> subjectIds(SubjectId after, int limit) {
    throw new UnsupportedOperationException("listing subjects is not provided by " + getClass().getSimpleName()
        + ": override SubjectStore.subjectIds(after, limit) to plan retention");
  }
}
