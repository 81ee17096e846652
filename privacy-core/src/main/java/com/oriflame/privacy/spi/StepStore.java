package com.oriflame.privacy.spi;

import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.rights.SourceStep;
import com.oriflame.privacy.audit.AuditDraft;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Storage of the steps of data-subject requests across the host's {@link PersonalDataSource}s:
 * what was sent to which source, and how it went, so that work interrupted by a crash resumes
 * without sending a done step again. Implementations must be thread-safe and pass {@code
 * StepStoreContract}.
 *
 * <p>Contract: {@link #record} inserts the step or replaces the one with the same {@link
 * OperationKey}, and appends {@code audit} in the same atomic step; reads return steps exactly as
 * recorded (instants to the microsecond); {@link #steps} returns a work item's steps ordered by
 * source then step name; failures throw {@link StoreException} without the stored values.
 *
 * <p>Stability: experimental (service-provider interface).
 */
public interface StepStore {

  /**
   * @param step the step to store, replacing the one with the same key
   * @param audit the audit record to append in the same atomic step
   */
  void record(SourceStep step, AuditDraft audit);

  /**
   * @param key a step's key
   * @return the step recorded under it, if any
   */
  Optional<SourceStep> find(OperationKey key);

  /**
   * @param work a work id (the request id)
   * @return its steps, ordered by source then step name; empty if none
   */
  List<SourceStep> steps(String work);

  /**
   * For audit verification: every recorded step in its {@link SourceStep#canonical()} form, keyed
   * by {@link OperationKey#value()}. A row that cannot be read is passed as {@link
   * StoredRow#unreadable}.
   *
   * @param rows receives each row
   * @throws StoreException if the store cannot be read at all
   */
  void scan(Consumer<StoredRow> rows);
}
