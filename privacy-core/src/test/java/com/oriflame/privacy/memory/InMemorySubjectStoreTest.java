package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.SubjectStoreContract;

/** The in-memory reference passes the SubjectStore contract. */
class InMemorySubjectStoreTest extends SubjectStoreContract {
  @Override
  protected Stores newStores() {
    return InMemoryStores.create();
  }
}
