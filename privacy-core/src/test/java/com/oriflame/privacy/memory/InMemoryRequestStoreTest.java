package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.RequestStoreContract;

/** The in-memory reference passes the RequestStore contract. */
class InMemoryRequestStoreTest extends RequestStoreContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
