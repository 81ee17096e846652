package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.EnginePropertiesContract;

/**
 * The laws of the decision engine on the JDBC adapter over H2. Every try migrates a new database,
 * so a quarter of the tries run here; the in-memory reference runs them all.
 */
class H2EnginePropertiesTest extends EnginePropertiesContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }

  @Override
  protected int triesPercent() {
    return 25;
  }
}
