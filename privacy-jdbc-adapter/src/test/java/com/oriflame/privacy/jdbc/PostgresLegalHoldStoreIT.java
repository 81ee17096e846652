package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.LegalHoldStoreContract;

/** The JDBC adapter on a real PostgreSQL server passes the LegalHoldStore contract. */
class PostgresLegalHoldStoreIT extends LegalHoldStoreContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
