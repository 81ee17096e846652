package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.DisclosureStoreContract;

/** The in-memory reference passes the DisclosureStore contract. */
class InMemoryDisclosureStoreTest extends DisclosureStoreContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
