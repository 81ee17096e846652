package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import java.util.List;
import java.util.function.Consumer;

/**
 * Storage of recorded business transfers (§3.3, R17). Implementations must be thread-safe and pass
 * {@code BusinessTransferStoreContract}.
 *
 * <p>Contract: {@link #record} inserts the transfer or replaces the one with the same id, and
 * appends {@code audit} in the same atomic step; {@link #all} returns every transfer in id order;
 * failures throw {@link StoreException} without the stored values.
 *
 * <p>Stability: stable (service-provider interface).
 */
public interface BusinessTransferStore {

  /**
   * @param transfer the transfer to store, replacing the one with the same id
   * @param audit the audit record to append in the same atomic step
   */
  void record(BusinessTransfer transfer, AuditDraft audit);

  /** @return every recorded transfer, in id order */
  List<BusinessTransfer> all();

  /**
   * For audit verification: every recorded transfer in its {@code BusinessTransfer.canonical()}
   * form, keyed by its id. A row that cannot be read is passed as {@link StoredRow#unreadable}.
   *
   * @param rows receives each row
   * @throws StoreException if the store cannot be read at all
   */
  void scan(Consumer<StoredRow> rows);
}
