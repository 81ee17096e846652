package com.oriflame.privacy;

import com.oriflame.privacy.retention.ExecutionReport;
import com.oriflame.privacy.retention.LegalHolds;
import com.oriflame.privacy.retention.RetentionPlan;
import com.oriflame.privacy.retention.RetentionProgress;
import com.oriflame.privacy.spi.PersonalDataSource;
import java.time.Instant;
import java.util.Collection;

/**
 * Retention that runs: the legal-hold register, the planner and the executor. Get it from {@code
 * PrivacyEngine#retention()}. It lives beside the facade because it takes the host's {@link
 * PersonalDataSource}s (the ports may not depend back on the {@code retention} values they carry).
 *
 * <pre>{@code
 * RetentionPlan plan = engine.retention().plan(sources);      // what is due now, a dry run
 * reviewer.show(plan.report());                             // for a person: subjects appear as pseudonyms
 * ExecutionReport done = engine.retention().execute(plan, sources, progress -> log(progress));
 * }</pre>
 *
 * <p>Stability: experimental.
 */
public interface Retention {

  /** @return the register of legal holds */
  LegalHolds holds();

  /**
   * Plans as of the engine clock's now; see {@link #plan(Instant, Collection)}.
   *
   * @param sources the host's sources, to map each action's categories to them
   * @return the plan
   */
  RetentionPlan plan(Collection<? extends PersonalDataSource> sources);

  /**
   * Lists every retention action due at {@code at} over every subject with a profile: for each
   * retention rule of the policy whose period ran out for a subject by {@code at} (never before),
   * the rule's action on its categories that no hold in force at {@code at} keeps (R29), mapped to
   * the sources that may hold them. Periods run from the end of the contract (else the account
   * closure), the last activity, the latest date the library knows data could have been collected
   * (the latest of last activity, account closure, contract end, profile versions and ledger events)
   * or, once the account is closed, the withdrawal of a consent to a purpose using the categories.
   * A date the library does not know never starts a period. Reads the stores in batches.
   *
   * @param at the instant to plan for
   * @param sources the host's sources
   * @return the plan
   */
  RetentionPlan plan(Instant at, Collection<? extends PersonalDataSource> sources);

  /**
   * Applies a plan through the sources, in batches of {@code 500} actions; see {@link
   * #execute(RetentionPlan, Collection, int, RetentionProgress)}.
   *
   * @param plan the plan
   * @param sources the sources the plan names
   * @param progress told after each batch
   * @return what was done
   */
  ExecutionReport execute(RetentionPlan plan, Collection<? extends PersonalDataSource> sources, RetentionProgress progress);

  /**
   * Applies a plan through the sources. Each batch of actions is first checked again against the
   * current facts and holds (an action a hold placed since now keeps, or one no longer due, is
   * skipped) and against the journal of applied actions (an action applied before is skipped, so
   * running a plan twice does what running it once does, and a run that stopped half-way resumes).
   * Each remaining action is sent to each of its sources with the key {@code actionId/sourceId/
   * operation}, so a source that got it before the stop does not repeat it; an action whose sources
   * all succeed is journaled with its audit record in one atomic step; a failing source is audited
   * and its action left for the next run.
   *
   * @param plan the plan
   * @param sources the sources the plan names (others are ignored)
   * @param batchSize actions per batch, at least 1
   * @param progress told after each batch
   * @return what was done
   * @throws IllegalArgumentException if a source the plan names is missing
   */
  ExecutionReport execute(RetentionPlan plan, Collection<? extends PersonalDataSource> sources, int batchSize,
      RetentionProgress progress);
}
