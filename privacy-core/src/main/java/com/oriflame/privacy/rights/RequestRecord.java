package com.oriflame.privacy.rights;

import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A recorded data-subject request: what arrived, when and how (R26), the policy revision in force
 * then (R1), its deadline (R27, R37) and fee rule (R38) fixed at receipt, and its lifecycle as the
 * list of its transitions. Immutable; the service returns a new record after each move. {@link
 * #toString()} prints id, kind, state and the subject's pseudonym only.
 *
 * <p>The fields an orchestrator needs: {@link #id()} (its value is the work part of an {@code
 * spi.OperationKey}), {@link #subject()}, {@link #kind()}, {@link #categories()} and {@link
 * #corrections()}.
 *
 * <p>Stability: experimental.
 *
 * @param id the request's id
 * @param kind what is asked for
 * @param subject whom it concerns
 * @param channel how it arrived
 * @param reference a reference into the channel, or {@code ""}
 * @param receivedAt when it arrived (kept to the microsecond)
 * @param policyVersion the policy revision in force when it arrived
 * @param deadline when it must be answered; empty where neither law nor policy sets a deadline
 * @param fee whether a fee may be charged, and why
 * @param medium how an access answer is supplied
 * @param categories the categories asked about; empty means all the subject's data
 * @param corrections the corrected values of a rectification, by category
 * @param objections the objections of an objection
 * @param purposes the purposes of a consent withdrawal
 * @param description what the request says, or {@code ""}
 * @param ledgerEvents the consent-ledger events receiving it recorded (the objection, the withdrawal)
 * @param transitions its lifecycle, oldest first; the first is {@link RequestState#RECEIVED}
 */
public record RequestRecord(
    RequestId id,
    RequestKind kind,
    SubjectId subject,
    Channel channel,
    String reference,
    Instant receivedAt,
    String policyVersion,
    Optional<RequestDeadline> deadline,
    RequestFee fee,
    RequestMedium medium,
    Set<CategoryId> categories,
    Map<CategoryId, String> corrections,
    Set<ObjectionId> objections,
    Set<PurposeId> purposes,
    String description,
    List<EventId> ledgerEvents,
    List<RequestTransition> transitions) {

  /**
   * Copies collections; rejects missing fields and transitions that are not numbered 1, 2, 3, …
   * from a first {@link RequestState#RECEIVED}.
   *
   * @param id the request's id
   * @param kind what is asked for
   * @param subject whom it concerns
   * @param channel how it arrived
   * @param reference a reference into the channel, or {@code ""}
   * @param receivedAt when it arrived
   * @param policyVersion the policy revision in force when it arrived
   * @param deadline when it must be answered, or empty
   * @param fee whether a fee may be charged, and why
   * @param medium how an access answer is supplied
   * @param categories the categories asked about
   * @param corrections the corrected values of a rectification
   * @param objections the objections of an objection
   * @param purposes the purposes of a consent withdrawal
   * @param description what the request says, or {@code ""}
   * @param ledgerEvents the consent-ledger events receiving it recorded
   * @param transitions its lifecycle, oldest first
   */
  public RequestRecord {
    Objects.requireNonNull(id, "request id is missing");
    Objects.requireNonNull(kind, "request kind is missing");
    Objects.requireNonNull(subject, "request subject is missing");
    Objects.requireNonNull(channel, "request channel is missing");
    reference = reference == null ? "" : reference;
    receivedAt = Instants.supported(Objects.requireNonNull(receivedAt, "receipt instant is missing"), "receipt instant")
        .truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(policyVersion, "policy version is missing");
    deadline = Objects.requireNonNullElse(deadline, Optional.empty());
    Objects.requireNonNull(fee, "fee is missing");
    Objects.requireNonNull(medium, "medium is missing");
    categories = Copies.orderedSet(categories, "categories");
    corrections = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(corrections, "corrections")));
    objections = Copies.orderedSet(objections, "objections");
    purposes = Copies.orderedSet(purposes, "purposes");
    description = description == null ? "" : description;
    ledgerEvents = Copies.list(ledgerEvents, "ledger events");
    transitions = Copies.list(transitions, "transitions");
    if (transitions.isEmpty()) {
      throw new IllegalArgumentException("request " + id + " has no transitions; the first is RECEIVED");
    }
    for (int i = 0; i < transitions.size(); i++) {
      if (transitions.get(i).sequence() != i + 1) {
        throw new IllegalArgumentException("request " + id + " transition " + (i + 1) + " has sequence "
            + transitions.get(i).sequence());
      }
    }
  }

  /** @return the current state: that of the last transition */
  public RequestState state() {
    return last().state();
  }

  /** @return the last transition */
  public RequestTransition last() {
    return transitions.get(transitions.size() - 1);
  }

  /** @return whether the requester's identity was verified (R28) */
  public boolean identityVerified() {
    return transitions.stream().anyMatch(t -> t.state() == RequestState.IDENTITY_VERIFIED);
  }

  /** @return the legal ground, if the request was refused */
  public Optional<RefusalGround> refusal() {
    return last().ground();
  }

  /** @return when the request was closed (completed, refused, withdrawn, verification failed or expired) */
  public Optional<Instant> closedAt() {
    return state().terminal() ? Optional.of(last().at()) : Optional.empty();
  }

  /**
   * @param at an instant
   * @return whether the request is open and past its deadline at {@code at} (R27)
   */
  public boolean overdue(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    return !state().terminal() && deadline.map(d -> d.passedAt(at)).orElse(false);
  }

  /** @return whether it was closed after its deadline had passed */
  public boolean closedLate() {
    return closedAt().flatMap(c -> deadline.map(d -> d.passedAt(c))).orElse(false);
  }

  /**
   * @param next the next transition
   * @return this record with it appended
   */
  public RequestRecord with(RequestTransition next) {
    List<RequestTransition> all = new java.util.ArrayList<>(transitions);
    all.add(next);
    return new RequestRecord(id, kind, subject, channel, reference, receivedAt, policyVersion, deadline, fee, medium,
        categories, corrections, objections, purposes, description, ledgerEvents, all);
  }

  @Override
  public String toString() {
    return "RequestRecord[" + id + " " + kind + " of " + subject + ", " + state() + deadline.map(d -> ", due " + d.dueDate())
        .orElse("") + "]";
  }
}
