package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.DisclosureScenariosContract;

/** The disclosure scenarios, end to end, on the JDBC adapter over a real PostgreSQL server. */
class PostgresDisclosureScenariosIT extends DisclosureScenariosContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
