package com.oriflame.privacy.rights;

import com.oriflame.privacy.policy.ClauseRef;
import java.util.List;
import java.util.Objects;

/**
 * Whether a fee may be charged for a request, and why (R38: access on a written request is free
 * of charge, except when the information is supplied on a tangible medium).
 *
 * <p>Stability: experimental.
 *
 * @param applies whether a fee may be charged
 * @param basis why
 */
public record RequestFee(boolean applies, Basis basis) {

  /**
   * Rejects a missing basis and a basis that contradicts {@code applies}.
   *
   * @param applies whether a fee may be charged
   * @param basis why
   */
  public RequestFee {
    Objects.requireNonNull(basis, "fee basis is missing");
    if (applies != basis.chargeable) {
      throw new IllegalArgumentException("fee basis " + basis + " means applies=" + basis.chargeable + ", was " + applies);
    }
  }

  /**
   * @param basis why
   * @return the fee rule of that basis
   */
  public static RequestFee of(Basis basis) {
    return new RequestFee(Objects.requireNonNull(basis, "basis").chargeable, basis);
  }

  /** Why a fee applies or not. */
  public enum Basis {
    /** Access on a written request, answered electronically or by inspection: free of charge (R38; Art. 17). */
    WRITTEN_ACCESS_FREE(false, List.of("Art. 17", "Art. 15")),
    /** Access answered on a tangible medium (paper, flash drive): the law allows a charge (R38). */
    TANGIBLE_MEDIUM(true, List.of("Art. 17")),
    /**
     * Access asked for other than in writing (by phone): the law's free-of-charge guarantee covers
     * written requests; the policy names no fee, so none is charged [eng].
     */
    NOT_WRITTEN_NO_FEE_IN_POLICY(false, List.of("§6.2")),
    /** Requests other than access: neither the policy nor the law provides for a fee. */
    NO_FEE_FOR_KIND(false, List.of());

    private final boolean chargeable;
    private final List<ClauseRef> clauses;

    Basis(boolean chargeable, List<String> clauses) {
      this.chargeable = chargeable;
      this.clauses = clauses.stream().map(ClauseRef::of).toList();
    }

    /** @return the clauses behind the rule; empty where none provides for a fee */
    public List<ClauseRef> clauses() {
      return clauses;
    }
  }
}
