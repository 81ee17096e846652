package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.ObligationStoreContract;

/** The in-memory reference passes the ObligationStore contract. */
class InMemoryObligationStoreTest extends ObligationStoreContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
