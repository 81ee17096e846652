package com.oriflame.privacy.audit;

import java.util.OptionalLong;

/**
 * The outcome of verifying an audit chain.
 *
 * @param intact whether every link holds
 * @param verified how many records were verified before the first broken link (all, if intact)
 * @param firstBroken the sequence number of the first broken link, or -1 if intact
 * @param problem what is wrong, or {@code ""} if intact
 */
public record VerificationResult(boolean intact, long verified, long firstBroken, String problem) {

  static VerificationResult intact(long verified) {
    return new VerificationResult(true, verified, -1, "");
  }

  static VerificationResult broken(long verified, long firstBroken, String problem) {
    return new VerificationResult(false, verified, firstBroken, problem);
  }

  /** @return the sequence number of the first broken link, if any */
  public OptionalLong firstBrokenSequence() {
    return intact ? OptionalLong.empty() : OptionalLong.of(firstBroken);
  }
}
