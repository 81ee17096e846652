package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.spi.AuditLog;
import java.util.ArrayList;
import java.util.List;

/** The in-memory audit log; appends are serialised on the stores' shared lock. */
final class InMemoryAuditLog implements AuditLog {
  private final Object lock;
  private final AuditChain chain;
  // package-private for the tampering tests
  final List<AuditRecord> records = new ArrayList<>();
  ChainHead head = ChainHead.EMPTY;

  InMemoryAuditLog(Object lock, AuditChain chain) {
    this.lock = lock;
    this.chain = chain;
  }

  @Override
  public AuditRecord append(AuditDraft draft) {
    synchronized (lock) {
      return appendLocked(draft);
    }
  }

  /** Caller holds the lock. */
  AuditRecord appendLocked(AuditDraft draft) {
    AuditRecord record = chain.link(head, draft);
    records.add(record);
    head = ChainHead.of(record);
    return record;
  }

  @Override
  public AuditChain chain() {
    return chain;
  }

  @Override
  public ChainHead head() {
    synchronized (lock) {
      return head;
    }
  }

  @Override
  public List<AuditRecord> read(long fromSequence, int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative");
    }
    synchronized (lock) {
      // records hold sequence numbers 1..n in order, so the index of sequence s is s - 1
      int from = (int) Math.min(records.size(), Math.max(0, fromSequence - 1));
      int to = (int) Math.min(records.size(), (long) from + limit);
      return new ArrayList<>(records.subList(from, to));
    }
  }
}
