package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.DisclosureScenariosContract;

/** The disclosure scenarios on the in-memory reference. */
class InMemoryDisclosureScenariosTest extends DisclosureScenariosContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
