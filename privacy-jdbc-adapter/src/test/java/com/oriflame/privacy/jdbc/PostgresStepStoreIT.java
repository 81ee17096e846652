package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.StepStoreContract;

/** The JDBC adapter on a real PostgreSQL server passes the StepStore contract. */
class PostgresStepStoreIT extends StepStoreContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
