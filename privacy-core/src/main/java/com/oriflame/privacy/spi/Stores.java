package com.oriflame.privacy.spi;

/**
 * The storage ports one engine uses, sharing one atomicity domain: a change and its audit record
 * commit together. Built by {@code InMemoryStores.create()} or an adapter such as {@code
 * JdbcStores.create(dataSource)}.
 *
 * <p>Stability: stable (a service-provider interface: implement it to store the ledger elsewhere,
 * and pass the contract suites of the core's test-jar).
 */
public interface Stores {
  /** @return the consent ledger's storage */
  ConsentStore consents();

  /** @return the versions of the subjects' profiles */
  SubjectStore subjects();

  /** @return the recorded business transfers */
  BusinessTransferStore businessTransfers();

  /** @return the audit log */
  AuditLog audit();

  /**
   * The secret behind the subjects' keyed pseudonyms (audit records, receipts) when the host sets
   * none: generated once (at least 16 random bytes, 32 recommended), kept with the data, and the
   * same on every call for as long as the data lives, so a receipt fetched after a restart shows
   * the subject reference it was issued with.
   *
   * <p>Contract: every call, from any thread or process sharing the data, returns the same bytes;
   * when several engines start at once on empty stores, exactly one generated key wins and all of
   * them return it. Failures throw {@link StoreException} without the key in the message. The key
   * is never logged.
   *
   * @return a copy of the key, at least 16 bytes
   * @throws StoreException if the key cannot be read or stored
   */
  byte[] pseudonymKey();

  /**
   * The Consultants' tracked obligations (§7, R31). Stores written before this port existed do
   * not have it; the default throws.
   *
   * @return the obligation store
   * @throws UnsupportedOperationException if these stores have no obligation store
   */
  default ObligationStore obligations() {
    throw new UnsupportedOperationException("these stores (" + getClass().getName() + ") have no ObligationStore: implement"
        + " Stores.obligations() to track Consultants' obligations");
  }
}
