package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.rights.RequestId;
import com.oriflame.privacy.rights.RequestRecord;
import com.oriflame.privacy.rights.RequestTransition;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Storage of data-subject requests and their transitions. Implementations must be thread-safe and
 * pass {@code RequestStoreContract}.
 *
 * <p>Contract: {@link #receive} stores a request with its first transition and appends its audit
 * record in one atomic step; {@link #transition} appends a transition with its audit record in one
 * atomic step, only if it is the next in sequence (so of two concurrent moves one wins); reads
 * return requests with every transition in sequence order; failures throw {@link StoreException}
 * without stored values.
 *
 * <p>Stability: experimental (service-provider interface).
 */
public interface RequestStore {

  /**
   * @param request a request with exactly one transition, {@code RECEIVED}
   * @param audit the audit record to append in the same atomic step
   * @return {@code true} if stored; {@code false} if a request with that id is already stored
   *     (nothing is written then)
   */
  boolean receive(RequestRecord request, AuditDraft audit);

  /**
   * @param id the request
   * @param transition the next transition: its sequence must be one more than the last stored
   * @param audit the audit record to append in the same atomic step
   * @return {@code true} if appended; {@code false} if the request is unknown or the sequence is
   *     taken or skips ahead (another move won; nothing is written then)
   */
  boolean transition(RequestId id, RequestTransition transition, AuditDraft audit);

  /**
   * @param id a request id
   * @return the request with its transitions
   */
  Optional<RequestRecord> find(RequestId id);

  /**
   * @param subject a subject
   * @return the subject's requests, by receipt instant then id
   */
  List<RequestRecord> forSubject(SubjectId subject);

  /**
   * @param before an instant
   * @return the open requests (last state not terminal) with a deadline expiring before {@code
   *     before}, by expiry then id
   */
  List<RequestRecord> openExpiringBefore(Instant before);

  /**
   * For audit verification: every request in its {@code RequestCodec.write(RequestRecord)} form
   * keyed by its id, and every transition in its {@code RequestCodec.write(RequestTransition)}
   * form keyed by {@code id#sequence}. A row that cannot be read is passed as {@link
   * StoredRow#unreadable}.
   *
   * @param rows receives each row
   */
  void scan(Consumer<StoredRow> rows);
}
