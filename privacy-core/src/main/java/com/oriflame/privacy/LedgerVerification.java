package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.audit.VerificationResult.Kind;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventCodec;
import com.oriflame.privacy.consent.EventKind;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.ProfileCodec;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.spi.AuditLog;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.spi.StoredRow;
import com.oriflame.privacy.spi.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Proves the ledger, not only the audit chain: after the chain verifies, every consent-event,
 * profile-version, business-transfer, disclosure, legal-hold, Consultant-obligation, data-subject-request (and transition) and source-step row must have its audit record with the same digest of
 * its canonical form, and every audit record's row must exist. Reports the first mismatch by
 * sequence with its kind: edited, deleted, forged or moved.
 *
 * <p>Records written before records carried digests (version 0.1 before this check) prove only
 * the chain: their events are checked for existence, not content, and each such profile record
 * vouches for one profile version valid from the epoch (a migrated V1 profile).
 *
 * <p>Memory: an index of the audit records' digests (about 150 bytes a record); rows are streamed.
 * Rows appended by concurrent writers after the head was read are looked up again before they are
 * called forged.
 */
final class LedgerVerification {
  private static final int PAGE = 1_000;
  private static final Set<String> EVENT_ACTIONS = new HashSet<>();

  static {
    for (EventKind k : EventKind.values()) {
      EVENT_ACTIONS.add(k.type());
    }
  }

  /** One audit record of a ledger row. */
  private record Audited(long sequence, String digest, String subjectRef, String validFrom) {}

  /** One mismatch. */
  private record Finding(Kind kind, long sequence, String problem) {}

  private final Stores stores;
  private final Function<Holder, String> ref;
  private final Map<String, Audited> events = new HashMap<>();
  private final Map<String, Audited> profiles = new HashMap<>();
  private final Set<String> superseded = new HashSet<>();
  private final Map<String, Audited> transfers = new HashMap<>();
  private final Rows disclosures;
  private final Rows holds;
  private final Rows obligations;
  /** Requests and their transitions share one scan: keys {@code id} and {@code id#sequence}. */
  private final Rows requests;
  private final Rows steps;
  private final List<Rows> ported;
  private final List<Finding> findings = new ArrayList<>();
  /**
   * Profile records written before records carried digests: each vouches, unproven, for one
   * profile version valid from the epoch (the versions the V2 migration made of V1 profiles).
   */
  private long legacyProfiles;

  private LedgerVerification(Stores stores, Function<Holder, String> ref) {
    this.stores = stores;
    this.ref = ref;
    this.disclosures = new Rows("disclosure", "disclosure", false, () -> stores.disclosures()::scan);
    this.holds = new Rows("legal hold", "legal hold", false, () -> stores.legalHolds()::scan);
    this.obligations = new Rows("Consultant obligation", "Consultant obligation", true, () -> stores.obligations()::scan);
    this.requests = new Rows("request", "data-subject request", false, () -> stores.requests()::scan);
    this.steps = new Rows("source step", "source step", false, () -> stores.steps()::scan);
    this.ported = List.of(disclosures, holds, obligations, requests, steps);
  }

  /**
   * @param stores the stores
   * @param anchor a head the host kept elsewhere, or {@code null}
   * @param ref the engine's keyed pseudonym of a holder (to tell a moved row from an edited one)
   * @return the chain's own result if it is broken, else the first ledger mismatch, else intact
   */
  static VerificationResult verify(Stores stores, ChainHead anchor, Function<Holder, String> ref) {
    AuditLog log = stores.audit();
    VerificationResult chain;
    try {
      chain = log.verify(anchor);
    } catch (RuntimeException e) {
      // a store that breaks its port's contract still gets an answer, not an exception
      return VerificationResult.broken(Kind.UNREADABLE, 0, 1, "the audit log cannot be read: " + safe(e));
    }
    if (!chain.intact()) {
      return chain;
    }
    try {
      return new LedgerVerification(stores, ref).run(chain.verified());
    } catch (RuntimeException e) {
      return VerificationResult.broken(Kind.UNREADABLE, chain.verified(), chain.verified() + 1,
          "the ledger rows cannot be read: " + safe(e));
    }
  }

  /** A store's own message (written without stored values), else only the exception's type. */
  private static String safe(RuntimeException e) {
    return e instanceof StoreException ? e.getMessage() : e.getClass().getSimpleName();
  }

