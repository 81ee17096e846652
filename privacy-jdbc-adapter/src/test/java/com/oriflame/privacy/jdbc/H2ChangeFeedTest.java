package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.ChangeFeedContract;

/** The JDBC adapter on H2 passes the ChangeFeed contract. */
class H2ChangeFeedTest extends ChangeFeedContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
