package com.oriflame.privacy.rights;

import com.oriflame.privacy.internal.Text;
import java.util.Objects;
import java.util.UUID;

/**
 * The id of a data-subject request: 1 to 128 characters of well-formed text without {@code '/'}
 * or whitespace, so that it can be the work part of a {@code spi.OperationKey}. Ids the service
 * gives are random UUIDs; a host may pass its own (e.g. its ticket number) to make a retried
 * receipt idempotent.
 *
 * <p>Stability: experimental.
 *
 * @param value the id
 */
public record RequestId(String value) implements Comparable<RequestId> {

  /**
   * Rejects an empty or overlong id, one containing {@code '/'} or whitespace, and malformed text.
   *
   * @param value the id
   */
  public RequestId {
    Objects.requireNonNull(value, "request id is missing");
    if (value.isEmpty() || value.length() > 128) {
      throw new IllegalArgumentException("request id must have 1 to 128 characters, had " + value.length());
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException("request id must not contain '/', whitespace or control characters (index " + i
            + "); it is the work part of an operation key");
      }
    }
    Text.requireWellFormed(value, "request id");
  }

  /**
   * @param value the id
   * @return the request id
   */
  public static RequestId of(String value) {
    return new RequestId(value);
  }

  /** @return a new random (UUID) id */
  public static RequestId random() {
    return new RequestId(UUID.randomUUID().toString());
  }

  @Override
  public int compareTo(RequestId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
