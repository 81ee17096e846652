package com.oriflame.privacy.policy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every finding of one {@link PolicyLinter} run.
 *
 * <p>Stability: stable.
 *
 * @param findings all findings, errors first, in a stable order
 */
public record LintReport(List<LintFinding> findings) {

  /**
   * Copies the list.
   *
   * @param findings all findings, errors first, in a stable order
   */
  public LintReport {
    findings = List.copyOf(findings);
  }

  /** @return the findings of severity {@link Severity#ERROR} */
  public List<LintFinding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  /** @return the findings of severity {@link Severity#WARNING} */
  public List<LintFinding> warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }

  /** @return whether any finding is an error */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** @return the distinct codes found */
  public Set<LintCode> codes() {
    EnumSet<LintCode> codes = EnumSet.noneOf(LintCode.class);
    findings.forEach(f -> codes.add(f.code()));
    return codes;
  }

  /**
   * @param atLeast the lowest severity to include ({@link Severity#WARNING} includes all)
   * @return one finding per line
   */
  public String format(Severity atLeast) {
    return findings.stream()
        .filter(f -> f.severity().compareTo(atLeast) <= 0)
        .map(LintFinding::toString)
        .collect(Collectors.joining("\n"));
  }
}
