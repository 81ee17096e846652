package com.oriflame.privacy;

import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.disclosure.Disclosure;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PrivacyEngine#disclose} did: the decision, and the logged disclosure if it was
 * permitted. Release the data only when {@link #permitted()}: then the disclosure is on record
 * with its audit record, and a notice to the subject is pending if one is owed (R40).
 *
 * <p>Stability: stable.
 *
 * @param decision the decision (a denial lists every failing condition)
 * @param disclosure the logged disclosure; empty when denied
 */
public record DisclosureOutcome(Decision decision, Optional<Disclosure> disclosure) {

  /**
   * Rejects a permit without a logged disclosure and a logged disclosure without a permit.
   *
   * @param decision the decision
   * @param disclosure the logged disclosure, or {@code Optional.empty()} when denied
   */
  public DisclosureOutcome {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(disclosure, "disclosure");
    if (decision.permitted() != disclosure.isPresent()) {
      throw new IllegalArgumentException("a permitted disclosure is logged, a denied one is not");
    }
  }

  /** @return whether the data may be released: the disclosure is logged */
  public boolean permitted() {
    return disclosure.isPresent();
  }

  /** @return whether a notice to the subject is owed for it (R40) */
  public boolean noticeOwed() {
    return disclosure.map(Disclosure::noticeRequired).orElse(false);
  }
}
