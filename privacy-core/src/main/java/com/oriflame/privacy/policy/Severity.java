package com.oriflame.privacy.policy;

/**
 * How serious a linter finding is.
 *
 * <p>Stability: stable.
 */
public enum Severity {
  /** The policy cannot be used: {@link Policies#load} refuses it. */
  ERROR,
  /** The policy can be used, but something should be looked at. */
  WARNING
}
