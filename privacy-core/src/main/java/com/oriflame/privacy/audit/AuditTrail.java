package com.oriflame.privacy.audit;

import java.util.List;
import java.util.function.Consumer;

/**
 * The audit trail as a host sees it: read and verify, never append. Every event append, profile
 * save and business-transfer record writes its audit record in the same atomic step as the change,
 * inside the engine; a caller holding this view cannot add, alter or remove a record. Get it from
 * {@code PrivacyEngine#audit()}.
 *
 * <pre>{@code
 * ChainHead anchor = engine.audit().head();           // keep it where the database's writers cannot reach
 * ...
 * VerificationResult v = engine.audit().verify(anchor);
 * if (!v.intact()) alert(v.kind() + " at audit record " + v.firstBroken() + ": " + v.problem());
 * }</pre>
 *
 * <p>Stability: stable. Thread-safe. Reads never return personal data: subjects appear only as
 * keyed pseudonyms, evidence references are not recorded.
 */
public interface AuditTrail {

  /**
   * The chain head as stored apart from the records: the last sequence number and hash. Anchor it
   * elsewhere (a log line, another database) to verify against it later.
   *
   * @return the head; {@link ChainHead#EMPTY} for an empty log
   * @throws com.oriflame.privacy.spi.StoreException if the head cannot be read
   */
  ChainHead head();

  /**
   * A page of records.
   *
   * @param fromSequence the first sequence number wanted, at least 1
   * @param limit the most records to return, at least 0
   * @return records in sequence order; empty past the end
   * @throws IllegalArgumentException if {@code fromSequence} is below 1 or {@code limit} negative
   * @throws com.oriflame.privacy.spi.StoreException if a record cannot be read
   */
  List<AuditRecord> read(long fromSequence, int limit);

  /**
   * Every record from {@code fromSequence} up to the head as it is when the scan starts (records
   * appended meanwhile are not included), in sequence order, read in pages so memory stays
   * bounded however long the log is.
   *
   * @param fromSequence the first sequence number wanted, at least 1
   * @param records receives each record
   * @throws IllegalArgumentException if {@code fromSequence} is below 1
   * @throws com.oriflame.privacy.spi.StoreException if a record cannot be read
   */
  void scan(long fromSequence, Consumer<AuditRecord> records);

  /**
   * Verifies the chain, then the ledger under it: every consent-event, profile-version and
   * business-transfer row must match the digest its audit record carries, and every audited row
   * must exist. Never throws for bad data.
   *
   * @return whether chain and ledger are intact, or the first breach with its kind and sequence
   */
  VerificationResult verify();

  /**
   * Like {@link #verify()}, and checks that the chain still holds {@code anchor}, a head the host
   * kept elsewhere, so that a rewrite of the whole tail and head is found too ({@link
   * VerificationResult.Kind#ANCHOR}).
   *
   * @param anchor a head kept elsewhere
   * @return whether chain, anchor and ledger are intact, or the first breach
   */
  VerificationResult verify(ChainHead anchor);
}
