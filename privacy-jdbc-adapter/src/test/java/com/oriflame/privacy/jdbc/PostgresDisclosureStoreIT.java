package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.DisclosureStoreContract;

/** The JDBC adapter on a real PostgreSQL server passes the DisclosureStore contract. */
class PostgresDisclosureStoreIT extends DisclosureStoreContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
