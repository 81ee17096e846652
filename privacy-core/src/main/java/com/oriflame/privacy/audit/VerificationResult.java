package com.oriflame.privacy.audit;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The outcome of verifying an audit chain and the ledger rows it records.
 *
 * <p>Stability: stable.
 *
 * @param intact whether every link holds and every row matches its audit record
 * @param verified how many records were verified before the first broken link (all, if intact)
 * @param firstBroken the sequence number of the first broken link or mismatched record; empty if
 *     intact; for a row that no audit record holds, the sequence after the last record
 * @param problem what is wrong, or {@code ""} if intact; never stored values
 * @param kind what kind of breach, {@link Kind#NONE} if intact
 */
public record VerificationResult(boolean intact, long verified, OptionalLong firstBroken, String problem, Kind kind) {

  /** Kinds of breach. */
  public enum Kind {
    /** Nothing is wrong. */
    NONE,
    /** An audit record was edited, deleted, inserted or reordered, or the head does not match. */
    CHAIN,
    /** An audit record or the chain head cannot be read at all. */
    UNREADABLE,
    /** The log no longer holds the head a host anchored elsewhere. */
    ANCHOR,
    /** A ledger row (consent event, profile version, business transfer) differs from what its audit record recorded. */
    EDITED,
    /** A ledger row its audit record recorded is gone. */
    DELETED,
    /** A ledger row exists that no audit record recorded. */
    FORGED,
    /** A consent event row now belongs to another holder than its audit record says. */
    MOVED
  }

  /**
   * Rejects missing fields and inconsistent combinations.
   *
   * @param intact whether every link holds and every row matches its audit record
   * @param verified how many records were verified
   * @param firstBroken the sequence number of the first broken link; empty exactly when intact
   * @param problem what is wrong, or {@code ""} if intact
   * @param kind what kind of breach, {@link Kind#NONE} if intact
   */
  public VerificationResult {
    Objects.requireNonNull(firstBroken, "firstBroken is missing; OptionalLong.empty() if intact");
    Objects.requireNonNull(problem, "problem is missing");
    Objects.requireNonNull(kind, "kind is missing");
    if (intact != (kind == Kind.NONE)) {
      throw new IllegalArgumentException("a result is intact exactly when its kind is NONE");
    }
    if (intact == firstBroken.isPresent()) {
      throw new IllegalArgumentException("a result names its first broken sequence exactly when it is not intact");
    }
  }

  /**
   * @param verified how many records were verified
   * @return an intact result
   */
  public static VerificationResult passed(long verified) {
    return new VerificationResult(true, verified, OptionalLong.empty(), "", Kind.NONE);
  }

  /**
   * @param kind what kind of breach
   * @param verified how many records were verified before it
   * @param firstBroken the sequence number it concerns
   * @param problem what is wrong, without stored values
   * @return a broken result
   */
  public static VerificationResult broken(Kind kind, long verified, long firstBroken, String problem) {
    return new VerificationResult(false, verified, OptionalLong.of(firstBroken), problem, kind);
  }
}
