package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.AuditTrail;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.spi.AuditLog;
import com.oriflame.privacy.spi.Stores;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The read-only audit trail behind {@link PrivacyEngine#audit()}: the log's reads and the ledger verification. */
final class AuditTrailService implements AuditTrail {
  private static final int PAGE = 1_000;

  private final Stores stores;
  private final SubjectRefs refs;

  AuditTrailService(Stores stores, SubjectRefs refs) {
    this.stores = stores;
    this.refs = refs;
  }

  private AuditLog log() {
    return stores.audit();
  }

  @Override
  public ChainHead head() {
    return log().head();
  }

  @Override
  public List<AuditRecord> read(long fromSequence, int limit) {
    requireSequence(fromSequence);
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, was " + limit);
    }
    return log().read(fromSequence, limit);
  }

  @Override
  public void scan(long fromSequence, Consumer<AuditRecord> records) {
    requireSequence(fromSequence);
    Objects.requireNonNull(records, "records must not be null");
    long last = log().head().sequence();
    long next = fromSequence;
    while (next <= last) {
      List<AuditRecord> page = log().read(next, (int) Math.min(PAGE, last - next + 1));
      if (page.isEmpty()) {
        return;
      }
      page.forEach(records);
      next = page.get(page.size() - 1).sequence() + 1;
    }
  }

  private static void requireSequence(long fromSequence) {
    if (fromSequence < 1) {
      throw new IllegalArgumentException("fromSequence must be at least 1 (the first record), was " + fromSequence);
    }
  }

  @Override
  public VerificationResult verify() {
    return LedgerVerification.verify(stores, null, refs::of);
  }

  @Override
  public VerificationResult verify(ChainHead anchor) {
    return LedgerVerification.verify(stores, Objects.requireNonNull(anchor, "anchor must not be null"), refs::of);
  }

  @Override
  public String toString() {
    return "AuditTrail[" + log().chain() + "]";
  }
}
