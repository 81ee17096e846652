package com.oriflame.privacy.audit;

import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.internal.Pseudonyms;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;

/**
 * The hash chain every {@link com.oriflame.privacy.spi.AuditLog} uses: how a record is encoded
 * canonically, how it is linked to its predecessor, and how a sequence of records is verified.
 *
 * <p>The canonical form is a length-prefixed encoding of sequence, instant (ISO-8601, UTC), action,
 * subject pseudonym, policy version and the sorted details, so no two different records encode
 * alike. The plain chain ({@link #sha256()}) links {@code hash = hex(SHA-256(previousHash ||
 * canonical))}: it detects any edit, deletion, insertion or reordering that does not also rewrite
 * every later record and the head. The keyed chain ({@link #hmacSha256(byte[])}) links with
 * HMAC-SHA-256 under a key the host holds outside the database, so someone with write access to
 * the records and the head cannot rewrite the tail either. A host may also anchor the head
 * elsewhere and verify against it ({@code AuditLog.verify(ChainHead)}). Thread-safe.
 *
 * <p>Stability: stable.
 */
public final class AuditChain {
  /** The previous hash of the first record. */
  public static final String GENESIS = "0".repeat(64);

  private static final AuditChain SHA_256 = new AuditChain(null);

  private final byte[] key;
  private final ThreadLocal<Mac> macs;

  private AuditChain(byte[] key) {
    this.key = key;
    this.macs = key == null ? null : ThreadLocal.withInitial(() -> Digests.hmacSha256(key));
  }

  /** @return the plain chain: SHA-256 over the previous hash and the canonical form */
  public static AuditChain sha256() {
    return SHA_256;
  }

  /**
   * @param key a secret of at least 32 bytes, held by the host outside the stores (a vault, an
   *     environment variable); the same key must verify what it linked
   * @return the keyed chain: HMAC-SHA-256 under {@code key}
   */
  public static AuditChain hmacSha256(byte[] key) {
    Objects.requireNonNull(key, "audit key");
    if (key.length < 32) {
      throw new IllegalArgumentException("the audit key must have at least 32 bytes, had " + key.length);
    }
    return new AuditChain(key.clone());
  }


  /** @return whether the chain is keyed (HMAC) rather than plain */
  public boolean keyed() {
    return key != null;
  }

  /**
   * Links a draft after the record the head names.
   *
   * @param head the log's current head ({@link ChainHead#EMPTY} for an empty log)
   * @param draft the record to append
   * @return the record with its sequence number and hashes
   */
  public AuditRecord link(ChainHead head, AuditDraft draft) {
    long sequence = head.sequence() + 1;
    return new AuditRecord(sequence, draft.at(), draft.action(), draft.subjectRef(), draft.policyVersion(),
        draft.details(), head.hash(), hash(head.hash(), sequence, draft));
  }

