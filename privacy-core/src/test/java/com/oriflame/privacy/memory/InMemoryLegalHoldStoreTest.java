package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.LegalHoldStoreContract;

/** The in-memory reference passes the LegalHoldStore contract. */
class InMemoryLegalHoldStoreTest extends LegalHoldStoreContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
