package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventConflictException;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;
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
