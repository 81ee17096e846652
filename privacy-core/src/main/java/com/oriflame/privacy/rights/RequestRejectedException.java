package com.oriflame.privacy.rights;

import com.oriflame.privacy.PrivacyException;
import java.util.Objects;

/**
 * A request that is not accepted as it arrived, with the {@link RequestRejectionCode} saying why.
 * The message names kind, channel and what would be accepted, never personal data.
 *
 * <p>Stability: experimental.
 */
public final class RequestRejectedException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  /** Serialized: why. */
  private final RequestRejectionCode code;

  /**
   * @param code why
   * @param message what was wrong and what would be accepted
   */
  public RequestRejectedException(RequestRejectionCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** @return why the request was not accepted */
  public RequestRejectionCode code() {
    return code;
  }
}
