package com.oriflame.privacy.memory;

import com.oriflame.privacy.spi.AuditLog;
import com.oriflame.privacy.spi.BusinessTransferStore;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.spi.SubjectStore;

/**
 * Thread-safe in-memory implementations of every port: the reference the contract suites are
 * written against, and a fine choice for tests and single-process tools. Nothing survives the JVM.
 */
public final class InMemoryStores implements Stores {
  private final Object lock = new Object();
  private final InMemoryAuditLog audit = new InMemoryAuditLog(lock);
  private final InMemoryConsentStore consents = new InMemoryConsentStore(lock, audit);
  private final InMemorySubjectStore subjects = new InMemorySubjectStore(lock, audit);
  private final InMemoryBusinessTransferStore businessTransfers = new InMemoryBusinessTransferStore(lock, audit);

  private InMemoryStores() {}

  /** @return new, empty stores */
  public static InMemoryStores create() {
    return new InMemoryStores();
  }

  @Override
  public ConsentStore consents() {
    return consents;
  }

  @Override
  public SubjectStore subjects() {
    return subjects;
  }

  @Override
  public BusinessTransferStore businessTransfers() {
    return businessTransfers;
  }

  @Override
  public AuditLog audit() {
    return audit;
  }
}
