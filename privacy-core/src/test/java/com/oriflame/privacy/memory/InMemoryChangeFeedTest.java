package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.ChangeFeedContract;

/** The in-memory reference passes the ChangeFeed contract. */
class InMemoryChangeFeedTest extends ChangeFeedContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
