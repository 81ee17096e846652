package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.spi.BusinessTransferStore;
import com.oriflame.privacy.spi.StoredRow;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The in-memory register of business transfers; a record and its audit record happen under one lock. */
final class InMemoryBusinessTransferStore implements BusinessTransferStore {
  private final Object lock;
  private final InMemoryAuditLog audit;
  private final TreeMap<String, BusinessTransfer> transfers = new TreeMap<>();

  InMemoryBusinessTransferStore(Object lock, InMemoryAuditLog audit) {
    this.lock = lock;
    this.audit = audit;
  }

  @Override
  public void record(BusinessTransfer transfer, AuditDraft draft) {
    Objects.requireNonNull(transfer, "transfer");
    Objects.requireNonNull(draft, "audit");
    synchronized (lock) {
      audit.appendLocked(draft);
      transfers.put(transfer.id(), transfer);
    }
  }

  @Override
  public List<BusinessTransfer> all() {
    synchronized (lock) {
      return List.copyOf(transfers.values());
    }
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    all().forEach(t -> rows.accept(StoredRow.of(t.id(), t.canonical())));
  }
}
