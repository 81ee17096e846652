package com.oriflame.privacy.audit;

import java.util.Objects;

/**
 * The last link of an audit chain, stored apart from the records (a row of its own in a database)
 * so that deleting the newest records is detected too.
 *
 * <p>Stability: stable.
 *
 * @param sequence the sequence number of the last record (0 for an empty log)
 * @param hash the hash of the last record ({@link AuditChain#GENESIS} for an empty log)
 */
public record ChainHead(long sequence, String hash) {

  /** The head of an empty log. */
  public static final ChainHead EMPTY = new ChainHead(0, AuditChain.GENESIS);

  /**
   * Rejects a negative sequence and a missing hash.
   *
   * @param sequence the sequence number of the last record (0 for an empty log)
   * @param hash the hash of the last record ({@link AuditChain#GENESIS} for an empty log)
   */
  public ChainHead {
    if (sequence < 0) {
      throw new IllegalArgumentException("sequence must not be negative");
    }
    Objects.requireNonNull(hash, "hash");
  }

  /**
   * @param record the last record of a chain
   * @return the head after {@code record}
   */
  public static ChainHead of(AuditRecord record) {
    return new ChainHead(record.sequence(), record.hash());
  }
}
