package com.oriflame.privacy.spi;

import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The ledger facts {@link ConsentStore#candidates} narrows a campaign's subjects by: the ones a
 * database can test in one set-based query. The caller (the engine) derives it from the compiled
 * policy; the store knows no policy.
 *
 * <p>For a subject, with {@code G} the effective instants of the events that grant {@link
 * #purpose()} explicitly (a grant naming it, a registration ticking it), {@code A} those of its
 * policy acceptances, {@code W} those of withdrawals of the purpose, and for each blocking objection
 * {@code R} the instants it was raised (an objection, a registration's opt-out box) and {@code L}
 * the instants it was lifted, the subject is <em>ruled out</em> at {@link #at()} when
 *
 * <ul>
 *   <li>{@link #consentRequired()} and neither {@code min G <= at} nor ({@link
 *       #grantedByAcceptance()} and {@code min A <= at}): nothing could have granted the purpose
 *       yet;
 *   <li>or {@link #consentRequired()} and {@code max W <= at} and {@code G} is empty or {@code max W
 *       > max G}: the last withdrawal came after every explicit grant (an acceptance never undoes a
 *       withdrawal);
 *   <li>or, for some blocking objection, {@code max R <= at} and {@code L} is empty or {@code max L
 *       < max R}: the objection is in force.
 * </ul>
 *
 * Every other subject is a candidate. Who acted (R5), expiry and ties between events of one
 * instant are left to the engine, so the candidates are a superset of the subjects the full rules
 * permit, never missing one, provided the query is derived soundly: {@code grantedByAcceptance}
 * whenever registering may grant the purpose, and only objections that deny the purpose whatever
 * the request's recipient; and for events that passed the ledger's checks, where only the
 * acceptance of a registration form carries tick boxes (opt-outs counted as raised).
 *
 * <p>Stability: experimental (the fast path's storage query).
 *
 * @param purpose the purpose asked about
 * @param consentRequired whether the purpose needs a consent in force (legal basis CONSENT);
 *     {@code false} tests objections only
 * @param grantedByAcceptance whether a policy acceptance may grant the purpose by its consent terms
 * @param blockingObjections objections that, in force, deny the purpose for every recipient
 * @param at the instant of the question
 */
public record CandidateQuery(
    PurposeId purpose, boolean consentRequired, boolean grantedByAcceptance, Set<ObjectionId> blockingObjections, Instant at) {

  /**
   * Rejects missing values and copies the set.
   *
   * @param purpose the purpose asked about
   * @param consentRequired whether the purpose needs a consent in force
   * @param grantedByAcceptance whether a policy acceptance may grant the purpose
   * @param blockingObjections objections that deny the purpose for every recipient
   * @param at the instant of the question
   */
  public CandidateQuery {
    Objects.requireNonNull(purpose, "purpose is missing");
    Objects.requireNonNull(blockingObjections, "blockingObjections is missing; Set.of() for none");
    blockingObjections = Set.copyOf(blockingObjections);
    Objects.requireNonNull(at, "at is missing");
  }

  /**
   * @param purpose a consent-based purpose that acceptance does not grant
   * @param at the instant
   * @return a query for subjects whose consent to {@code purpose} may be in force at {@code at}
   */
  public static CandidateQuery consent(PurposeId purpose, Instant at) {
    return new CandidateQuery(purpose, true, false, Set.of(), at);
  }

  /**
   * @param objections objections that deny the purpose for every recipient
   * @return this query, also ruling out subjects with one of {@code objections} in force
   */
  public CandidateQuery blockedBy(Set<ObjectionId> objections) {
    return new CandidateQuery(purpose, consentRequired, grantedByAcceptance, objections, at);
  }
}
