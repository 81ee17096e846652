package com.oriflame.privacy.policy;

import com.oriflame.privacy.PrivacyException;

/**
 * A policy was read but fails the linter with errors; {@link #report()} lists all findings.
 *
 * <p>Stability: stable.
 */
public final class InvalidPolicyException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  private final transient LintReport report;

  /**
   * @param source where the policy came from
   * @param report the linter's report, with at least one error
   */
  public InvalidPolicyException(String source, LintReport report) {
    super("Policy " + source + " has " + report.errors().size() + " error(s):\n" + report.format(Severity.ERROR));
    this.report = report;
  }

  /** @return every finding of the linter, errors and warnings */
  public LintReport report() {
    return report;
  }
}
