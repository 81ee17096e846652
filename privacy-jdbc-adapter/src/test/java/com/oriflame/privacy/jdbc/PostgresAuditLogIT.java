package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.AuditLogContract;

/** The JDBC adapter on a real PostgreSQL server passes the AuditLog contract. */
class PostgresAuditLogIT extends AuditLogContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
