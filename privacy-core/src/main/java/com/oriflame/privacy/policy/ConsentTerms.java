package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How consent to a consent-based purpose is given, how long it lasts and how it is withdrawn.
 *
 * <p>Stability: stable.
 *
 * @param validity how long a consent lasts after it is given; empty means until withdrawn
 * @param grantChannels channels through which the consent may be given
 * @param withdrawalChannels channels through which it may be withdrawn "at any time" (§6.1)
 * @param grantedByPolicyAcceptance whether accepting the policy (submitting the CAF, §0, §4)
 *     counts as this consent
 */
public record ConsentTerms(
    Optional<Period> validity,
    Set<Channel> grantChannels,
    Set<Channel> withdrawalChannels,
    boolean grantedByPolicyAcceptance) {

  /**
   * Copies collections; rejects a negative or zero validity; a {@code null} Optional is empty.
   *
   * @param validity how long a consent lasts after it is given; empty means until withdrawn
   * @param grantChannels channels through which the consent may be given
   * @param withdrawalChannels channels through which it may be withdrawn "at any time" (§6.1)
   * @param grantedByPolicyAcceptance whether accepting the policy (submitting the CAF, §0, §4)
   *     counts as this consent
   */
  public ConsentTerms {
    validity = Objects.requireNonNullElse(validity, Optional.empty());
    if (validity.isPresent() && (validity.get().isNegative() || validity.get().isZero())) {
      throw new IllegalArgumentException("consent validity must be positive, was " + validity.get());
    }
    grantChannels = Copies.orderedSet(grantChannels, "grant channels");
    withdrawalChannels = Copies.orderedSet(withdrawalChannels, "withdrawal channels");
  }
}
