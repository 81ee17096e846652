package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.CandidatesContract;

/** The JDBC adapter on a real PostgreSQL server passes the candidates contract. */
class PostgresCandidatesIT extends CandidatesContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
