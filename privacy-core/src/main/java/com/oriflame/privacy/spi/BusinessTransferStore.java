package com.oriflame.privacy.spi;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import java.util.List;

/**
 * Storage of recorded business transfers (§3.3, R17). Implementations must be thread-safe and pass
 * {@code BusinessTransferStoreContract}.
 *
 * <p>Contract: {@link #record} inserts the transfer or replaces the one with the same id, and
 * appends {@code audit} in the same atomic step; {@link #all} returns every transfer in id order;
 * failures throw {@link StoreException} without the stored values.
 */
public interface BusinessTransferStore {

  /**
   * @param transfer the transfer to store, replacing the one with the same id
   * @param audit the audit record to append in the same atomic step
   */
  void record(BusinessTransfer transfer, AuditDraft audit);

  /** @return every recorded transfer, in id order */
  List<BusinessTransfer> all();
}
