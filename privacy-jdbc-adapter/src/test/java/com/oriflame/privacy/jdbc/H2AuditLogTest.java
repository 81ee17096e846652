package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.AuditLogContract;

/** The JDBC adapter on H2 passes the AuditLog contract. */
class H2AuditLogTest extends AuditLogContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
