package com.oriflame.privacy.rights;

import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.RightKind;
import java.util.List;
import java.util.Optional;

/**
 * What a data-subject request asks for. The subject's rights map to the policy's {@link
 * RightKind}s, whose {@code SubjectRight} names the channels and the deadline; withdrawal of
 * consent follows the purposes' consent terms; requests of the authority and the Ombudsman come
 * from the law (Art. 17(g), R37).
 *
 * <p>Stability: experimental. Constants may be added before 1.0.
 */
public enum RequestKind {
  /** Confirmation that data is held and a copy of it (§6.2; Law Art. 17(e); R27, R38). */
  ACCESS(RightKind.ACCESS, List.of("§6.2", "Art. 17(e)", "Art. 15")),
  /** Rectification (clarification) of data (§6.2; R28). */
  RECTIFICATION(RightKind.RECTIFICATION, List.of("§6.2")),
  /** Erasure (deletion) of data (§6.2; R28). */
  ERASURE(RightKind.ERASURE, List.of("§6.2")),
  /** Blocking (restriction) of incomplete, outdated, inaccurate, unlawful or unnecessary data (R39). */
  BLOCKING(RightKind.BLOCKING, List.of("§2")),
  /** Closing the account within one working day (§6.2; R27, R29). */
  ACCOUNT_CLOSURE(RightKind.ACCOUNT_CLOSURE, List.of("§6.2")),
  /**
   * Objection to marketing, third-party marketing or network sharing (§6.1, §3.3); receiving it
   * raises the objection in the consent ledger at once (R10, R12).
   */
  OBJECTION(RightKind.OBJECTION, List.of("§6.1", "§3.3")),
  /** Withdrawal of consent to consent-based purposes; receiving it records the withdrawal at once (R7). */
  CONSENT_WITHDRAWAL(null, List.of("§2", "§6.1")),
  /** A complaint of a breach of the policy, investigated promptly and tracked to closure (§10; R35). */
  COMPLAINT(RightKind.COMPLAINT, List.of("§10")),
  /** A request of the authorized state body (the State Agency) for information, within a week (Art. 17(g); R37). */
  AUTHORITY_REQUEST(null, List.of("Art. 17(g)")),
  /** A request of the Ombudsman (Akyikatchy) for information, within a week (Art. 17(g); R37). */
  OMBUDSMAN_REQUEST(null, List.of("Art. 17(g)"));

  private final RightKind right;
  private final List<ClauseRef> clauses;

  RequestKind(RightKind right, List<String> clauses) {
    this.right = right;
    this.clauses = clauses.stream().map(ClauseRef::of).toList();
  }

  /** @return the policy's right behind this kind; empty for consent withdrawal and the authorities' requests */
  public Optional<RightKind> right() {
    return Optional.ofNullable(right);
  }

  /** @return the policy clauses and law articles behind this kind */
  public List<ClauseRef> clauses() {
    return clauses;
  }

  /** @return whether the request comes from a public body (the Agency or the Ombudsman) rather than the subject */
  public boolean fromAuthority() {
    return this == AUTHORITY_REQUEST || this == OMBUDSMAN_REQUEST;
  }
}
