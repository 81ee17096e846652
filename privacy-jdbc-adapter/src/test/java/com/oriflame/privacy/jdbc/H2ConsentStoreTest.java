package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.ConsentStoreContract;

/** The JDBC adapter on H2 passes the ConsentStore contract. */
class H2ConsentStoreTest extends ConsentStoreContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
