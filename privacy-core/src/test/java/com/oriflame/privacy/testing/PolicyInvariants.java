package com.oriflame.privacy.testing;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.LintReport;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyLinter;
import com.oriflame.privacy.policy.Severity;
import java.time.Clock;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.PropagationMode;

/**
 * The policy invariants as a jqwik container: extend it, name your policy, and every invariant of
 * {@link Invariant} runs as a jqwik property against an engine built fresh for each try.
 *
 * <pre>{@code
 * class OurPolicyInvariantsTest extends PolicyInvariants {
 *   @Override
 *   protected Policy policy() {
 *     return PolicyReader.read(Path.of("src/main/resources/our-policy.json"));
 *   }
 * }
 * }</pre>
 *
 * <p>Each try generates a scenario from the policy (subjects of every kind with histories the
 * ledger accepts, requests, instants around the edges), records it in a new engine and asserts
 * the invariant. A violation fails the property with jqwik's shrunk counterexample: few events,
 * one request, one-second gaps, every id in clear. After the last property a {@link
 * InvariantReport} says which invariants ran, how many tries and checks each had, and what was
 * violated; jqwik's reporter prints it and {@link #reported} receives it.
 *
 * <p>By default the engine is a {@link PrivacyEngine} on new in-memory stores; override {@link
 * #engine} to test your own configuration (a JDBC store, another zone) or a wrapper of yours.
 * Dates are read in the policy's zone. Runs with jqwik's engine: the test-jar carries no
 * dependencies, so add {@code net.jqwik:jqwik} to your test scope.
 *
 * <p>jqwik 1.10 has no stable way to run and shrink a property outside its engine ({@code
 * Shrinkable.shrink()} is internal API, and generators need a jqwik thread), so the kit is a
 * container that jqwik runs like any other: generation, shrinking, seeds and the failure database
 * are jqwik's own, and the report comes from its lifecycle API ({@code AroundPropertyHook},
 * {@code PropertyExecutionResult}, both "maintained" API).
 */
