package com.oriflame.privacy;

/**
 * Root of every exception this library throws on purpose.
 *
 * <p>Subclasses name what a caller can act on: {@link UnknownIdException} for an id the policy does
 * not define, {@code PolicyFormatException} for a policy file that cannot be read, {@code
 * InvalidPolicyException} for a policy that fails the linter. A refusal to process is never an
 * exception: it is a {@code Decision}.
 *
 * <p>Messages never carry personal data; they name policy ids, files, JSON paths and fields.
 */
public class PrivacyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what was wrong, where, and how to fix it
   */
  public PrivacyException(String message) {
    super(message);
  }

  /**
   * @param message what was wrong, where, and how to fix it
   * @param cause the underlying failure
   */
  public PrivacyException(String message, Throwable cause) {
    super(message, cause);
  }
}
