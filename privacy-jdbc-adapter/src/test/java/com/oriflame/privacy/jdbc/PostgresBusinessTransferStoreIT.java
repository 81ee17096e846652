package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.BusinessTransferStoreContract;

/** The JDBC adapter on a real PostgreSQL server passes the BusinessTransferStore contract. */
class PostgresBusinessTransferStoreIT extends BusinessTransferStoreContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
