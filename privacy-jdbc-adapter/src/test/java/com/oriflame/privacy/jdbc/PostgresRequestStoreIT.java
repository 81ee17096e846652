package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.RequestStoreContract;

/** The JDBC adapter on a real PostgreSQL server passes the RequestStore contract. */
class PostgresRequestStoreIT extends RequestStoreContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
