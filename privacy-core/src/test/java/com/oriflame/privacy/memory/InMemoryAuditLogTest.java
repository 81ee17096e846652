package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.AuditLogContract;

/** The in-memory reference passes the AuditLog contract. */
class InMemoryAuditLogTest extends AuditLogContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
