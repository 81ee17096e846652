package com.oriflame.privacy.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a run of {@link PolicyInvariants} found: for each invariant that ran, whether it held, how
 * many tries and checks it had and, for a violation, the shrunk counterexample and the message
 * that says what was violated. Immutable.
 */
public final class InvariantReport {
  private final String policy;
  private final List<Result> results;

  InvariantReport(String policy, List<Result> results) {
    this.policy = policy;
    List<Result> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparing(Result::invariant));
    this.results = List.copyOf(sorted);
  }

  /** How an invariant's run ended. */
  public enum Outcome {
    /** Every try held. */
    HELD,
    /** A try violated it; the result has the shrunk counterexample. */
    VIOLATED,
    /** It did not run to the end, e.g. its generator could not make a scenario. */
    ABORTED
  }

  /** The run of one invariant. */
  public static final class Result {
    private final Invariant invariant;
    private final Outcome outcome;
    private final boolean expected;
    private final int tries;
    private final int checks;
    private final String seed;
    private final Object counterexample;
    private final int shrinkingSteps;
    private final String message;

    Result(Invariant invariant, Outcome outcome, boolean expected, int tries, int checks, String seed, Object counterexample,
        int shrinkingSteps, String message) {
      this.invariant = invariant;
      this.outcome = outcome;
      this.expected = expected;
      this.tries = tries;
      this.checks = checks;
      this.seed = seed;
      this.counterexample = counterexample;
      this.shrinkingSteps = shrinkingSteps;
      this.message = message;
    }

    /** @return the invariant */
    public Invariant invariant() {
      return invariant;
    }

    /** @return how its run ended */
    public Outcome outcome() {
      return outcome;
    }

    /** @return whether it was listed in {@link PolicyInvariants#expectedViolations()} */
    public boolean expected() {
      return expected;
    }

    /** @return how many tries ran (the last one the violating try) */
    public int tries() {
      return tries;
    }

    /** @return how many tries jqwik counted as checks */
    public int checks() {
      return checks;
    }

    /** @return the jqwik seed that reproduces the run, if it reported one */
    public Optional<String> seed() {
      return Optional.ofNullable(seed);
    }

    /** @return the shrunk counterexample of a violation, printed */
    public Optional<String> counterexample() {
      return Optional.ofNullable(counterexample).map(Object::toString);
    }

    /** @return the shrunk scenario of a violation, for the kit's own tests */
    Optional<Scenario> scenario() {
      return counterexample instanceof Scenario s ? Optional.of(s) : Optional.empty();
    }

    /** @return how many steps shrinking took */
    public int shrinkingSteps() {
      return shrinkingSteps;
    }

    /** @return what was violated (or why the run aborted), if anything was */
    public Optional<String> message() {
      return Optional.ofNullable(message);
    }

    /** @return one line: outcome, invariant, tries and checks */
    @Override
    public String toString() {
      return String.format("%-8s %s (%d tries, %d checks)%s", outcome, invariant, tries, checks,
          expected ? ", violation expected" : "");
    }
  }

  /** @return the policy the invariants ran against, id and revision */
  public String policy() {
    return policy;
  }

  /** @return the invariants that ran, in the order of {@link Invariant} */
  public List<Result> results() {
    return results;
  }

  /**
   * @param invariant an invariant
   * @return its result, if it ran
   */
  public Optional<Result> result(Invariant invariant) {
    return results.stream().filter(r -> r.invariant() == invariant).findFirst();
  }

  /** @return the invariants a try violated, expected or not */
  public List<Invariant> violated() {
    return results.stream().filter(r -> r.outcome() == Outcome.VIOLATED).map(Result::invariant).toList();
  }

  /** @return whether every invariant held or was violated as expected, and none aborted */
  public boolean passed() {
    return results.stream().allMatch(r -> r.outcome() == Outcome.HELD && !r.expected()
        || r.outcome() == Outcome.VIOLATED && r.expected());
  }

  /** @return a line per invariant, then each violation's message and counterexample */
  @Override
  public String toString() {
    List<String> lines = new ArrayList<>();
    lines.add("Policy invariants of " + policy + ": " + results.size() + " ran, " + violated().size() + " violated");
    results.forEach(r -> lines.add("  " + r));
    for (Result r : results) {
      if (r.outcome() != Outcome.HELD) {
        lines.add("");
        lines.add(r.outcome() + " " + r.invariant().id() + (r.seed == null ? "" : " (seed " + r.seed + ")") + ":");
        r.message().ifPresent(m -> lines.add(m));
        r.counterexample().ifPresent(c -> lines.add("Shrunk counterexample (" + r.shrinkingSteps() + " steps):\n" + c));
      }
    }
    return String.join("\n", lines);
  }
}
