package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.EnginePropertiesContract;

/**
 * The laws of the decision engine on the JDBC adapter over a real PostgreSQL server. Every try
 * migrates a new schema, so a tenth of the tries run here; H2 and memory run them all.
 */
class PostgresEnginePropertiesIT extends EnginePropertiesContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }

  @Override
  protected int triesPercent() {
    return 10;
  }
}
