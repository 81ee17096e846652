package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.ConsentStoreContract;

/** The JDBC adapter on a real PostgreSQL server passes the ConsentStore contract. */
class PostgresConsentStoreIT extends ConsentStoreContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
