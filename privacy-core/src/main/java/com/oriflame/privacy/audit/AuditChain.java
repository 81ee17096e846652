package com.oriflame.privacy.audit;

import com.oriflame.privacy.internal.Pseudonyms;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;

/**
 * The hash chain every {@link com.oriflame.privacy.spi.AuditLog} uses: how a record is encoded
 * canonically, how it is linked to its predecessor, and how a sequence of records is verified.
 *
 * <p>The canonical form is a length-prefixed encoding of sequence, instant (ISO-8601, UTC), action,
 * subject pseudonym, policy version and the sorted details, so no two different records encode
 * alike. {@code hash = hex(SHA-256(previousHash || canonical))}.
 */
public final class AuditChain {
  /** The previous hash of the first record. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /**
   * Links a draft after {@code previous}.
   *
   * @param previous the last record of the log, or {@code null} if the log is empty
   * @param draft the record to append
   * @return the record with its sequence number and hashes
   */
  public static AuditRecord link(AuditRecord previous, AuditDraft draft) {
    return link(previous == null ? ChainHead.EMPTY : ChainHead.of(previous), draft);
  }

  /**
   * Links a draft after the record the head names.
   *
   * @param head the log's current head ({@link ChainHead#EMPTY} for an empty log)
   * @param draft the record to append
   * @return the record with its sequence number and hashes
   */
  public static AuditRecord link(ChainHead head, AuditDraft draft) {
    long sequence = head.sequence() + 1;
    return new AuditRecord(sequence, draft.at(), draft.action(), draft.subjectRef(), draft.policyVersion(),
        draft.details(), head.hash(), hash(head.hash(), sequence, draft));
  }

  /**
   * @param previousHash the previous record's hash
   * @param sequence the record's sequence number
   * @param draft the record's fields
   * @return hex SHA-256 over the previous hash and the canonical form
   */
  public static String hash(String previousHash, long sequence, AuditDraft draft) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      sha.update(canonical(sequence, draft).getBytes(StandardCharsets.UTF_8));
      return Pseudonyms.hex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /**
   * @param sequence the record's sequence number
   * @param draft the record's fields
   * @return the unambiguous encoding that is hashed
   */
  public static String canonical(long sequence, AuditDraft draft) {
    StringBuilder sb = new StringBuilder(128);
    field(sb, Long.toString(sequence));
    field(sb, draft.at().toString());
    field(sb, draft.action());
    field(sb, draft.subjectRef());
    field(sb, draft.policyVersion());
    field(sb, Integer.toString(draft.details().size()));
    for (Map.Entry<String, String> e : draft.details().entrySet()) {
      field(sb, e.getKey());
      field(sb, e.getValue());
    }
    return sb.toString();
  }

  private static void field(StringBuilder sb, String value) {
    sb.append(value.length()).append(':').append(value).append(';');
  }

  /** Verifies records one at a time, in order; feed it every record of a log. */
  public static final class Verifier {
    private long expectedSequence = 1;
    private String expectedPrevious = GENESIS;
    private VerificationResult broken;

    /** A verifier expecting the first record of a log. */
    public Verifier() {}

    /**
     * @param record the next record
     * @return {@code false} once a broken link was found (further records are ignored)
     */
    public boolean accept(AuditRecord record) {
      if (broken != null) {
        return false;
      }
      if (record.sequence() != expectedSequence) {
        broken = VerificationResult.broken(expectedSequence - 1, expectedSequence,
            "expected sequence " + expectedSequence + " but found " + record.sequence() + " (a record was deleted or inserted)");
      } else if (!record.previousHash().equals(expectedPrevious)) {
        broken = VerificationResult.broken(expectedSequence - 1, record.sequence(),
            "record " + record.sequence() + " does not link to its predecessor (records were reordered, deleted or inserted)");
      } else if (!record.hash().equals(hash(record.previousHash(), record.sequence(), record.draft()))) {
        broken = VerificationResult.broken(expectedSequence - 1, record.sequence(),
            "record " + record.sequence() + " was altered: its hash does not match its content");
      } else {
        expectedSequence++;
        expectedPrevious = record.hash();
        return true;
      }
      return false;
    }

    /**
     * @param head the separately stored head of the log
     * @return the result over all records accepted, checked against the head
     */
    public VerificationResult finish(ChainHead head) {
      if (broken != null) {
        return broken;
      }
      long last = expectedSequence - 1;
      if (head.sequence() != last || !head.hash().equals(expectedPrevious)) {
        return VerificationResult.broken(last, Math.min(last, head.sequence()) + 1,
            "the log ends at record " + last + " but its head names record " + head.sequence()
                + (head.sequence() > last ? " (the newest records were deleted)" : " (records were appended around the head)"));
      }
      return VerificationResult.intact(last);
    }
  }

  /**
   * @param records a whole log, in sequence order
   * @param head the separately stored head of the log
   * @return whether the chain is intact, or the first broken link
   */
  public static VerificationResult verify(Iterable<AuditRecord> records, ChainHead head) {
    Verifier v = new Verifier();
    for (AuditRecord r : records) {
      if (!v.accept(r)) {
        break;
      }
    }
    return v.finish(head);
  }
}
