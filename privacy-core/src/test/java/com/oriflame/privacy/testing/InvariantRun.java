package com.oriflame.privacy.testing;

import com.oriflame.privacy.testing.InvariantReport.Outcome;
import com.oriflame.privacy.testing.InvariantReport.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.lifecycle.AfterContainerHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import net.jqwik.api.lifecycle.FalsifiedSample;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The jqwik hook of {@link PolicyInvariants}: sets each invariant's tries, records its result
 * (tries, checks, shrunk counterexample), turns an expected violation into a pass (and an
 * expected one that held into a failure), and after the container publishes the {@link
 * InvariantReport} and hands it to {@link PolicyInvariants#reported}. Uses jqwik's lifecycle API
 * only (the same jqwik runs, shrinks and reports the properties).
 */
final class InvariantRun implements AroundPropertyHook, AfterContainerHook {
  private static final Map<Class<?>, Run> RUNS = new ConcurrentHashMap<>();

  /** The results of one container so far, and an instance of it to report to. */
  private static final class Run {
    final List<Result> results = new ArrayList<>();
    PolicyInvariants instance;
    String policy = "(policy not read)";
  }

  InvariantRun() {}

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    if (!(context.testInstance() instanceof PolicyInvariants container)) {
      return property.execute();
    }
    Optional<Invariant> invariant = Invariant.ofProperty(context.targetMethod().getName());
    if (invariant.isEmpty()) {
      return property.execute();
    }
    context.attributes().setTries(container.tries(invariant.get()));
    PropertyExecutionResult result = property.execute();
    boolean expected = container.expectedViolations().contains(invariant.get());
    Run run = RUNS.computeIfAbsent(context.containerClass(), k -> new Run());
    synchronized (run) {
      run.instance = container;
      try {
        run.policy = container.checkedPolicy().id() + " rev. " + container.checkedPolicy().version();
      } catch (RuntimeException e) {
        run.policy = "(a policy that cannot be tested: " + e.getMessage().lines().findFirst().orElse("") + ")";
      }
      run.results.add(result(invariant.get(), expected, result));
    }
    if (!expected) {
      return result;
    }
    return switch (result.status()) {
      case FAILED -> result.mapToSuccessful();
      case SUCCESSFUL -> result.mapToFailed(invariant.get().id() + " was expected to be violated, but it held in "
          + result.countTries() + " tries; remove it from expectedViolations()");
      case ABORTED -> result;
    };
  }

  private static Result result(Invariant invariant, boolean expected, PropertyExecutionResult r) {
    Outcome outcome = switch (r.status()) {
      case SUCCESSFUL -> Outcome.HELD;
      case FAILED -> Outcome.VIOLATED;
      case ABORTED -> Outcome.ABORTED;
    };
    // jqwik reports no shrunk sample when the falsifying sample could not shrink (an edge case, often): then it is the original
    Optional<FalsifiedSample> sample = r.shrunkSample().<FalsifiedSample>map(s -> s).or(r::originalSample);
    Object counterexample = sample.map(FalsifiedSample::parameters).filter(p -> !p.isEmpty()).map(p -> p.get(0))
        .or(() -> r.falsifiedParameters().filter(p -> !p.isEmpty()).map(p -> p.get(0))).orElse(null);
    int steps = r.shrunkSample().map(s -> s.countShrinkingSteps()).orElse(0);
    Optional<Throwable> error = sample.flatMap(FalsifiedSample::falsifyingError).or(r::throwable);
    String message = outcome == Outcome.HELD ? null : error.map(e -> String.valueOf(e.getMessage())).orElse(null);
    return new Result(invariant, outcome, expected, r.countTries(), r.countChecks(), r.seed().orElse(null), counterexample,
        steps, message);
  }

  @Override
  public void afterContainer(ContainerLifecycleContext context) {
    Class<?> container = context.optionalContainerClass().orElse(null);
    Run run = container == null ? null : RUNS.remove(container);
    if (run == null) {
      return;
    }
    InvariantReport report;
    synchronized (run) {
      report = new InvariantReport(run.policy, run.results);
    }
    context.reporter().publishValue("policy invariants", "\n" + report);
    run.instance.reported(report);
  }

  /** Close to the property, so that the result it sees is jqwik's own. */
  @Override
  public int aroundPropertyProximity() {
    return 10;
  }
}
