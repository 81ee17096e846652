package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.ObligationStoreContract;

/** The JDBC adapter on H2 passes the ObligationStore contract. */
class H2ObligationStoreTest extends ObligationStoreContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
