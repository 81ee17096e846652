package com.oriflame.privacy.rights;

import com.oriflame.privacy.PrivacyException;
import java.util.Objects;

/**
 * A move the lifecycle does not allow from the request's state, e.g. completing a request that
 * was never started, or starting a rectification whose requester's identity is not verified
 * (R28). The message names the request, its state, the move and what is allowed.
 *
 * <p>Stability: experimental.
 */
public final class RequestStateException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  /** Serialized: the request. */
  private final String request;
  /** Serialized: its state. */
  private final RequestState state;
  /** Serialized: the state asked for. */
  private final RequestState attempted;

  /**
   * @param request the request
   * @param state its state
   * @param attempted the state asked for
   * @param message what was wrong and what is allowed
   */
  public RequestStateException(RequestId request, RequestState state, RequestState attempted, String message) {
    super(message);
    this.request = Objects.requireNonNull(request, "request").value();
    this.state = Objects.requireNonNull(state, "state");
    this.attempted = Objects.requireNonNull(attempted, "attempted");
  }

  /** @return the request */
  public RequestId request() {
    return RequestId.of(request);
  }

  /** @return the state the request is in */
  public RequestState state() {
    return state;
  }

  /** @return the state that was asked for */
  public RequestState attempted() {
    return attempted;
  }
}
