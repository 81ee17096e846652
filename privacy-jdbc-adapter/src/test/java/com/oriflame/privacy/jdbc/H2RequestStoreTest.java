package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.RequestStoreContract;

/** The JDBC adapter on H2 passes the RequestStore contract. */
class H2RequestStoreTest extends RequestStoreContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
