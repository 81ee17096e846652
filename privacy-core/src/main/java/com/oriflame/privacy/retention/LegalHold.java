package com.oriflame.privacy.retention;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A legal hold on one subject's data (§6.2, R29): while it is in force, the data it keeps is not
 * destroyed, depersonalized or blocked by retention, and the purposes serving its reason may still
 * use it after the retention period. It keeps the categories it names and those of the purposes it
 * names; a hold naming neither keeps every category a purpose serving its reason uses (as a hold
 * flag on the profile does).
 *
 * <p>Stability: experimental.
 *
 * @param id the hold's id, unique in the register (printable, at most 200 characters, no {@code '/'})
 * @param subject whose data it keeps
 * @param reason why: tax and other legal duties, fraud investigation, open debt, dispute, ...
 * @param caseReference the case, file or claim it belongs to (free text; never printed)
 * @param categories the categories it keeps; may be empty
 * @param purposes the purposes whose categories it keeps; may be empty
 * @param start from when it is in force
 * @param end when it was lifted or runs out; empty while open-ended
 */
public record LegalHold(String id, SubjectId subject, HoldReason reason, String caseReference, Set<CategoryId> categories,
    Set<PurposeId> purposes, Instant start, Optional<Instant> end) {

  /**
   * Checks the fields, copies the sets, keeps instants to the microsecond.
   *
   * @param id the hold's id
   * @param subject whose data it keeps
   * @param reason why
   * @param caseReference the case it belongs to
   * @param categories the categories it keeps
   * @param purposes the purposes whose categories it keeps
   * @param start from when it is in force
   * @param end when it ends; {@code Optional.empty()} while open-ended
   */
  public LegalHold {
    if (id == null || id.isBlank() || id.length() > 200 || id.indexOf('/') >= 0) {
      throw new IllegalArgumentException("legal hold id must be 1 to 200 printable characters without '/', had "
          + (id == null ? "none" : id.length() + " characters"));
    }
    Text.requirePrintable(Text.requireWellFormed(id, "legal hold id"), "legal hold id");
    Objects.requireNonNull(subject, () -> "subject of legal hold '" + id + "' is missing");
    Objects.requireNonNull(reason, () -> "reason of legal hold '" + id + "' is missing");
    if (caseReference == null || caseReference.isBlank()) {
      throw new IllegalArgumentException("legal hold '" + id + "' has no case reference");
    }
    Text.requirePrintable(Text.requireWellFormed(caseReference, "legal hold case reference"), "legal hold case reference");
    categories = Copies.orderedSet(categories, "categories of legal hold '" + id + "'");
    purposes = Copies.orderedSet(purposes, "purposes of legal hold '" + id + "'");
    if (start == null) {
      throw new IllegalArgumentException("legal hold '" + id + "' has no start");
    }
    start = Instants.supported(start, "start of legal hold").truncatedTo(ChronoUnit.MICROS);
    if (end == null) {
      throw new IllegalArgumentException("legal hold '" + id + "': end is missing; Optional.empty() while open-ended");
    }
    end = end.map(e -> Instants.supported(e, "end of legal hold").truncatedTo(ChronoUnit.MICROS));
    if (end.isPresent() && !end.get().isAfter(start)) {
      throw new IllegalArgumentException("legal hold '" + id + "' ends at " + end.get() + ", not after its start " + start);
    }
  }

  /**
   * @param subject whose data the hold keeps
   * @param reason why
   * @param caseReference the case it belongs to
   * @return a builder; the id defaults to a random one, the start to the instant it is placed
   */
  public static Builder builder(SubjectId subject, HoldReason reason, String caseReference) {
    return new Builder(subject, reason, caseReference);
  }

  /**
   * @param at an instant
   * @return whether the hold is in force at {@code at}: from its start (inclusive) to its end (exclusive)
   */
  public boolean activeAt(Instant at) {
    return !at.isBefore(start) && (end.isEmpty() || at.isBefore(end.get()));
  }

  /**
   * @param at when it is lifted
   * @return this hold ending at {@code at}
   */
  public LegalHold endingAt(Instant at) {
    return new LegalHold(id, subject, reason, caseReference, categories, purposes, start, Optional.of(at));
  }

  /**
   * @return the canonical form whose digest the hold's audit record carries: a length-prefixed
   *     encoding of every field
   */
  public String canonical() {
    StringBuilder sb = new StringBuilder(128);
    for (String field : new String[] {id, subject.value(), reason.name(), caseReference,
        categories.stream().map(CategoryId::value).collect(Collectors.joining(",")),
        purposes.stream().map(PurposeId::value).collect(Collectors.joining(",")), start.toString(),
        end.map(Instant::toString).orElse("")}) {
      sb.append(field.length()).append(':').append(field).append(';');
    }
    return sb.toString();
  }

  /** Prints the subject as a pseudonym and the case reference only as its length. */
  @Override
  public String toString() {
    return "LegalHold[id=" + id + ", subject=" + subject + ", reason=" + reason + ", caseReference=" + caseReference.length()
        + " chars, categories=" + categories + ", purposes=" + purposes + ", start=" + start + ", end="
        + end.map(Instant::toString).orElse("open") + "]";
  }

  /** Builds a {@link LegalHold}. */
  public static final class Builder {
    private final SubjectId subject;
    private final HoldReason reason;
    private final String caseReference;
    private String id;
    private Set<CategoryId> categories = Set.of();
    private Set<PurposeId> purposes = Set.of();
    private Instant start;
    private Instant end;

    private Builder(SubjectId subject, HoldReason reason, String caseReference) {
      this.subject = subject;
      this.reason = reason;
      this.caseReference = caseReference;
    }

    /**
     * @param value the hold's id; a random one if not set
     * @return this builder
     */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /**
     * @param value the categories the hold keeps
     * @return this builder
     */
    public Builder categories(Collection<CategoryId> value) {
      this.categories = Copies.orderedSet(Objects.requireNonNull(value, "categories must not be null"), "categories");
      return this;
    }

    /**
     * @param value the purposes whose categories the hold keeps
     * @return this builder
     */
    public Builder purposes(Collection<PurposeId> value) {
      this.purposes = Copies.orderedSet(Objects.requireNonNull(value, "purposes must not be null"), "purposes");
      return this;
    }

    /**
     * @param value from when the hold is in force; the instant it is placed if not set
     * @return this builder
     */
    public Builder from(Instant value) {
      this.start = Objects.requireNonNull(value, "start must not be null");
      return this;
    }

    /**
     * @param value when the hold runs out; open-ended if not set
     * @return this builder
     */
    public Builder until(Instant value) {
      this.end = Objects.requireNonNull(value, "end must not be null");
      return this;
    }

    /**
     * @param defaultStart the start to use if none was set
     * @return the hold
     */
    public LegalHold build(Instant defaultStart) {
      return new LegalHold(id != null ? id : "hold-" + UUID.randomUUID(), subject, reason, caseReference, categories, purposes,
          start != null ? start : defaultStart, Optional.ofNullable(end));
    }

    /** @return the hold; its start must have been set with {@link #from} */
    public LegalHold build() {
      if (start == null) {
        throw new IllegalStateException("the hold's start is not set: call from(...)");
      }
      return build(start);
    }
  }
}
