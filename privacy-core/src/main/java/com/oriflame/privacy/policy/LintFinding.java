package com.oriflame.privacy.policy;

import java.util.Objects;

/**
 * One problem {@link PolicyLinter} found.
 *
 * <p>Stability: stable.
 *
 * @param code what kind of problem
 * @param severity how serious it is
 * @param elementId the id of the offending element, e.g. {@code purpose marketing.similar-goods.sms}
 * @param message what is wrong
 * @param hint how to fix it
 */
public record LintFinding(LintCode code, Severity severity, String elementId, String message, String hint) {

  /**
   * Rejects missing fields.
   *
   * @param code what kind of problem
   * @param severity how serious it is
   * @param elementId the id of the offending element, e.g. {@code purpose
   *     marketing.similar-goods.sms}
   * @param message what is wrong
   * @param hint how to fix it
   */
  public LintFinding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(elementId, "elementId");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  @Override
  public String toString() {
    return severity + " " + code + " [" + elementId + "] " + message + " (hint: " + hint + ")";
  }
}
