package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.DisclosureScenariosContract;

/** The disclosure scenarios, end to end, on the JDBC adapter over H2. */
class H2DisclosureScenariosTest extends DisclosureScenariosContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
