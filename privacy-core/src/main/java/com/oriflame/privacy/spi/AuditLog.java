package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.audit.VerificationResult;
import java.util.List;

/**
 * The append-only, hash-chained audit log. Implementations must be thread-safe and pass {@code
 * AuditLogContract}.
 *
 * <p>Contract: appends are serialised, so the chain stays valid under concurrent writers; each
 * record is linked with the log's {@link #chain()} (plain SHA-256, or HMAC under a key the host
 * holds); the head is stored apart from the records; {@link #read} throws {@link StoreException}
 * for a record whose stored fields no longer parse; {@link #verify()} reads in pages (bounded
 * memory) up to the head it read first, so writers may go on meanwhile, and reports the first broken
 * link, never throwing for bad data.
 *
 * <p>Stability: stable (service-provider interface).
 */
public interface AuditLog {

  /**
   * @param draft the record to append
   * @return the record as linked into the chain
   */
  AuditRecord append(AuditDraft draft);

  /** @return the separately stored head: last sequence number and hash; anchor it elsewhere to verify against it */
  ChainHead head();

  /**
   * @param fromSequence the first sequence number wanted (1 for the start)
   * @param limit the most records to return
   * @return records in sequence order
   * @throws StoreException if a record cannot be read (its stored fields no longer parse)
   */
  List<AuditRecord> read(long fromSequence, int limit);

  /** @return how records are linked: plain or keyed */
  AuditChain chain();

  /**
   * Verifies the whole chain page by page. Never throws for bad data: a record that cannot be read
   * or a missing head is a broken link.
   *
   * @return whether the chain is intact, or its first broken link
   */
  default VerificationResult verify() {
    return verify(null);
  }

  /**
   * Verifies the whole chain, and that it still holds {@code anchor}, a head the host kept
   * elsewhere (a log line, another database): the record of that sequence with that hash.
   *
   * @param anchor a head kept elsewhere, or {@code null}
   * @return whether the chain is intact and holds the anchor, or the first broken link
   */
  default VerificationResult verify(ChainHead anchor) {
    ChainHead head;
    try {
      head = head();
    } catch (StoreException e) {
      return VerificationResult.broken(VerificationResult.Kind.UNREADABLE, 0, 0, "the chain head cannot be read: " + e.getMessage());
    }
    AuditChain.Verifier verifier = chain().verifier();
    if (anchor != null) {
      verifier.anchoredAt(anchor);
    }
    long next = 1;
    while (next <= head.sequence()) {
      // records appended by concurrent writers after the head was read are not part of this check
      int limit = (int) Math.min(1_000, head.sequence() - next + 1);
      List<AuditRecord> page;
      try {
        page = read(next, limit);
      } catch (StoreException e) {
        // find the record that cannot be read, one at a time
        for (long s = next; s < next + limit; s++) {
          try {
            List<AuditRecord> one = read(s, 1);
            if (one.isEmpty() || !verifier.accept(one.get(0))) {
              return verifier.finish(head);
            }
          } catch (StoreException unreadable) {
            verifier.unreadable(s, unreadable.getMessage());
            return verifier.finish(head);
          }
        }
        next += limit;
        continue;
      }
      for (AuditRecord r : page) {
        if (!verifier.accept(r)) {
          return verifier.finish(head);
        }
      }
      if (page.size() < limit) {
        break;
      }
      next = page.get(page.size() - 1).sequence() + 1;
    }
    return verifier.finish(head);
  }
}
