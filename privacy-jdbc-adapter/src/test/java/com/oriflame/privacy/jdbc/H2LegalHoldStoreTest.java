package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.LegalHoldStoreContract;

/** The JDBC adapter on H2 passes the LegalHoldStore contract. */
class H2LegalHoldStoreTest extends LegalHoldStoreContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
