package com.oriflame.privacy.rights;

import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.CategoryId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One step of a data-subject request's work sent to one {@link com.oriflame.privacy.spi.PersonalDataSource} (or to the
 * library's own ledger), as a {@link com.oriflame.privacy.spi.StepStore} keeps it: which step, how it went, and what the
 * source reported. A step is recorded {@link Status#STARTED} before it is sent, then {@link
 * Status#DONE} or {@link Status#FAILED}; a done step is never sent again for the same {@link
 * OperationKey}, so resuming after a crash does not repeat it.
 *
 * <p>It holds no personal data: categories, counts, the acting staff member's id and the source's
 * failure message (which the {@link com.oriflame.privacy.spi.PersonalDataSource} contract keeps free of personal data).
 *
 * <p>Stability: experimental.
 *
 * @param key work id, source and step name
 * @param status how the step went
 * @param attempts how many times the step was sent, 1 or more
 * @param done the categories the source changed (or exported); empty unless done
 * @param notHeld the categories the source does not hold for the subject; empty unless done
 * @param actor who acted, e.g. the staff member's id for a rectification by staff (R28); {@code ""}
 *     if the library acted on its own; at most 200 characters, no NUL
 * @param failure why the step failed (the exception's type and message); {@code ""} unless failed
 * @param at when the status was recorded (kept to the microsecond)
 */
public record SourceStep(
    OperationKey key,
    Status status,
    int attempts,
    Set<CategoryId> done,
    Set<CategoryId> notHeld,
    String actor,
    String failure,
    Instant at) {

  /** The longest failure message kept, in UTF-16 code units; longer ones are cut. */
  public static final int MAX_FAILURE = 500;

  /** How a step went. */
  public enum Status {
    /** Recorded before the step was sent; still so if the process stopped before the answer. */
    STARTED,
    /** The source answered; its result is recorded and the step is not sent again. */
    DONE,
    /** The source failed; the failure is recorded and the step is sent again on retry. */
    FAILED
  }

  /**
   * Copies the sets; rejects missing fields, fewer than one attempt, categories in a step that is
   * not done, and a failure text on a step that did not fail.
   *
   * @param key work id, source and step name
   * @param status how the step went
   * @param attempts how many times the step was sent, 1 or more
   * @param done the categories the source changed; empty unless done
   * @param notHeld the categories the source does not hold; empty unless done
   * @param actor who acted; {@code ""} if the library acted on its own
   * @param failure why the step failed; {@code ""} unless failed
   * @param at when the status was recorded
   */
  public SourceStep {
    Objects.requireNonNull(key, "key is missing");
    Objects.requireNonNull(status, "status is missing");
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts of step " + key + " must be 1 or more, was " + attempts);
    }
    done = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(done, "done is missing")));
    notHeld = Collections.unmodifiableSet(new LinkedHashSet<>(Objects.requireNonNull(notHeld, "notHeld is missing")));
    actor = Text.requireWellFormed(Objects.requireNonNullElse(actor, ""), "step actor");
    if (actor.length() > 200 || actor.indexOf('\u0000') >= 0) {
      throw new IllegalArgumentException("step actor must have at most 200 characters and no NUL, had " + actor.length());
    }
    // a diagnostic text: NUL (which PostgreSQL text cannot hold) is replaced, not refused
    failure = Objects.requireNonNullElse(failure, "").replace('\u0000', '\uFFFD');
    if (failure.length() > MAX_FAILURE) {
      failure = failure.substring(0, MAX_FAILURE);
      if (Character.isHighSurrogate(failure.charAt(MAX_FAILURE - 1))) {
        failure = failure.substring(0, MAX_FAILURE - 1);
      }
    }
    Text.requireWellFormed(failure, "step failure");
    at = Instants.supported(Objects.requireNonNull(at, "at is missing"), "step instant").truncatedTo(ChronoUnit.MICROS);
    if (status != Status.DONE && !(done.isEmpty() && notHeld.isEmpty())) {
      throw new IllegalArgumentException("step " + key + " is " + status + " but names categories; only a done step has a result");
    }
    if (status != Status.FAILED && !failure.isEmpty()) {
      throw new IllegalArgumentException("step " + key + " is " + status + " but has a failure; only a failed step has one");
    }
  }

  /**
   * @param key the step
   * @param attempts the how-many-th time it is sent
   * @param actor who acts, or {@code ""}
   * @param at now
   * @return the step as recorded before it is sent
   */
  public static SourceStep started(OperationKey key, int attempts, String actor, Instant at) {
    return new SourceStep(key, Status.STARTED, attempts, Set.of(), Set.of(), actor, "", at);
  }

  /**
   * @param result what the source reported
   * @param at now
   * @return this step, done with that result
   */
  public SourceStep done(SourceResult result, Instant at) {
    return new SourceStep(key, Status.DONE, attempts, result.done(), result.notHeld(), actor, "", at);
  }

  /**
   * @param why the failure, without personal data
   * @param at now
   * @return this step, failed
   */
  public SourceStep failed(String why, Instant at) {
    return new SourceStep(key, Status.FAILED, attempts, Set.of(), Set.of(), actor, why, at);
  }

  /** @return the source's result of a done step (empty sets otherwise) */
  public SourceResult result() {
    return new SourceResult(done, notHeld);
  }

  /**
   * The canonical form audit records carry the digest of: every field, each prefixed with its
   * length, so no value can shift into the next.
   *
   * @return the canonical form
   */
  public String canonical() {
    StringBuilder sb = new StringBuilder();
    for (String field : new String[] {key.work(), key.source(), key.step(), status.name(), Integer.toString(attempts),
        ids(done), ids(notHeld), actor, failure, at.toString()}) {
      sb.append(field.length()).append(':').append(field).append(';');
    }
    return sb.toString();
  }

  private static String ids(Set<CategoryId> categories) {
    return categories.stream().map(CategoryId::value).collect(Collectors.joining(","));
  }

  /** Prints key, status and counts only. */
  @Override
  public String toString() {
    return "SourceStep[" + key + ", " + status + ", attempt " + attempts + ", done=" + done.size() + ", notHeld="
        + notHeld.size() + "]";
  }
}