  private VerificationResult run(long last) {
    index(1, last);
    List<StoredRow> forgedEvents = new ArrayList<>();
    stores.consents().scan(row -> event(row, last, forgedEvents));
    List<StoredRow> forgedProfiles = new ArrayList<>();
    stores.subjects().scan(row -> profile(row, last, forgedProfiles));
    List<StoredRow> forgedTransfers = new ArrayList<>();
    stores.businessTransfers().scan(row -> transfer(row, last, forgedTransfers));
    ported.forEach(rows -> rows.scan(last));
    // rows a concurrent writer added after the head was read: their records follow it
    long now = stores.audit().head().sequence();
    if (now > last && !(forgedEvents.isEmpty() && forgedProfiles.isEmpty() && forgedTransfers.isEmpty()
        && ported.stream().allMatch(Rows::matched))) {
      index(last + 1, now);
      forgedEvents.forEach(row -> event(row, now, null));
      forgedProfiles.forEach(row -> profile(row, now, null));
      forgedTransfers.forEach(row -> transfer(row, now, null));
      ported.forEach(rows -> rows.recheck(now));
    } else {
      forgedEvents.forEach(row -> findings.add(forged("a consent event row", last)));
      forgedProfiles.forEach(row -> findings.add(forged("a profile version row", last)));
      forgedTransfers.forEach(row -> findings.add(forged("a business transfer row", last)));
      ported.forEach(rows -> rows.forged(last));
    }
    events.values().forEach(a -> findings.add(new Finding(Kind.DELETED, a.sequence(),
        "the consent event audit record " + a.sequence() + " recorded has no row any more")));
    profiles.forEach((digest, a) -> {
      if (!superseded.contains(digest)) {
        findings.add(new Finding(Kind.DELETED, a.sequence(), "the profile version audit record " + a.sequence()
            + " recorded has no row any more"));
      }
    });
    transfers.values().forEach(a -> findings.add(new Finding(Kind.DELETED, a.sequence(),
        "the business transfer audit record " + a.sequence() + " recorded has no row any more")));
    ported.forEach(Rows::deleted);
    if (findings.isEmpty()) {
      return VerificationResult.passed(last);
    }
    Finding first = findings.stream().min(Comparator.comparingLong(Finding::sequence)).orElseThrow();
    String more = findings.size() == 1 ? "" : " (" + findings.size() + " mismatches in all)";
    return VerificationResult.broken(first.kind(), Math.max(0, Math.min(last, first.sequence() - 1)), first.sequence(),
        first.problem() + more);
  }

  private static Finding forged(String what, long last) {
    return new Finding(Kind.FORGED, last + 1, what + " exists that no audit record recorded (forged or inserted)");
  }

  /** Indexes the audit records from {@code from} to {@code to}, the latest record of a row winning. */
  private void index(long from, long to) {
    long next = from;
    while (next <= to) {
      List<AuditRecord> page = stores.audit().read(next, (int) Math.min(PAGE, to - next + 1));
      if (page.isEmpty()) {
        break;
      }
      for (AuditRecord r : page) {
        Map<String, String> d = r.details();
        if (EVENT_ACTIONS.contains(r.action()) && d.containsKey("event")) {
          events.put(d.get("event"), new Audited(r.sequence(), d.get("digest"), r.subjectRef(), null));
        } else if (r.action().equals("subject.saved") && !d.containsKey("digest")) {
          legacyProfiles++;
        } else if (r.action().equals("subject.saved")) {
          profiles.put(d.get("digest"), new Audited(r.sequence(), d.get("digest"), r.subjectRef(), d.get("validFrom")));
          if (d.containsKey("replaces")) {
            superseded.add(d.get("replaces"));
          }
        } else if (r.action().equals("business-transfer.recorded") && d.containsKey("transfer")) {
          transfers.put(d.get("transfer"), new Audited(r.sequence(), d.get("digest"), "", null));
        } else if ((r.action().equals(DisclosureService.RECORDED) || r.action().equals(DisclosureService.NOTICE_SENT))
            && d.containsKey("disclosure")) {
          disclosures.audited.put(d.get("disclosure"), new Audited(r.sequence(), d.get("digest"), r.subjectRef(), null));
        } else if ((r.action().equals("legal-hold.placed") || r.action().equals("legal-hold.lifted")) && d.containsKey("hold")) {
          holds.audited.put(d.get("hold"), new Audited(r.sequence(), d.get("digest"), r.subjectRef(), null));
        } else if (r.action().startsWith("consultant.obligation.") && d.containsKey("obligation")) {
          obligations.audited.put(d.get("obligation"), new Audited(r.sequence(), d.get("digest"), r.subjectRef(), null));
        } else if (r.action().startsWith("request.") && d.containsKey("request") && d.containsKey("sequence")) {
          requests.audited.put(d.get("request") + "#" + d.get("sequence"), new Audited(r.sequence(), d.get("digest"),
              r.subjectRef(), null));
          if (d.containsKey("request-digest")) {
            requests.audited.put(d.get("request"), new Audited(r.sequence(), d.get("request-digest"), r.subjectRef(), null));
          }
        } else if (r.action().startsWith("source-step.") && d.containsKey("work")) {
          steps.audited.put(d.get("work") + "/" + d.get("source") + "/" + d.get("step"), new Audited(r.sequence(),
              d.get("digest"), r.subjectRef(), null));
        }
      }
      next = page.get(page.size() - 1).sequence() + 1;
    }
  }