@AddLifecycleHook(value = InvariantRun.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
public abstract class PolicyInvariants {
  private Policy checked;

  /** For subclasses. */
  protected PolicyInvariants() {}

  /**
   * @return the policy under test; it must lint without errors
   */
  protected abstract Policy policy();

  /**
   * Builds the engine one try records its scenario in and decides with; called once per try (and
   * per shrinking step), so it must start from empty stores.
   *
   * @param policy the policy under test
   * @param clock the clock the engine must use: the kit sets it
   * @return the engine under test; by default a {@link PrivacyEngine} on new in-memory stores
   */
  protected EngineUnderTest engine(Policy policy, Clock clock) {
    return EngineUnderTest.of(PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).clock(clock).build());
  }

  /** @return how many tries each invariant gets (default 100) */
  protected int tries() {
    return 100;
  }

  /** How many tries {@code invariant} gets: {@link #tries()}; the kit's own tests give a broken one more. */
  int tries(Invariant invariant) {
    return tries();
  }

  /**
   * Invariants the policy or engine is known to violate: their violation is reported but does not
   * fail the run, and if one holds after all, the run fails so that the expectation is removed.
   * For a known gap while it is being fixed, and for tests of the kit itself.
   *
   * @return the invariants expected to be violated (default none)
   */
  protected Set<Invariant> expectedViolations() {
    return Set.of();
  }

  /**
   * Receives the report once every invariant ran; override to check more or to keep it. Throwing
   * fails the container.
   *
   * @param report the report
   */
  protected void reported(InvariantReport report) {}

  /** The policy, linted once: a policy with errors cannot be tested, so the run stops at once and says why. */
  final Policy checkedPolicy() {
    if (checked == null) {
      Policy p = policy();
      LintReport lint = PolicyLinter.lint(p);
      if (lint.hasErrors()) {
        throw new IllegalStateException("Policy " + p.id() + " rev. " + p.version()
            + " has lint errors; an engine refuses it, so its invariants cannot be checked. Fix these first:\n"
            + lint.format(Severity.ERROR));
      }
      checked = p;
    }
    return checked;
  }

  private void check(Scenario s) {
    InvariantChecks.run(engine(s.policy(), new MutableClock(s.now())), s);
  }

  /** @return scenarios for {@link Invariant#WITHDRAWAL_WINS} */
  @Provide
  Arbitrary<Scenario> withdrawalScenarios() {
    return Scenarios.of(Invariant.WITHDRAWAL_WINS, checkedPolicy());
  }

  /** @return scenarios for {@link Invariant#OBJECTIONS_BLOCK_MARKETING} */
  @Provide
  Arbitrary<Scenario> objectionScenarios() {
    return Scenarios.of(Invariant.OBJECTIONS_BLOCK_MARKETING, checkedPolicy());
  }

  /** @return scenarios for {@link Invariant#FOREIGN_CATEGORIES_DENIED} */
  @Provide
  Arbitrary<Scenario> foreignCategoryScenarios() {
    return Scenarios.of(Invariant.FOREIGN_CATEGORIES_DENIED, checkedPolicy());
  }

  /** @return scenarios for {@link Invariant#ESSENTIAL_COOKIES_ALLOWED} */
  @Provide
  Arbitrary<Scenario> cookieScenarios() {
    return Scenarios.of(Invariant.ESSENTIAL_COOKIES_ALLOWED, checkedPolicy());
  }

  /** @return scenarios for {@link Invariant#ADVERTISING_AGGREGATES_ONLY} */
  @Provide
  Arbitrary<Scenario> advertisingScenarios() {
    return Scenarios.of(Invariant.ADVERTISING_AGGREGATES_ONLY, checkedPolicy());
  }

  /** @return scenarios for {@link Invariant#MINORS_NEED_GUARDIAN} */
  @Provide
  Arbitrary<Scenario> minorScenarios() {
    return Scenarios.of(Invariant.MINORS_NEED_GUARDIAN, checkedPolicy());
  }

  /** @return scenarios for {@link Invariant#FILTER_AGREES_WITH_CHECK} */
  @Provide
  Arbitrary<Scenario> filterScenarios() {
    return Scenarios.of(Invariant.FILTER_AGREES_WITH_CHECK, checkedPolicy());
  }

  /** @return scenarios for {@link Invariant#NO_LOOK_AHEAD} */
  @Provide
  Arbitrary<Scenario> lookAheadScenarios() {
    return Scenarios.of(Invariant.NO_LOOK_AHEAD, checkedPolicy());
  }

  /**
   * {@link Invariant#WITHDRAWAL_WINS} (R7).
   *
   * @param scenario a history with a withdrawal and requests for its purpose after it
   */
  @Property
  @Tag("R7")
  @Label("withdrawal-wins (R7): a withdrawal denies the purpose from its recorded instant until the next grant")
  void withdrawalWins(@ForAll("withdrawalScenarios") Scenario scenario) {
    check(scenario);
  }

  /**
   * {@link Invariant#OBJECTIONS_BLOCK_MARKETING} (R10).
   *
   * @param scenario a history with every objection raised and marketing requests after it
   */
  @Property
  @Tag("R10")
  @Label("objections-block-marketing (R10): an objection to marketing blocks every marketing-type purpose")
  void objectionsBlockMarketing(@ForAll("objectionScenarios") Scenario scenario) {
    check(scenario);
  }

  /**
   * {@link Invariant#FOREIGN_CATEGORIES_DENIED} (E2, R6).
   *
   * @param scenario a history and requests naming a category outside their purpose
   */
  @Property
  @Tag("E2")
  @Tag("R6")
  @Label("foreign-categories-denied (E2, R6): a category outside the purpose is denied")
  void foreignCategoriesDenied(@ForAll("foreignCategoryScenarios") Scenario scenario) {
    check(scenario);
  }

  /**
   * {@link Invariant#ESSENTIAL_COOKIES_ALLOWED} (R32).
   *
   * @param scenario cookie choices of a subject and a visitor
   */
  @Property
  @Tag("R32")
  @Label("essential-cookies-allowed (R32): strictly necessary cookies are always allowed")
  void essentialCookiesAllowed(@ForAll("cookieScenarios") Scenario scenario) {
    check(scenario);
  }

  /**
   * {@link Invariant#ADVERTISING_AGGREGATES_ONLY} (R13).
   *
   * @param scenario a history and disclosures of rows to advertising recipients
   */
  @Property
  @Tag("R13")
  @Label("advertising-aggregates-only (R13): advertising recipients get aggregates only")
  void advertisingGetsAggregatesOnly(@ForAll("advertisingScenarios") Scenario scenario) {
    check(scenario);
  }

  /**
   * {@link Invariant#MINORS_NEED_GUARDIAN} (R5).
   *
   * @param scenario a minor's history, acts by the guardian and by the minor, and requests while a minor
   */
  @Property
  @Tag("R5")
  @Label("minors-need-guardian (R5): minors need their guardian")
  void minorsNeedTheirGuardian(@ForAll("minorScenarios") Scenario scenario) {
    check(scenario);
  }

  /**
   * {@link Invariant#FILTER_AGREES_WITH_CHECK}.
   *
   * @param scenario subjects and request templates
   */
  @Property
  @Label("filter-agrees-with-check: filter agrees with check")
  void filterAgreesWithCheck(@ForAll("filterScenarios") Scenario scenario) {
    check(scenario);
  }

  /**
   * {@link Invariant#NO_LOOK_AHEAD} (R7, R12).
   *
   * @param scenario a history, requests, and what is recorded to take effect after them
   */
  @Property
  @Tag("R7")
  @Tag("R12")
  @Label("no-look-ahead (R7, R12): a decision at an instant never depends on events recorded later")
  void noLookAhead(@ForAll("lookAheadScenarios") Scenario scenario) {
    check(scenario);
  }
}
