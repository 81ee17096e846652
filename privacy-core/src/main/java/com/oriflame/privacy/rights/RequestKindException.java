package com.oriflame.privacy.rights;

import com.oriflame.privacy.PrivacyException;
import java.util.Objects;

/**
 * An operation on the host's systems that the request's kind does not ask for, e.g. erasing on an
 * access request. The message names the request, its kind, the operation and the kinds it
 * accepts; nothing is sent to any source and the request does not move.
 *
 * <p>Stability: experimental.
 */
public final class RequestKindException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  /** Serialized: the request. */
  private final String request;
  /** Serialized: its kind. */
  private final RequestKind kind;
  /** Serialized: the operation refused. */
  private final String operation;

  /**
   * @param request the request
   * @param kind its kind
   * @param operation the operation refused, e.g. {@code "erase"}
   * @param message what was wrong and which kinds the operation accepts
   */
  public RequestKindException(RequestId request, RequestKind kind, String operation, String message) {
    super(message);
    this.request = Objects.requireNonNull(request, "request").value();
    this.kind = Objects.requireNonNull(kind, "kind");
    this.operation = Objects.requireNonNull(operation, "operation");
  }

  /** @return the request */
  public RequestId request() {
    return RequestId.of(request);
  }

  /** @return the request's kind */
  public RequestKind kind() {
    return kind;
  }

  /** @return the operation refused */
  public String operation() {
    return operation;
  }
}
