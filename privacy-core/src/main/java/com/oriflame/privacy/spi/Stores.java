package com.oriflame.privacy.spi;

/**
 * The storage ports one engine uses, sharing one atomicity domain: a change and its audit record
 * commit together. Built by {@code InMemoryStores.create()} or an adapter such as {@code
 * JdbcStores.create(dataSource)}.
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
}
