package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.EngineScenariosContract;

/** The policy's scenarios, end to end, on the JDBC adapter over H2. */
class H2EngineScenariosTest extends EngineScenariosContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
