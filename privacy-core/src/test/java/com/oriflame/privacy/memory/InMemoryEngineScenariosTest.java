package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.EngineScenariosContract;

/** The policy's scenarios, end to end, on the in-memory stores. */
class InMemoryEngineScenariosTest extends EngineScenariosContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
