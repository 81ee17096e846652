package com.oriflame.privacy.spi;

import java.util.Optional;

/**
 * The storage ports one engine uses, sharing one atomicity domain: a change and its audit record
 * commit together. Built by {@code InMemoryStores.create()} or an adapter such as {@code
 * JdbcStores.create(dataSource)}.
 *
 * <p>Stability: stable (a service-provider interface: implement it to store the ledger elsewhere,
 * and pass the contract suites of the core's test-jar).
 */
public interface Stores {
  /** @return the consent ledger's storage */
  ConsentStore consents();

  /** @return the versions of the subjects' profiles */
  SubjectStore subjects();

  /** @return the recorded business transfers */
  BusinessTransferStore businessTransfers();

  /** @return the audit log */
  AuditLog audit();

  /**
   * The secret behind the subjects' keyed pseudonyms (audit records, receipts) when the host sets
   * none: generated once (at least 16 random bytes, 32 recommended), kept with the data, and the
   * same on every call for as long as the data lives, so a receipt fetched after a restart shows
   * the subject reference it was issued with.
   *
   * <p>Contract: every call, from any thread or process sharing the data, returns the same bytes;
   * when several engines start at once on empty stores, exactly one generated key wins and all of
   * them return it. Failures throw {@link StoreException} without the key in the message. The key
   * is never logged.
   *
   * @return a copy of the key, at least 16 bytes
   * @throws StoreException if the key cannot be read or stored
   */
  byte[] pseudonymKey();

  /**
   * The disclosure log and the notices it owes subjects (R22, R40). A default so that stores
   * written before the log existed still compile; they cannot log disclosures.
   *
   * @return the disclosure log's storage
   * @throws UnsupportedOperationException if these stores do not implement {@link DisclosureStore}
   */
  default DisclosureStore disclosures() {
    throw new UnsupportedOperationException(getClass().getName() + " does not implement the DisclosureStore port;"
        + " implement disclosures() to log disclosures (see DisclosureStoreContract)");
  }

  /**
   * The steps of data-subject requests sent to the host's {@link PersonalDataSource}s. A default
   * method, so stores written before this port still compile: they throw until they implement it.
   *
   * @return the step store
   * @throws UnsupportedOperationException if these stores do not implement the {@link StepStore}
   *     port
   */
  default StepStore steps() {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " does not implement the StepStore port (steps());"
        + " implement it, and pass StepStoreContract, to export and erase across data sources");
  }

  /**
   * The legal-hold register and the journal of applied retention actions ({@code
   * PrivacyEngine#retention()}). Stores written before it existed do not override it.
   *
   * @return the legal-hold store
   * @throws UnsupportedOperationException if these stores keep no legal holds
   */
  default LegalHoldStore legalHolds() {
    throw new UnsupportedOperationException("the port LegalHoldStore is not provided by " + getClass().getSimpleName()
        + ": override Stores.legalHolds() to use legal holds and retention");
  }

  /**
   * The data-subject requests and their transitions. A default so that stores written before
   * requests existed still compile; they cannot serve {@code PrivacyEngine#rights()}.
   *
   * @return the request store
   * @throws UnsupportedOperationException if these stores have no {@link RequestStore}
   */
  default RequestStore requests() {
    throw new UnsupportedOperationException("these stores have no RequestStore port (requests): implement Stores.requests()"
        + " to use engine.rights()");
  }

  /**
   * The Consultants' tracked obligations (§7, R31). Stores written before this port existed do
   * not have it; the default throws.
   *
   * @return the obligation store
   * @throws UnsupportedOperationException if these stores have no obligation store
   */
  default ObligationStore obligations() {
    throw new UnsupportedOperationException("these stores (" + getClass().getName() + ") have no ObligationStore: implement"
        + " Stores.obligations() to track Consultants' obligations");
  }

  /**
   * The subjects written since a position ({@link ChangeFeed}), which lets {@code filter} keep its
   * compact decisions valid across campaigns and across other engines' writes. Stores written before
   * the feed existed return empty; the engine then trusts what it kept only for its cache expiry.
   *
   * @return the change feed, if these stores keep one
   */
  default Optional<ChangeFeed> changes() {
    return Optional.empty();
  }
}
