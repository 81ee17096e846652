package com.oriflame.privacy.decision;

import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.PolicyRevision;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answer to a {@link Request}: a {@link Permit} or a {@link Deny}, with every reason (a denial
 * lists every failing condition), each citing its clauses, the legal basis relied on, the policy
 * revision (R1) and, for a permit, the obligations the caller must honour. Decisions are values: a
 * refusal is not an exception.
 */
public sealed interface Decision permits Decision.Permit, Decision.Deny {

  /** @return the request decided, with its instant filled in */
  Request request();

  /** @return whether the processing may go ahead */
  boolean permitted();

  /** @return the legal basis of the purpose */
  LegalBasis legalBasis();

  /** @return every reason: for a denial each failing condition, for a permit the basis relied on */
  List<Reason> reasons();

  /** @return what the caller must do when acting on a permit; empty for a denial */
  List<Obligation> obligations();

  /** @return the policy revision the decision was made under (R1) */
  PolicyRevision revision();

  /**
   * @param language the language of the messages
   * @return one line per reason: code, clauses, message and fact
   */
  default String explain(Language language) {
    return (permitted() ? "PERMIT" : "DENY") + " " + request().purpose() + " (" + revision().policyId() + " rev. "
        + revision().version() + ")\n"
        + reasons().stream()
            .map(r -> "  " + r.code() + " " + r.clauses() + " " + r.message().in(language, "") + ": " + r.fact())
            .collect(Collectors.joining("\n"));
  }

  /**
   * The processing may go ahead, on the obligations listed.
   *
   * @param request the request
   * @param legalBasis the basis relied on
   * @param reasons why: the basis and the facts that satisfy it
   * @param obligations what the caller must do
   * @param revision the policy revision
   */
  record Permit(Request request, LegalBasis legalBasis, List<Reason> reasons, List<Obligation> obligations, PolicyRevision revision)
      implements Decision {

    /** Copies lists; rejects missing fields. */
    public Permit {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(legalBasis, "legalBasis");
      reasons = List.copyOf(reasons);
      obligations = List.copyOf(obligations);
      Objects.requireNonNull(revision, "revision");
    }

    @Override
    public boolean permitted() {
      return true;
    }
  }

  /**
   * The processing may not go ahead; {@link #reasons()} lists every failing condition.
   *
   * @param request the request
   * @param legalBasis the purpose's basis
   * @param reasons every failing condition (at least one)
   * @param revision the policy revision
   */
  record Deny(Request request, LegalBasis legalBasis, List<Reason> reasons, PolicyRevision revision) implements Decision {

    /** Copies reasons; rejects missing fields and an empty reason list. */
    public Deny {
      Objects.requireNonNull(request, "request");
      Objects.requireNonNull(legalBasis, "legalBasis");
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("a denial has at least one reason");
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

    /**
     * @param code a reason code
     * @return whether the denial lists that reason
     */
    public boolean hasReason(ReasonCode code) {
      return reasons.stream().anyMatch(r -> r.code() == code);
    }
  }
}
