package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.EnginePropertiesContract;

/** The laws of the decision engine on the JDBC adapter over H2, with every try. */
class H2EnginePropertiesTest extends EnginePropertiesContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
