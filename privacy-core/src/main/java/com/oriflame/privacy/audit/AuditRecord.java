package com.oriflame.privacy.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * One link of the hash-chained audit log: the draft's fields, its sequence number, the previous
 * record's hash and its own hash, {@code SHA-256(previousHash || canonical(record))}; see {@link
 * AuditChain}.
 *
 * <p>Stability: stable.
 *
 * @param sequence position in the log, from 1, without gaps
 * @param at when the audited action happened
 * @param action what happened
 * @param subjectRef the subject's pseudonym, or {@code ""}
 * @param policyVersion the policy revision in force (R1)
 * @param details further fields, sorted by key
 * @param previousHash the previous record's hash (64 zeros for the first)
 * @param hash this record's hash
 */
public record AuditRecord(
    long sequence,
    Instant at,
    String action,
    String subjectRef,
    String policyVersion,
    Map<String, String> details,
    String previousHash,
    String hash) {

  /**
   * Copies details; rejects missing fields.
   *
   * @param sequence position in the log, from 1, without gaps
   * @param at when the audited action happened
   * @param action what happened
   * @param subjectRef the subject's pseudonym, or {@code ""}
   * @param policyVersion the policy revision in force (R1)
   * @param details further fields, sorted by key
   * @param previousHash the previous record's hash (64 zeros for the first)
   * @param hash this record's hash
   */
  public AuditRecord {
    Objects.requireNonNull(at, "at");
    at = at.truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectRef, "subjectRef");
    Objects.requireNonNull(policyVersion, "policyVersion");
    details = new AuditDraft(at, action, subjectRef, policyVersion, details).details();
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
  }

  /** @return the draft this record was made from */
  public AuditDraft draft() {
    return new AuditDraft(at, action, subjectRef, policyVersion, details);
  }
}
