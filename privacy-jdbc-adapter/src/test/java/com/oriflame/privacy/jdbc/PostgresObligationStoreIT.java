package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.ObligationStoreContract;

/** The JDBC adapter on a real PostgreSQL server passes the ObligationStore contract. */
class PostgresObligationStoreIT extends ObligationStoreContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
