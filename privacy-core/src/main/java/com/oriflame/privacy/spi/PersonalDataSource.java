package com.oriflame.privacy.spi;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.rights.SourceResult;
import com.oriflame.privacy.rights.SourceExport;
import java.util.Map;
import java.util.Set;

/**
 * A host system that holds personal data (the web shop, the consultant register, the support
 * desk, a mailing tool) as seen by the library: for one subject and a set of categories it can
 * export, rectify, erase, depersonalize and block. Data-subject requests (§6, §10) and the
 * retention executor orchestrate their work across every registered source through this port.
 *
 * <p>Contract, checked by {@code PersonalDataSourceContract} in the core test-jar:
 *
 * <ul>
 *   <li>Every changing operation carries an {@link OperationKey}. A source that has already
 *       completed the operation with that key returns the same {@link SourceResult} again and does
 *       not repeat the change (the orchestrators resume after a crash by re-sending unfinished
 *       steps, so a step may arrive twice).
 *   <li>Categories the source does not hold are reported in {@link SourceResult#notHeld()}, never
 *       an error (providing data is voluntary, R4).
 *   <li>{@link #export} never returns credentials (§5, R25): a source holding the account password
 *       leaves it out.
 *   <li>Failures throw {@link StoreException} (or any runtime exception) whose message carries no
 *       personal data; the orchestrator records the failure against the step and the step can be
 *       retried.
 * </ul>
 *
 * <p>Implementations must be thread-safe.
 *
 * <p>Stability: experimental (service-provider interface).
 */
public interface PersonalDataSource {

  /**
   * @return the source's stable name, unique among the registered sources (for example {@code
   *     "web-shop"}); it appears in audit records, step keys and exports
   */
  String id();

  /** @return the categories this source may hold for a subject */
  Set<CategoryId> categories();

  /**
   * Reads what the source holds about one subject.
   *
   * @param subject whose data
   * @param categories which categories to include; others are left out
   * @return the items held, possibly none
   */
  SourceExport export(SubjectId subject, Set<CategoryId> categories);

  /**
   * Replaces values the subject asked to correct (§6.2, R28).
   *
   * @param key idempotency key of this step
   * @param subject whose data
   * @param corrections the new value per category, as text
   * @return what was changed and what the source does not hold
   */
  SourceResult rectify(OperationKey key, SubjectId subject, Map<CategoryId, String> corrections);

  /**
   * Deletes the data of the given categories.
   *
   * @param key idempotency key of this step
   * @param subject whose data
   * @param categories which categories
   * @return what was erased and what the source does not hold
   */
  SourceResult erase(OperationKey key, SubjectId subject, Set<CategoryId> categories);

  /**
   * Removes what identifies the subject from the data of the given categories, keeping the rest
   * (for example purchase totals without the buyer's name).
   *
   * @param key idempotency key of this step
   * @param subject whose data
   * @param categories which categories
   * @return what was depersonalized and what the source does not hold
   */
  SourceResult depersonalize(OperationKey key, SubjectId subject, Set<CategoryId> categories);

  /**
   * Stops processing of the given categories while keeping the data (R39: blocked is not erased).
   *
   * @param key idempotency key of this step
   * @param subject whose data
   * @param categories which categories
   * @return what was blocked and what the source does not hold
   */
  SourceResult block(OperationKey key, SubjectId subject, Set<CategoryId> categories);
}
