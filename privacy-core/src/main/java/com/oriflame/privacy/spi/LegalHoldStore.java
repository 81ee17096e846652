package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.retention.LegalHold;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Storage of the legal-hold register (§6.2, R29) and of the journal of applied retention actions.
 * Implementations must be thread-safe and pass {@code LegalHoldStoreContract}.
 *
 * <p>Contract: {@link #save} inserts the hold or replaces the one with the same id, and appends
 * {@code audit} in the same atomic step; {@link #markApplied} journals action ids and appends their
 * audit records in one atomic step (an id journaled before stays journaled once); reads are
 * set-based (one query, or a few batches, on databases, never one per subject); ids, instants (to
 * the microsecond) and sets round-trip exactly; failures throw {@link StoreException} without the
 * stored values.
 *
 * <p>Stability: experimental (service-provider interface).
 */
public interface LegalHoldStore {

  /**
   * @param hold the hold to store, replacing the one with the same id
   * @param audit the audit record to append in the same atomic step
   */
  void save(LegalHold hold, AuditDraft audit);

  /**
   * @param id a hold id
   * @return the hold with that id
   */
  Optional<LegalHold> find(String id);

  /**
   * @param subjects subjects
   * @return for each subject with holds, its holds (lifted ones included) by start, then id
   */
  Map<SubjectId, List<LegalHold>> forSubjects(Collection<SubjectId> subjects);

  /**
   * @param at an instant
   * @return every hold in force at {@code at}, by id
   */
  List<LegalHold> activeAt(Instant at);

  /**
   * Journals retention actions as applied, with their audit records, in one atomic step.
   *
   * @param actionIds the ids of the actions applied
   * @param audits the audit records to append, in order
   */
  void markApplied(List<String> actionIds, List<AuditDraft> audits);

  /**
   * @param actionIds action ids
   * @return those of them that are journaled as applied
   */
  Set<String> applied(Collection<String> actionIds);

  /**
   * For audit verification: every stored hold in its {@code LegalHold.canonical()} form, keyed by
   * its id. A row that cannot be read is passed as {@link StoredRow#unreadable}.
   *
   * @param rows receives each row
   * @throws StoreException if the store cannot be read at all
   */
  void scan(Consumer<StoredRow> rows);
}
