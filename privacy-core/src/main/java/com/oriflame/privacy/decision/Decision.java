package com.oriflame.privacy.decision;

import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.PolicyRevision;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answer of the engine: a {@link Permit} or a {@link Deny} of a processing {@link Request}, or
 * a {@link CookieDecision} about a cookie category. Every decision lists every reason (a denial
 * every failing condition), each citing its rule and clauses, with the legal basis relied on and
 * the policy revision (R1); a permit lists the obligations the caller must honour. Decisions are
 * values: a refusal is not an exception.
 *
 * <p>Stability: stable.
 */
public sealed interface Decision permits Decision.Permit, Decision.Deny, CookieDecision {

  /** @return whether the processing may go ahead */
  boolean permitted();

  /** @return the instant decided for */
  Instant at();

  /** @return the legal basis of the purpose or cookie category */
  LegalBasis legalBasis();

  /** @return every reason: for a denial each failing condition, for a permit the grounds relied on */
  List<Reason> reasons();

  /** @return what the caller must do when acting on a permit; empty for a denial */
  List<Obligation> obligations();

  /** @return the policy revision the decision was made under (R1) */
  PolicyRevision revision();

  /** @return what was decided about: the purpose id, or the cookie category id */
  String topic();

  /**
   * @param code a reason code
   * @return whether the decision lists that reason
   */
  default boolean hasReason(ReasonCode code) {
    return reasons().stream().anyMatch(r -> r.code() == code);
  }

  /**
   * @param language the language of the messages and facts
   * @return one line per reason: code, rule, clauses, message and fact
   */
  default String explain(Language language) {
    return (permitted() ? "PERMIT" : "DENY") + " " + topic() + " (" + revision().policyId() + " rev. "
        + revision().version() + ")\n"
        + reasons().stream()
            .map(r -> "  " + r.code() + " " + r.rule() + " " + r.clauses() + " " + r.message().in(language, "") + ": "
                + r.fact(language))
            .collect(Collectors.joining("\n"));
  }

  /**
   * The processing may go ahead, on the obligations listed.
   *
   * <p>{@link #request()} is the request as asked: when it names no instant it was decided for
   * "now" by the engine's clock, and {@link #at()} says which instant that was. A cached check may
   * return the same permit object again for the same request object and instant: it is a value.
   *
   * @param request the request as asked; its instant, if it names one, is {@code at}
   * @param at the instant decided for
   * @param legalBasis the basis relied on
   * @param reasons why: the basis and the facts that satisfy it
   * @param obligations what the caller must do
   * @param revision the policy revision
   */
  record Permit(Request request, Instant at, LegalBasis legalBasis, List<Reason> reasons, List<Obligation> obligations,
      PolicyRevision revision) implements Decision {

    /**
     * Copies lists; rejects missing fields, an instant other than the request's own and a deny
     * reason.
     *
     * @param request the request as asked; its instant, if it names one, is {@code at}
     * @param at the instant decided for
     * @param legalBasis the basis relied on
     * @param reasons why: the basis and the facts that satisfy it
     * @param obligations what the caller must do
     * @param revision the policy revision
     */
    public Permit {
      requireInstant(request, at);
      Objects.requireNonNull(legalBasis, "legalBasis");
      reasons = List.copyOf(reasons);
      boolean permits = !reasons.isEmpty();
      for (int i = 0; i < reasons.size(); i++) {
        permits &= reasons.get(i).code().permits();
      }
      if (!permits) {
        throw new IllegalArgumentException("a permit has at least one reason, and only reasons that permit");
      }
      obligations = List.copyOf(obligations);
      Objects.requireNonNull(revision, "revision");
    }

    /** @return this permit for an equal request (all but the instant) at another instant: the same reasons */
    Permit reusedFor(Request asked, Instant instant) {
      return asked == request && instant.equals(at) ? this
          : new Permit(asked, instant, legalBasis, reasons, obligations, revision);
    }

    @Override
    public boolean permitted() {
      return true;
    }

    @Override
    public String topic() {
      return request.purpose().value();
    }
  }

  /**
   * The processing may not go ahead; {@link #reasons()} lists every failing condition.
   *
   * <p>{@link #request()} is the request as asked; {@link #at()} the instant decided for (the
   * request's own, or "now" by the engine's clock if it names none).
   *
   * @param request the request as asked; its instant, if it names one, is {@code at}
   * @param at the instant decided for
   * @param legalBasis the purpose's basis
   * @param reasons every failing condition (at least one)
   * @param revision the policy revision
   */
  record Deny(Request request, Instant at, LegalBasis legalBasis, List<Reason> reasons, PolicyRevision revision)
      implements Decision {

    /**
     * Copies reasons; rejects missing fields, an instant other than the request's own, an empty
     * reason list and a permit reason.
     *
     * @param request the request as asked; its instant, if it names one, is {@code at}
     * @param at the instant decided for
     * @param legalBasis the purpose's basis
     * @param reasons every failing condition (at least one)
     * @param revision the policy revision
     */
    public Deny {
      requireInstant(request, at);
      Objects.requireNonNull(legalBasis, "legalBasis");
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty() || reasons.stream().anyMatch(r -> r.code().permits())) {
        throw new IllegalArgumentException("a denial has at least one reason, and only reasons that deny");
      }
      Objects.requireNonNull(revision, "revision");
    }

    @Override
    public boolean permitted() {
      return false;
    }

    @Override
    public List<Obligation> obligations() {
      return List.of();
    }

    @Override
    public String topic() {
      return request.purpose().value();
    }
  }

  private static void requireInstant(Request request, Instant at) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(at, "at");
    if (request.instant().isPresent() && !request.instant().get().equals(at)) {
      throw new IllegalArgumentException("at must be the request's own instant when it names one, was " + at + " for a request at "
          + request.instant().get());
    }
  }
}
