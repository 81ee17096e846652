package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.EnginePropertiesContract;

/** The laws of the decision engine on the in-memory stores, with every try. */
class InMemoryEnginePropertiesTest extends EnginePropertiesContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
