package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.BusinessTransferStoreContract;

/** The in-memory reference passes the BusinessTransferStore contract. */
class InMemoryBusinessTransferStoreTest extends BusinessTransferStoreContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
