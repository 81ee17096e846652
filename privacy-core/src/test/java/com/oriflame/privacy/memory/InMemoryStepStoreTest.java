package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.StepStoreContract;

/** The in-memory reference passes the StepStore contract. */
class InMemoryStepStoreTest extends StepStoreContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
