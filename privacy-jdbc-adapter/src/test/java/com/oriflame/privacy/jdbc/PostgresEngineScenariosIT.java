package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.EngineScenariosContract;

/** The policy's scenarios, end to end, on the JDBC adapter over a real PostgreSQL server. */
class PostgresEngineScenariosIT extends EngineScenariosContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
