package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.CandidatesContract;

/** The JDBC adapter on H2 passes the candidates contract: it agrees with the in-memory reference. */
class H2CandidatesTest extends CandidatesContract {
  @Override
  protected Stores newStores() {
    return H2Databases.stores();
  }
}
