package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.ChangeFeedContract;

/** The JDBC adapter on a real PostgreSQL server passes the ChangeFeed contract. */
class PostgresChangeFeedIT extends ChangeFeedContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
