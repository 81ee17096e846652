package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.spi.AuditLog;
import com.oriflame.privacy.spi.BusinessTransferStore;
import com.oriflame.privacy.spi.ChangeFeed;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.DisclosureStore;
import com.oriflame.privacy.spi.StepStore;
import com.oriflame.privacy.spi.LegalHoldStore;
import com.oriflame.privacy.spi.RequestStore;
import com.oriflame.privacy.spi.ObligationStore;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.spi.SubjectStore;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;

/**
 * Thread-safe in-memory implementations of every port: the reference the contract suites are
 * written against, and a fine choice for tests and single-process tools. Nothing survives the JVM.
 * Each instance generates its own pseudonym key ({@link #pseudonymKey()}), so engines sharing one
 * instance issue the same pseudonyms.
 *
 * <p>Stability: stable.
 */
public final class InMemoryStores implements Stores {
  private final Object lock = new Object();
  private final InMemoryChangeFeed changes;
  // package-private so the tampering tests of the same package can play the attacker
  final InMemoryAuditLog audit;
  final InMemoryConsentStore consents;
  final InMemorySubjectStore subjects;
  private final InMemoryBusinessTransferStore businessTransfers;
  private final InMemoryLegalHoldStore legalHolds;
  private final InMemoryObligationStore obligations;
  private final byte[] pseudonymKey = new byte[32];
  private final InMemoryDisclosureStore disclosures;
  private final InMemoryStepStore steps;
  private final InMemoryRequestStore requests;

  private InMemoryStores(AuditChain chain) {
    new SecureRandom().nextBytes(pseudonymKey);
    this.audit = new InMemoryAuditLog(lock, chain);
    this.changes = new InMemoryChangeFeed(lock);
    this.consents = new InMemoryConsentStore(lock, audit, changes);
    this.subjects = new InMemorySubjectStore(lock, audit, changes);
    this.businessTransfers = new InMemoryBusinessTransferStore(lock, audit);
    this.disclosures = new InMemoryDisclosureStore(lock, audit);
    this.steps = new InMemoryStepStore(lock, audit);
    this.legalHolds = new InMemoryLegalHoldStore(lock, audit, changes);
    this.requests = new InMemoryRequestStore(lock, audit);
    this.obligations = new InMemoryObligationStore(lock, audit);
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
    return new InMemoryStores(Objects.requireNonNull(chain, "chain must not be null; use AuditChain.sha256() for the plain chain"));
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

  /** @return a copy of this instance's key: 32 random bytes generated when it was created */
  @Override
  public byte[] pseudonymKey() {
    return pseudonymKey.clone();
  }

  @Override
  public String toString() {
    return "InMemoryStores[" + audit.chain() + "]";
  }

  /** @return the in-memory disclosure log, sharing this instance's lock and audit log */
  @Override
  public DisclosureStore disclosures() {
    return disclosures;
  }

  /** @return the in-memory step store, sharing this instance's lock and audit log */
  @Override
  public StepStore steps() {
    return steps;
  }

  /** @return the in-memory legal-hold register, sharing this instance's lock and audit log */
  @Override
  public LegalHoldStore legalHolds() {
    return legalHolds;
  }

  /** @return the in-memory request store, sharing this instance's lock and audit log */
  @Override
  public RequestStore requests() {
    return requests;
  }

  /** @return the in-memory obligation store, sharing this instance's lock and audit log */
  @Override
  public ObligationStore obligations() {
    return obligations;
  }

  @Override
  public Optional<ChangeFeed> changes() {
    return Optional.of(changes);
  }
}