  private void event(StoredRow row, long last, List<StoredRow> unmatched) {
    Audited a = events.remove(row.key());
    if (a == null) {
      if (unmatched != null) {
        unmatched.add(row);
      } else {
        findings.add(forged("a consent event row", last));
      }
      return;
    }
    if (row.problem().isPresent()) {
      findings.add(new Finding(Kind.EDITED, a.sequence(), "the consent event row audit record " + a.sequence()
          + " recorded cannot be read any more: " + row.problem().get()));
    } else if (a.digest() != null && !a.digest().equals(Digests.sha256(row.form()))) {
      Kind kind = Kind.EDITED;
      try {
        ConsentEvent e = EventCodec.read(row.form());
        if (!ref.apply(e.holder()).equals(a.subjectRef())) {
          kind = Kind.MOVED;
        }
      } catch (RuntimeException unreadable) {
        // an edit that broke the form: still an edit
      }
      findings.add(new Finding(kind, a.sequence(), kind == Kind.MOVED
          ? "the consent event row audit record " + a.sequence() + " recorded now belongs to another holder"
          : "the consent event row audit record " + a.sequence() + " recorded was edited"));
    }
  }

  private void profile(StoredRow row, long last, List<StoredRow> unmatched) {
    if (row.problem().isPresent()) {
      findings.add(new Finding(Kind.EDITED, last + 1, "a profile version row cannot be read: " + row.problem().get()));
      return;
    }
    Audited a = profiles.remove(Digests.sha256(row.form()));
    if (a != null) {
      return;
    }
    Audited same = null;
    boolean epoch = false;
    try {
      ProfileVersion v = ProfileCodec.read(row.form());
      epoch = v.validFrom().equals(Instant.EPOCH);
      String subject = ref.apply(v.profile().id());
      String from = v.validFrom().toString();
      for (Audited other : profiles.values()) {
        if (other.subjectRef().equals(subject) && from.equals(other.validFrom())) {
          same = other;
        }
      }
    } catch (RuntimeException unreadable) {
      // compared by digest only
    }
    if (same != null) {
      profiles.remove(same.digest());
      findings.add(new Finding(Kind.EDITED, same.sequence(), "the profile version row audit record " + same.sequence()
          + " recorded was edited"));
    } else if (epoch && legacyProfiles > 0) {
      legacyProfiles--; // a migrated V1 profile, audited before records carried digests: accepted unproven
    } else if (unmatched != null) {
      unmatched.add(row);
    } else {
      findings.add(forged("a profile version row", last));
    }
  }

  private void transfer(StoredRow row, long last, List<StoredRow> unmatched) {
    Audited a = transfers.remove(row.key());
    if (a == null) {
      if (unmatched != null) {
        unmatched.add(row);
      } else {
        findings.add(forged("a business transfer row", last));
      }
      return;
    }
    if (row.problem().isPresent() || (a.digest() != null && !a.digest().equals(Digests.sha256(row.form())))) {
      findings.add(new Finding(Kind.EDITED, a.sequence(), "the business transfer row audit record " + a.sequence()
          + " recorded was edited"));
    }
  }

  /**
   * One kind of row kept by a port that not every {@link Stores} implements, proven by the digest
   * of its canonical form that its latest audit record carries. Rows without an audit record are
   * forged unless a concurrent writer's record follows the head; records without a row are
   * deletions.
   */
  private final class Rows {
    final Map<String, Audited> audited = new HashMap<>();
    private final List<StoredRow> unmatched = new ArrayList<>();
    private final String row;
    private final String record;
    /** Whether an audit record without a digest proves existence only (older records of the kind). */
    private final boolean digestOptional;
    private final Supplier<Consumer<Consumer<StoredRow>>> port;

    Rows(String row, String record, boolean digestOptional, Supplier<Consumer<Consumer<StoredRow>>> port) {
      this.row = row;
      this.record = record;
      this.digestOptional = digestOptional;
      this.port = port;
    }

    void scan(long last) {
      Consumer<Consumer<StoredRow>> scan;
      try {
        scan = port.get();
      } catch (UnsupportedOperationException none) {
        return; // stores written before the port hold none of these rows: nothing to prove
      }
      scan.accept(r -> check(r, last, unmatched));
    }

    boolean matched() {
      return unmatched.isEmpty();
    }

    void recheck(long now) {
      unmatched.forEach(r -> check(r, now, null));
    }

    void forged(long last) {
      unmatched.forEach(r -> findings.add(LedgerVerification.forged("a " + row + " row", last)));
    }

    void deleted() {
      audited.values().forEach(a -> findings.add(new Finding(Kind.DELETED, a.sequence(),
          "the " + record + " audit record " + a.sequence() + " recorded has no row any more")));
    }

    private void check(StoredRow r, long last, List<StoredRow> into) {
      Audited a = audited.remove(r.key());
      if (a == null) {
        if (into != null) {
          into.add(r);
        } else {
          findings.add(LedgerVerification.forged("a " + row + " row", last));
        }
        return;
      }
      boolean unproven = a.digest() == null && digestOptional;
      if (r.problem().isPresent() || !unproven && !Digests.sha256(r.form()).equals(a.digest())) {
        findings.add(new Finding(Kind.EDITED, a.sequence(), "the " + row + " row audit record " + a.sequence()
            + " recorded was edited"));
      }
    }
  }
}
