package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.ConsentStoreContract;

/** The in-memory reference passes the ConsentStore contract. */
class InMemoryConsentStoreTest extends ConsentStoreContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
