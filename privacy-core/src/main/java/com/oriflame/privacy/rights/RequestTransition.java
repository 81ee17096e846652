package com.oriflame.privacy.rights;

import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * One move of a request's lifecycle, stored and audited; the first is {@link RequestState#RECEIVED}.
 * {@link #toString()} leaves out actor and note: they may hold personal data.
 *
 * <p>Stability: experimental.
 *
 * @param sequence 1 for the receipt, then 2, 3, … in order
 * @param state the state entered
 * @param at when (kept to the microsecond)
 * @param actor who acted: a staff reference of the host, or {@code ""} for the subject or the system
 * @param note free text: how identity was verified, the reasoning of a refusal; {@code ""} if none
 * @param ground the legal ground, present exactly when {@code state} is {@link RequestState#REFUSED}
 */
public record RequestTransition(int sequence, RequestState state, Instant at, String actor, String note,
    Optional<RefusalGround> ground) {

  /**
   * Rejects a sequence below 1, missing fields, malformed text, and a ground on any state but
   * {@link RequestState#REFUSED} or none on it.
   *
   * @param sequence 1 for the receipt, then 2, 3, … in order
   * @param state the state entered
   * @param at when
   * @param actor who acted, or {@code ""}
   * @param note free text, or {@code ""}
   * @param ground the legal ground of a refusal
   */
  public RequestTransition {
    if (sequence < 1) {
      throw new IllegalArgumentException("transition sequence must be 1 or more, was " + sequence);
    }
    Objects.requireNonNull(state, "transition state is missing");
    at = Instants.supported(Objects.requireNonNull(at, "transition instant is missing"), "transition instant")
        .truncatedTo(ChronoUnit.MICROS);
    actor = Text.requireWellFormed(actor == null ? "" : actor, "transition actor");
    note = Text.requireWellFormed(note == null ? "" : note, "transition note");
    ground = Objects.requireNonNullElse(ground, Optional.empty());
    if (ground.isPresent() != (state == RequestState.REFUSED)) {
      throw new IllegalArgumentException(state == RequestState.REFUSED
          ? "a refusal must name its legal ground (a RefusalGround of Art. 15)"
          : "only a refusal names a legal ground, not a move to " + state);
    }
    if (sequence == 1 && state != RequestState.RECEIVED) {
      throw new IllegalArgumentException("the first transition of a request is RECEIVED, was " + state);
    }
  }

  @Override
  public String toString() {
    return "RequestTransition[" + sequence + " " + state + " at " + at + ground.map(g -> " on " + g).orElse("") + "]";
  }
}
