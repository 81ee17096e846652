package com.oriflame.privacy.consent;

import com.oriflame.privacy.PrivacyException;
import java.util.Objects;

/**
 * The ledger or the subject registry refused to record something that could never be valid under
 * the policy: a channel a purpose does not accept, a post-dated withdrawal, a revision the policy
 * does not know, an imported act in the future, ... Nothing was written. {@link #code()} says
 * which refusal it is, with the policy rules and clauses behind it; the message says what was
 * wrong, where, and how to fix it, naming policy ids and instants only (never personal data).
 *
 * <pre>{@code
 * try {
 *   engine.consents().importing(row.at()).grant(subject, sms, evidence);
 * } catch (ConsentRejectedException e) {
 *   report.add(row.number(), e.code(), e.getMessage());   // e.g. GRANT_CHANNEL
 * }
 * }</pre>
 *
 * <p>Stability: stable.
 */
public final class ConsentRejectedException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  /** Serialized: why the recording was refused. */
  private final RejectionCode code;

  /**
   * @param code which refusal
   * @param message what was wrong, where, and how to fix it; no personal data
   */
  public ConsentRejectedException(RejectionCode code, String message) {
    this(code, message, null);
  }

  /**
   * @param code which refusal
   * @param message what was wrong, where, and how to fix it; no personal data
   * @param cause the underlying exception (an {@link com.oriflame.privacy.UnknownIdException} for
   *     {@link RejectionCode#UNKNOWN_ELEMENT}), or {@code null}
   */
  public ConsentRejectedException(RejectionCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** @return which refusal this is, with the policy rules and clauses it enforces */
  public RejectionCode code() {
    return code;
  }
}
