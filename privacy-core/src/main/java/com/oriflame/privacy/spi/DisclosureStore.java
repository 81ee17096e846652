package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.disclosure.DisclosedRecipient;
import com.oriflame.privacy.disclosure.Disclosure;
import com.oriflame.privacy.disclosure.SubjectNotice;
import com.oriflame.privacy.policy.RecipientId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Storage of the disclosure log and the notices it owes subjects (R22, R40). Implementations must
 * be thread-safe and pass {@code DisclosureStoreContract}.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #record} inserts the disclosure and appends {@code audit} in the same atomic step;
 *       if a disclosure with the same id is stored, nothing is written and the stored one is
 *       returned (a retry is idempotent; the caller compares). A disclosure whose {@code
 *       noticeRequired()} holds is stored with its notice pending.
 *   <li>{@link #markNoticeSent} sets the sending instant of a pending notice and appends {@code
 *       audit} in the same atomic step; for a notice already sent, or none, it writes nothing.
 *   <li>Lists are ordered by disclosure instant, then id; ids compare as Java strings.
 *   <li>Failures throw {@link StoreException} without the stored values.
 * </ul>
 *
 * <p>Stability: stable (service-provider interface).
 */
public interface DisclosureStore {

  /**
   * @param disclosure the disclosure to log
   * @param audit the audit record to append in the same atomic step
   * @return {@code disclosure} if it was stored, else the disclosure already stored under its id
   */
  Disclosure record(Disclosure disclosure, AuditDraft audit);

  /**
   * @param id a disclosure id
   * @return the stored disclosure
   */
  Optional<Disclosure> find(String id);

  /**
   * @param subject a subject
   * @return the subject's disclosures, oldest first
   */
  List<Disclosure> about(SubjectId subject);

  /**
   * @param recipient a recipient
   * @return the disclosures to it, oldest first
   */
  List<Disclosure> to(RecipientId recipient);

  /**
   * @param id a disclosure id
   * @return its notice, pending or sent; empty if no such disclosure or it needs none
   */
  Optional<SubjectNotice> notice(String id);

  /**
   * @param subject a subject
   * @return the notices owed to the subject, pending or sent, oldest first
   */
  List<SubjectNotice> notices(SubjectId subject);

  /**
   * @param limit the most to return, 1 or more
   * @return pending notices, oldest disclosure first
   */
  List<SubjectNotice> pendingNotices(int limit);

  /**
   * @param id a disclosure id
   * @param sentAt when the notice was sent
   * @param audit the audit record to append in the same atomic step
   * @return whether a pending notice was marked (else nothing was written)
   */
  boolean markNoticeSent(String id, Instant sentAt, AuditDraft audit);

  /**
   * One set-based query: per recipient and destination country, how many disclosures and when.
   *
   * @return the rows, ordered by recipient id, then country (none first)
   */
  List<DisclosedRecipient> disclosedRecipients();

  /**
   * For audit verification: every logged disclosure as {@link StoredRow#of}(id, {@code
   * SubjectNotice.canonical()} if it needs a notice, else {@code Disclosure.canonical()}). A row
   * that cannot be read is passed as {@link StoredRow#unreadable}.
   *
   * @param rows receives each row
   * @throws StoreException if the store cannot be read at all
   */
  void scan(Consumer<StoredRow> rows);
}
