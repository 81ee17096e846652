package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.internal.Ids;
import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A recorded transfer of a business or its assets to a named buyer (§3.3): while it is in force,
 * the business-transfer purpose may disclose the transferred subject base to that buyer (R17).
 * Data is never sold or traded on its own (§3.1); this record is the only ground for giving data
 * to a business buyer.
 *
 * <p>Stability: stable.
 *
 * @param id the transfer's id, a dotted lower-case id such as {@code transfer.2025-retail-unit}
 * @param buyer the buyer's legal name (a company, not personal data)
 * @param reference the deal's reference, e.g. the sale and purchase agreement number
 * @param start from when data may go to the buyer
 * @param end when the transfer ended (completed or abandoned); empty while in force
 */
public record BusinessTransfer(String id, String buyer, String reference, Instant start, Optional<Instant> end) {

  /**
   * Checks the fields; keeps instants to the microsecond.
   *
   * @param id the transfer's id
   * @param buyer the buyer's legal name
   * @param reference the deal's reference
   * @param start from when data may go to the buyer
   * @param end when the transfer ended, or {@code Optional.empty()} while in force
   */
  public BusinessTransfer {
    id = Ids.requireDotted(id, "business transfer id");
    if (buyer == null || buyer.isBlank()) {
      throw new IllegalArgumentException("business transfer '" + id + "' names no buyer");
    }
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("business transfer '" + id + "' has no reference to its deal");
    }
    // stored exactly on every store: well-formed Unicode, no control characters (PostgreSQL text holds no NUL)
    Text.requirePrintable(Text.requireWellFormed(buyer, "business transfer buyer"), "business transfer buyer");
    Text.requirePrintable(Text.requireWellFormed(reference, "business transfer reference"), "business transfer reference");
    if (start == null) {
      throw new IllegalArgumentException("business transfer '" + id + "' has no start");
    }
    start = Instants.supported(start, "start of business transfer").truncatedTo(ChronoUnit.MICROS);
    if (end == null) {
      throw new IllegalArgumentException("business transfer '" + id + "': end is missing; Optional.empty() while in force");
    }
    end = end.map(e -> Instants.supported(e, "end of business transfer").truncatedTo(ChronoUnit.MICROS));
    if (end.isPresent() && !end.get().isAfter(start)) {
      throw new IllegalArgumentException("business transfer '" + id + "' ends before it starts");
    }
  }

  /**
   * @param id the transfer's id
   * @param buyer the buyer's legal name
   * @param reference the deal's reference
   * @param start from when data may go to the buyer
   * @return an open transfer
   */
  public static BusinessTransfer open(String id, String buyer, String reference, Instant start) {
    return new BusinessTransfer(id, buyer, reference, start, Optional.empty());
  }

  /**
   * @param at an instant
   * @return whether data may go to the buyer at {@code at}
   */
  public boolean inForceAt(Instant at) {
    return !at.isBefore(start) && (end.isEmpty() || at.isBefore(end.get()));
  }

  /**
   * @param value when it ended (completed or abandoned), after its start; {@code null} for a transfer in force
   * @return this transfer with that end
   */
  public BusinessTransfer withEnd(Instant value) {
    return new BusinessTransfer(id, buyer, reference, start, Optional.ofNullable(value));
  }

  /**
   * @return the canonical form whose digest the transfer's audit record carries: a length-prefixed
   *     encoding of every field
   */
  public String canonical() {
    StringBuilder sb = new StringBuilder(96);
    for (String field : new String[] {id, buyer, reference, start.toString(), end.map(Instant::toString).orElse("")}) {
      sb.append(field.length()).append(':').append(field).append(';');
    }
    return sb.toString();
  }

  /** Prints the reference only as its length: a deal's reference is free text and may name people. */
  @Override
  public String toString() {
    return "BusinessTransfer[id=" + id + ", buyer=" + buyer + ", reference=" + reference.length() + " chars, start="
        + start + ", end=" + end.map(Instant::toString).orElse("null") + "]";
  }
}
