package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.StepStoreContract;

/** The JDBC adapter on H2 passes the StepStore contract. */
class H2StepStoreTest extends StepStoreContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
