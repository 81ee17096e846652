package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.BusinessTransferStoreContract;

/** The JDBC adapter on H2 passes the BusinessTransferStore contract. */
class H2BusinessTransferStoreTest extends BusinessTransferStoreContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