  /**
   * @param previousHash the previous record's hash
   * @param sequence the record's sequence number
   * @param draft the record's fields
   * @return hex SHA-256 (or HMAC-SHA-256) over the previous hash and the canonical form
   */
  public String hash(String previousHash, long sequence, AuditDraft draft) {
    byte[] previous = previousHash.getBytes(StandardCharsets.US_ASCII);
    byte[] body = canonical(sequence, draft).getBytes(StandardCharsets.UTF_8);
    if (key != null) {
      Mac mac = macs.get();
      mac.update(previous);
      return Pseudonyms.hex(mac.doFinal(body));
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(previous);
      return Pseudonyms.hex(sha.digest(body));
    } catch (GeneralSecurityException e) {
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

  /** @return a verifier expecting the first record of a log linked by this chain */
  public Verifier verifier() {
    return new Verifier(this);
  }

  /**
   * @param records a whole log, in sequence order
   * @param head the separately stored head of the log
   * @return whether the chain is intact, or the first broken link
   */
  public VerificationResult verify(Iterable<AuditRecord> records, ChainHead head) {
    Verifier v = verifier();
    for (AuditRecord r : records) {
      if (!v.accept(r)) {
        break;
      }
    }
    return v.finish(head);
  }

  @Override
  public String toString() {
    return key == null ? "AuditChain[SHA-256]" : "AuditChain[HMAC-SHA-256]";
  }

  /** Verifies records one at a time, in order; feed it every record of a log. */
  public static final class Verifier {
    private final AuditChain chain;
    private long expectedSequence = 1;
    private String expectedPrevious = GENESIS;
    private VerificationResult broken;
    private ChainHead anchor;

    private Verifier(AuditChain chain) {
      this.chain = chain;
    }

    /**
     * Also checks that the log still holds the anchored head: a record with its sequence and hash.
     *
     * @param value a head the host kept elsewhere
     * @return this verifier
     */
    public Verifier anchoredAt(ChainHead value) {
      this.anchor = value;
      return this;
    }

    /**
     * @param record the next record
     * @return {@code false} once a broken link was found (further records are ignored)
     */
    public boolean accept(AuditRecord record) {
      if (broken != null) {
        return false;
      }
      if (record.sequence() != expectedSequence) {
        broken = VerificationResult.broken(VerificationResult.Kind.CHAIN, expectedSequence - 1, expectedSequence,
            "expected sequence " + expectedSequence + " but found " + record.sequence() + " (a record was deleted or inserted)");
      } else if (!record.previousHash().equals(expectedPrevious)) {
        broken = VerificationResult.broken(VerificationResult.Kind.CHAIN, expectedSequence - 1, record.sequence(),
            "record " + record.sequence() + " does not link to its predecessor (records were reordered, deleted or inserted)");
      } else if (!record.hash().equals(chain.hash(record.previousHash(), record.sequence(), record.draft()))) {
        broken = VerificationResult.broken(VerificationResult.Kind.CHAIN, expectedSequence - 1, record.sequence(),
            "record " + record.sequence() + " was altered: its hash does not match its content");
      } else if (anchor != null && record.sequence() == anchor.sequence() && !record.hash().equals(anchor.hash())) {
        broken = VerificationResult.broken(VerificationResult.Kind.ANCHOR, expectedSequence - 1, record.sequence(),
            "record " + record.sequence() + " is not the record the anchor names: the chain was rewritten up to it");
      } else {
        expectedSequence++;
        expectedPrevious = record.hash();
        return true;
      }
      return false;
    }

    /**
     * Reports a record that could not be read at all (its stored fields no longer parse).
     *
     * @param sequence the record's sequence number
     * @param why what is wrong, without the stored values
     */
    public void unreadable(long sequence, String why) {
      if (broken == null) {
        broken = VerificationResult.broken(VerificationResult.Kind.UNREADABLE, expectedSequence - 1, sequence,
            "record " + sequence + " cannot be read: " + why);
      }
    }

    /**
     * @param head the separately stored head of the log
     * @return the result over all records accepted, checked against the head (and the anchor)
     */
    public VerificationResult finish(ChainHead head) {
      if (broken != null) {
        return broken;
      }
      long last = expectedSequence - 1;
      if (head.sequence() != last || !head.hash().equals(expectedPrevious)) {
        return VerificationResult.broken(VerificationResult.Kind.CHAIN, last, Math.min(last, head.sequence()) + 1,
            "the log ends at record " + last + " but its head names record " + head.sequence()
                + (head.sequence() > last ? " (the newest records were deleted)" : " (records were appended around the head)"));
      }
      if (anchor != null && anchor.sequence() > last) {
        return VerificationResult.broken(VerificationResult.Kind.ANCHOR, last, last + 1,
            "the anchor names record " + anchor.sequence() + " but the log ends at record " + last + " (records were deleted)");
      }
      return VerificationResult.passed(last);
    }
  }
}
