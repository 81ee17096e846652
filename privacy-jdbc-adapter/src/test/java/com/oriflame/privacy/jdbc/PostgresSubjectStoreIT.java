package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.SubjectStoreContract;

/** The JDBC adapter on a real PostgreSQL server passes the SubjectStore contract. */
class PostgresSubjectStoreIT extends SubjectStoreContract {
  @Override
  protected Stores newStores() {
    return PostgresServer.shared().freshStores();
  }
}
