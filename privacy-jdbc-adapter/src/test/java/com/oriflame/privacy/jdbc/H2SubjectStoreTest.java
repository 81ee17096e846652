package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.SubjectStoreContract;

/** The JDBC adapter on H2 passes the SubjectStore contract. */
class H2SubjectStoreTest extends SubjectStoreContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
