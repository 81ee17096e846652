package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventConflictException;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;

/**
 * The append-only consent ledger's storage. Implementations must be thread-safe and pass {@code
 * ConsentStoreContract} from the core's test-jar.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #append} stores the event and appends {@code audit} to the {@link AuditLog} of the
 *       same {@link Stores} in one atomic step: both or neither.
 *   <li>Appends are idempotent by event id: appending an event whose id is stored, with equal
 *       content, returns the stored event with {@code appended == false} and writes nothing (no
 *       audit record either). Equal id with different content throws {@link
 *       EventConflictException} and writes nothing.
 *   <li>{@link #appendAll} stores a batch of events with their audit records in one atomic step:
 *       all of them or none. It is idempotent by event id like {@code append}, inside the batch
 *       too: an event already stored, or repeated in the batch, is reported with {@code appended ==
 *       false} and written once; an id with different content anywhere fails the whole batch.
 *   <li>{@link #candidates} answers from the same facts as the events, kept in the same atomic step
 *       as each append, so it never lags a committed append.
 *   <li>Reads return events in {@link ConsentEvent#ORDER}. {@link #events(Holder)} returns the
 *       events recorded against the holder, plus every {@code VisitorLinked} event that names it
 *       (as subject or as browser).
 *   <li>Failures throw {@link StoreException} without personal data in the message.
 * </ul>
 *
 * <p>Stability: stable (service-provider interface).
 */
public interface ConsentStore {

  /**
   * @param event the event to store
   * @param audit the audit record to append in the same atomic step
   * @return the stored event and whether this call stored it
   * @throws EventConflictException if the id is stored with different content
   * @throws StoreException if the store fails; nothing is written then
   */
  AppendResult append(ConsentEvent event, AuditDraft audit);

  /**
   * One event of a batch and the audit record to append with it.
   *
   * @param event the event to store
   * @param audit its audit record
   */
  record Append(ConsentEvent event, AuditDraft audit) {
    /**
     * Rejects missing parts.
     *
     * @param event the event to store
     * @param audit its audit record
     */
    public Append {
      Objects.requireNonNull(event, "event is missing");
      Objects.requireNonNull(audit, "audit draft is missing");
    }
  }

  /**
   * Stores many events, each with its audit record, in one atomic step (on a database: one
   * transaction holding the audit chain head once): all or nothing. Audit records are linked in
   * batch order for the events this call stores; events already stored, or earlier in the batch,
   * with equal content are reported with {@code appended == false} and get no audit record.
   *
   * <p>The default appends one event at a time, which is atomic per event only; every bundled store
   * overrides it, and {@code ConsentStoreContract} requires the whole batch to be atomic.
   *
   * @param batch the events in the order to audit them
   * @return one result per entry of {@code batch}, in its order
   * @throws EventConflictException if an id is stored, or repeated in the batch, with different
   *     content; nothing is written then
   * @throws StoreException if the store fails; nothing is written then
   */
  default List<AppendResult> appendAll(List<Append> batch) {
    Objects.requireNonNull(batch, "batch");
    List<AppendResult> results = new ArrayList<>(batch.size());
    for (Append a : batch) {
      results.add(append(a.event(), a.audit()));
    }
    return results;
  }

  /**
   * The subjects of {@code among} that the ledger facts of {@code query} do not rule out: a
   * superset of those the engine's full rules permit for the query's purpose at its instant (see
   * {@link CandidateQuery} for the exact test, which every store applies alike). On databases one
   * set-based query per batch of subjects, driven by indexes; no event is decoded.
   *
   * <p>The default rules out nobody (returns {@code among}), which is a valid, if useless, superset.
   *
   * @param query the purpose, instant and objections
   * @param among the subjects to narrow (duplicates are ignored)
   * @return the candidates among them, in {@code among}'s order
   * @throws StoreException if the store fails
   */
  default Set<SubjectId> candidates(CandidateQuery query, Collection<SubjectId> among) {
    Objects.requireNonNull(query, "query");
    return new LinkedHashSet<>(Objects.requireNonNull(among, "among"));
  }

  /**
   * @param holder a subject or browser id
   * @return its events, and the links naming it, in {@link ConsentEvent#ORDER}
   */
  List<ConsentEvent> events(Holder holder);

  /**
   * Bulk read for {@code filter}: one set-based query (or a few batches) on databases.
   *
   * @param subjects subject ids
   * @return for each subject with events, its events as {@link #events(Holder)} returns them
   */
  Map<SubjectId, List<ConsentEvent>> events(Collection<SubjectId> subjects);

  /**
   * @param id an event id
   * @return the stored event with that id
   */
  Optional<ConsentEvent> find(EventId id);

  /**
   * @param actor an acting party
   * @return the subjects with at least one event in which {@code actor} acted
   */
  Set<SubjectId> subjectsActedForBy(Actor actor);

  /**
   * For audit verification: every stored event, each as its row stores it ({@code
   * EventCodec.write} form), in any order, streaming (memory stays bounded). A row that cannot be
   * read, or whose key columns disagree with its stored event, is passed as {@link
   * StoredRow#unreadable}, never thrown.
   *
   * @param rows receives each row
   * @throws StoreException if the store cannot be read at all
   */
  void scan(Consumer<StoredRow> rows);
}
