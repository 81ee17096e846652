package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consultant.TrackedObligation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Storage of Consultants' tracked obligations (§7, R31). Implementations must be thread-safe and
 * pass {@code ObligationStoreContract}.
 *
 * <p>Contract: {@link #record} stores every obligation of the batch (inserting it, or replacing the
 * one with the same id) and appends each audit draft, all in one atomic step: all or nothing. Reads
 * return obligations as recorded; failures throw {@link StoreException} without the stored values.
 *
 * <p>Stability: experimental (service-provider interface).
 */
public interface ObligationStore {

  /**
   * One obligation to store and the audit record of that change.
   *
   * @param obligation the obligation, replacing the one with the same id
   * @param audit the audit record to append with it
   */
  record Write(TrackedObligation obligation, AuditDraft audit) {
    /**
     * Rejects missing fields.
     *
     * @param obligation the obligation
     * @param audit the audit record
     */
    public Write {
      Objects.requireNonNull(obligation, "obligation");
      Objects.requireNonNull(audit, "audit");
    }
  }

  /**
   * @param writes the obligations and their audit records, stored and appended in order, in one
   *     atomic step
   */
  void record(List<Write> writes);

  /**
   * @param id an obligation's id
   * @return the obligation
   */
  Optional<TrackedObligation> find(String id);

  /**
   * @param consultant a Consultant
   * @return every obligation on them, by creation instant then id
   */
  List<TrackedObligation> of(SubjectId consultant);

  /**
   * @param at an instant
   * @return every obligation still open whose due instant lies before {@code at}, by due instant
   *     then id (on a database: one query)
   */
  List<TrackedObligation> overdue(Instant at);

  /**
   * For audit verification: every obligation in its {@code TrackedObligation.canonical()} form,
   * keyed by its id. A row that cannot be read is passed as {@link StoredRow#unreadable}.
   *
   * @param rows receives each row
   * @throws StoreException if the store cannot be read at all
   */
  void scan(Consumer<StoredRow> rows);
}
