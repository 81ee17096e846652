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
 * record is linked with {@link AuditChain#link}; the head is stored apart from the records;
 * {@link #verify()} reads in pages (bounded memory) up to the head it read first, so writers may go
 * on meanwhile, and reports the first broken link.
 */
public interface AuditLog {

  /**
   * @param draft the record to append
   * @return the record as linked into the chain
   */
  AuditRecord append(AuditDraft draft);

  /** @return the separately stored head: last sequence number and hash */
  ChainHead head();

  /**
   * @param fromSequence the first sequence number wanted (1 for the start)
   * @param limit the most records to return
   * @return records in sequence order
   */
  List<AuditRecord> read(long fromSequence, int limit);

  /**
   * Verifies the whole chain page by page.
   *
   * @return whether the chain is intact, or its first broken link
   */
  default VerificationResult verify() {
    ChainHead head = head();
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    long next = 1;
    while (next <= head.sequence()) {
      // records appended by concurrent writers after the head was read are not part of this check
      int limit = (int) Math.min(1_000, head.sequence() - next + 1);
      List<AuditRecord> page = read(next, limit);
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
