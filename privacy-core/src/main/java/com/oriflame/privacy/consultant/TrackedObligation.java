package com.oriflame.privacy.consultant;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Ids;
import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.DutyId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An obligation on a Consultant with a due instant, created by an event of §7 (R31): the
 * cancellation of their registration (return the entrusted data; destroy it with the media
 * holding it), a verification request from the company (check and report), a query or a suspected
 * breach (answer). It stays open until it is closed with evidence; once past due it is overdue.
 * Every change is audited.
 *
 * <p>Stability: experimental.
 *
 * @param id the obligation's id, a dotted lower-case id such as {@code obligation.5f0c…}
 * @param consultant the Consultant it binds
 * @param duty the policy's duty it carries out, e.g. {@code duty.return-entrusted-data}
 * @param cause what created it
 * @param reference the company's reference for the cause, e.g. the cancellation order or request
 *     number (free text; printed only as its length)
 * @param createdAt when it was created: the instant of the cause (kept to the microsecond)
 * @param dueAt when it falls due: the duty's deadline after {@code createdAt}
 * @param policyVersion the policy revision it was created under (R1)
 * @param closure how it was closed; empty while open
 */
public record TrackedObligation(
    String id,
    SubjectId consultant,
    DutyId duty,
    ObligationCause cause,
    String reference,
    Instant createdAt,
    Instant dueAt,
    String policyVersion,
    Optional<Closure> closure) {

  /**
   * Checks the fields; keeps instants to the microsecond.
   *
   * @param id the obligation's id
   * @param consultant the Consultant it binds
   * @param duty the duty it carries out
   * @param cause what created it
   * @param reference the company's reference for the cause
   * @param createdAt when it was created
   * @param dueAt when it falls due, not before {@code createdAt}
   * @param policyVersion the policy revision it was created under
   * @param closure how it was closed, or {@code Optional.empty()} while open
   */
  public TrackedObligation {
    id = Ids.requireDotted(id, "obligation id");
    String self = id;
    Objects.requireNonNull(consultant, () -> "obligation " + self + ": consultant is missing");
    Objects.requireNonNull(duty, () -> "obligation " + self + ": duty is missing");
    Objects.requireNonNull(cause, () -> "obligation " + self + ": cause is missing");
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("obligation " + id + ": reference is blank; give the cancellation order or request number");
    }
    Text.requirePrintable(Text.requireWellFormed(reference, "obligation reference"), "obligation reference");
    Objects.requireNonNull(createdAt, () -> "obligation " + self + ": createdAt is missing");
    createdAt = Instants.supported(createdAt, "obligation creation").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(dueAt, () -> "obligation " + self + ": dueAt is missing");
    dueAt = Instants.supported(dueAt, "obligation due instant").truncatedTo(ChronoUnit.MICROS);
    if (dueAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("obligation " + id + ": dueAt " + dueAt + " lies before createdAt " + createdAt);
    }
    if (policyVersion == null || policyVersion.isBlank()) {
      throw new IllegalArgumentException("obligation " + id + ": policyVersion is blank (R1)");
    }
    Objects.requireNonNull(closure, () -> "obligation " + self + ": closure is missing; Optional.empty() while open");
  }

  /** @return whether it is still open */
  public boolean open() {
    return closure.isEmpty();
  }

  /**
   * @param at an instant
   * @return where it stands at {@code at}; a closure after {@code at} does not count yet
   */
  public ObligationStatus statusAt(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    if (closure.isPresent() && !closure.get().at().isAfter(at)) {
      return closure.get().at().isAfter(dueAt) ? ObligationStatus.CLOSED_LATE : ObligationStatus.CLOSED;
    }
    return at.isAfter(dueAt) ? ObligationStatus.OVERDUE : ObligationStatus.OPEN;
  }

  /**
   * @param at an instant
   * @return whether it is open and past due at {@code at}
   */
  public boolean overdueAt(Instant at) {
    return statusAt(at) == ObligationStatus.OVERDUE;
  }

  /**
   * @param value how it was closed, not before its creation
   * @return this obligation, closed
   * @throws IllegalStateException if it is closed already
   * @throws IllegalArgumentException if {@code value} lies before its creation
   */
  public TrackedObligation closedWith(Closure value) {
    Objects.requireNonNull(value, "closure must not be null");
    if (closure.isPresent()) {
      throw new IllegalStateException("obligation " + id + " was closed already at " + closure.get().at());
    }
    if (value.at().isBefore(createdAt)) {
      throw new IllegalArgumentException("closure at " + value.at() + " lies before obligation " + id + " was created (" + createdAt
          + ")");
    }
    return new TrackedObligation(id, consultant, duty, cause, reference, createdAt, dueAt, policyVersion, Optional.of(value));
  }

  /**
   * @return the canonical form whose digest the obligation's audit record carries: a
   *     length-prefixed encoding of every field
   */
  public String canonical() {
    StringBuilder sb = new StringBuilder(160);
    for (String field : new String[] {id, consultant.value(), duty.value(), cause.name(), reference, createdAt.toString(),
        dueAt.toString(), policyVersion, closure.map(c -> c.at().toString()).orElse(""), closure.map(Closure::evidence).orElse("")}) {
      sb.append(field.length()).append(':').append(field).append(';');
    }
    return sb.toString();
  }

  /** Prints the Consultant as a pseudonym and free text only as its length. */
  @Override
  public String toString() {
    return "TrackedObligation[id=" + id + ", consultant=" + consultant + ", duty=" + duty + ", cause=" + cause + ", reference="
        + reference.length() + " chars, createdAt=" + createdAt + ", dueAt=" + dueAt + ", rev. " + policyVersion + ", closure="
        + closure.map(Closure::toString).orElse("open") + "]";
  }
}
