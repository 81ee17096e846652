package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.CandidatesContract;

/** The in-memory reference passes the candidates contract (superset of the projected state). */
class InMemoryCandidatesTest extends CandidatesContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
