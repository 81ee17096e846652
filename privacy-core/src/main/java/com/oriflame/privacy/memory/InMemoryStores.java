package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditChain;
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
  // package-private so the tampering tests of the same package can play the attacker
  final InMemoryAuditLog audit;
  final InMemoryConsentStore consents;
  final InMemorySubjectStore subjects;
  private final InMemoryBusinessTransferStore businessTransfers;

  private InMemoryStores(AuditChain chain) {
    this.audit = new InMemoryAuditLog(lock, chain);
    this.consents = new InMemoryConsentStore(lock, audit);
    this.subjects = new InMemorySubjectStore(lock, audit);
    this.businessTransfers = new InMemoryBusinessTransferStore(lock, audit);
  }

  /** @return new, empty stores whose audit log is a plain SHA-256 chain */
  public static InMemoryStores create() {
    return new InMemoryStores(AuditChain.sha256());
  }

  /**
   * @param chain how the audit log links records, e.g. {@code AuditChain.hmacSha256(keyFromVault)}
   * @return new, empty stores
   */
  public static InMemoryStores create(AuditChain chain) {
    return new InMemoryStores(java.util.Objects.requireNonNull(chain, "chain"));
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
