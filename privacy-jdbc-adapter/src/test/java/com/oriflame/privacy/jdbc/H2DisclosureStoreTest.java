package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.DisclosureStoreContract;

/** The JDBC adapter on H2 passes the DisclosureStore contract. */
class H2DisclosureStoreTest extends DisclosureStoreContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
