package com.oriflame.privacy.spi;

import com.oriflame.privacy.PrivacyException;
import java.util.Optional;

/**
 * A storage port failed (the database went away, a constraint was violated, ...), or stored data
 * cannot be read (a row a decoder refuses, a key that is too short). Messages name the operation,
 * table and SQLState, never bound or stored values: they may be personal data. Decisions taken
 * while a store fails are denials (fail closed).
 *
 * <p>Stability: stable.
 */
public class StoreException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  /** Serialized: the SQLState of the underlying database error, or {@code null}. */
  private final String sqlState;

  /**
   * @param message what failed, without personal data
   * @param cause the underlying failure
   */
  public StoreException(String message, Throwable cause) {
    this(message, null, cause);
  }

  /**
   * @param message what failed, without personal data
   * @param sqlState the SQLState of the underlying failure, or {@code null}
   * @param cause the underlying failure
   */
  public StoreException(String message, String sqlState, Throwable cause) {
    super(sqlState == null ? message : message + " (SQLState " + sqlState + ")", cause);
    this.sqlState = sqlState;
  }

  /** @return the SQLState of the underlying failure, if it was a database error */
  public Optional<String> sqlState() {
    return Optional.ofNullable(sqlState);
  }
}
