package com.oriflame.privacy;

/**
 * Root of every exception this library throws on purpose.
 *
 * <p>Subclasses name what a caller can act on:
 *
 * <ul>
 *   <li>{@link UnknownIdException}: an id the policy does not define (with the closest ids);
 *   <li>{@code policy.PolicyFormatException}: a policy file that cannot be read (file, line,
 *       column, JSON path);
 *   <li>{@code policy.InvalidPolicyException}: a policy that fails the linter (the report);
 *   <li>{@code consent.ConsentRejectedException}: a recording the ledger or the subject registry
 *       refuses (a {@code RejectionCode} with the policy rules and clauses behind it);
 *   <li>{@code consent.EventConflictException}: an event id reused with other content;
 *   <li>{@code spi.StoreException}: a store that failed, or stored data that cannot be read (with
 *       the SQLState, never stored values).
 * </ul>
 *
 * <p>Programming errors (a {@code null} argument, a malformed value) stay {@link
 * NullPointerException} and {@link IllegalArgumentException}, with a message naming the argument.
 * A refusal to process is never an exception: it is a {@code Decision}.
 *
 * <p>Messages never carry personal data; they name policy ids, files, JSON paths and fields.
 *
 * <p>Stability: stable.
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
