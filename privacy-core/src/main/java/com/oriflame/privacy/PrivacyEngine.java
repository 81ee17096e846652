package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.audit.AuditTrail;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentLedger;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.PolicyChanges;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectRegistry;
import com.oriflame.privacy.consultant.ConsultantDuties;
import com.oriflame.privacy.decision.CookieDecision;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.DecisionEngine;
import com.oriflame.privacy.decision.DecisionSpan;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.decision.SubjectRecord;
import com.oriflame.privacy.decision.SubjectSnapshot;
import com.oriflame.privacy.disclosure.AggregateReport;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.disclosure.BusinessTransfers;
import com.oriflame.privacy.disclosure.Disclosure;
import com.oriflame.privacy.disclosure.Disclosures;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CookieCategory;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.CookieKind;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeTrait;
import com.oriflame.privacy.retention.LegalHold;
import com.oriflame.privacy.rights.RightsService;
import com.oriflame.privacy.rights.WorkingCalendar;
import com.oriflame.privacy.spi.CandidateQuery;
import com.oriflame.privacy.spi.LegalHoldStore;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade: one policy, one set of stores, one clock, one zone.
 *
 * <pre>{@code
 * PrivacyEngine engine = PrivacyEngine.builder()
 *     .policy(Policies.oriflameKyrgyzstan2017())
 *     .stores(InMemoryStores.create())          // or JdbcStores.create(dataSource)
 *     .build();                                 // clock: system; zone: the policy's (Asia/Bishkek)
 * engine.consents().register(subject, Registration.through(Evidence.of(Channel.CAF_PAPER, "CAF 000123")).consentingTo(sms));
 * Decision d = engine.check(Request.of(subject, sms, policy.categories("contact.mobile-phone")).withProductLine("skin-care"));
 * }</pre>
 *
 * <p>Thread-safe. {@link #check} never throws for trouble in a store: it denies with {@link
 * ReasonCode#STORE_UNAVAILABLE} and logs (fail closed). Unknown ids in a request are host errors
 * and throw {@link UnknownIdException}. Dates (ages, periods, the dates in facts) are read in the
 * engine's zone: the policy's, unless the builder sets another.
 *
 * <p>Stability: stable.
 */
public final class PrivacyEngine {
  private static final Logger log = LoggerFactory.getLogger(PrivacyEngine.class);
  /** Subjects whose records filter reads per round: one statement per table on a database (its key batch). */
  private static final int BATCH = 10_000;
  /** The shortest pseudonym key accepted, in bytes. */
  static final int MIN_PSEUDONYM_KEY_BYTES = 16;
  /** Subjects whose snapshots {@link #check} keeps unless the builder says otherwise. */
  static final int DEFAULT_CACHE_SIZE = 100_000;
  /** How long a snapshot is used unless the builder says otherwise. */
  static final Duration DEFAULT_CACHE_EXPIRY = Duration.ofSeconds(1);

  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final ZoneId zone;
  private final boolean auditDecisions;
  private final DecisionEngine decisions;
  private final LedgerService ledger;
  private final RegistryService registry;
  private final BusinessTransferService transfers;
  private final AuditTrailService audit;
  private final SubjectCache cache;
  /** Makes stale what other engines and processes wrote, before each campaign (the stores' change feed). */
  private final ChangeFollower changes;
  /** The register of legal holds, or {@code null} if the stores keep none (then decisions see no register holds). */
  private final LegalHoldStore holdStore;
  private final RetentionService retention;
  /** Business transfers for one check: a decision asks for them at most once, so they are not memoised. */
  private final Supplier<List<BusinessTransfer>> transfersRead = this::readTransfers;
  private final DisclosureService disclosureLog;
  private final HostSystemsService hostSystems;

  private PrivacyEngine(Builder b) {
    if (b.policy == null) {
      throw new IllegalStateException("policy is missing: call policy(...), e.g. with Policies.oriflameKyrgyzstan2017()");
    }
    if (b.stores == null) {
      throw new IllegalStateException("stores are missing: call stores(...), e.g. with InMemoryStores.create()");
    }
    this.stores = b.stores;
    this.zone = b.zone != null ? b.zone : b.policy.zone();
    this.clock = b.clock;
    this.decisions = DecisionEngine.of(b.policy, zone);
    this.policy = decisions.policy();
    this.auditDecisions = b.auditDecisions;
    this.cache = new SubjectCache(b.cacheSize, b.cacheExpiry.toNanos(), b.ticker);
    this.changes = new ChangeFollower(stores.changes().orElse(null), cache);
    SubjectRefs refs = new SubjectRefs(b.pseudonymKey, stores);
    this.ledger = new LedgerService(policy, stores, clock, zone, refs, cache);
    this.registry = new RegistryService(policy, stores, clock, ledger::ref, cache);
    this.transfers = new BusinessTransferService(policy, stores, clock);
    this.audit = new AuditTrailService(stores, refs);
    this.disclosureLog = new DisclosureService(policy, stores, clock, ledger::ref);
    this.holdStore = legalHoldStore(stores);
    this.retention = holdStore == null ? null : new RetentionService(policy, stores, holdStore, clock, zone, ledger::ref,
        new LegalHoldService(policy, holdStore, clock, ledger::ref, cache::refresh));
    this.rights = new RequestService(policy, stores, clock, zone, ledger, b.workingCalendar);
    this.hostSystems = new HostSystemsService(policy, stores, clock, zone, ledger::ref, b.dataSources,
        b.exportDisclosures != null ? b.exportDisclosures : loggedDisclosures(disclosureLog, stores),
        ledger, registry, rights);
  }

  /**
   * Access exports list what the disclosure log holds about the subject (Law Art. 17, §3), when the
   * stores keep the log; otherwise exports say that disclosures are not known.
   */
  private static com.oriflame.privacy.rights.ExportDisclosures loggedDisclosures(Disclosures log, Stores stores) {
    try {
      stores.disclosures();
    } catch (UnsupportedOperationException none) {
      return null;
    }
    return subject -> {
      List<com.oriflame.privacy.rights.AccessExport.Disclosure> out = new ArrayList<>();
      for (Disclosure d : log.about(subject)) {
        List<com.oriflame.privacy.policy.ClauseRef> clauses = new ArrayList<>();
        d.reasons().forEach(c -> clauses.addAll(c.clauses()));
        String to = d.party().map(p -> d.recipient().value() + " (" + p + ")").orElse(d.recipient().value())
            + d.destinationCountry().map(c -> ", " + c).orElse("");
        out.add(new com.oriflame.privacy.rights.AccessExport.Disclosure(to, d.at(), d.categories(),
            Optional.of(d.purpose()), clauses));
      }
      return out;
    };
  }

  /** @return the stores' legal-hold port, or {@code null} for stores written before it existed */
  private static LegalHoldStore legalHoldStore(Stores stores) {
    try {
      return stores.legalHolds();
    } catch (UnsupportedOperationException e) {
      return null;
    }
  }

  /** @return the subject's register holds; none if the stores keep no register */
  private List<LegalHold> holdsOf(SubjectId subject) {
    return holdStore == null ? List.of() : holdStore.forSubjects(List.of(subject)).getOrDefault(subject, List.of());
  }

  /** @return a builder; policy and stores are required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the policy decisions are made under */
  public Policy policy() {
    return policy;
  }

  /** @return the zone dates are read in: the policy's unless the builder set another */
  public ZoneId zone() {
    return zone;
  }

  /** @return the consent ledger: record registrations, grants, withdrawals, objections, cookie choices */
  public ConsentLedger consents() {
    return ledger;
  }

  /** @return the subjects' profiles the decisions read, with their history */
  public SubjectRegistry subjects() {
    return registry;
  }

  /** @return the register of business transfers, the only ground for disclosing to a buyer (R17) */
  public BusinessTransfers businessTransfers() {
    return transfers;
  }

  /**
   * The audit trail, read-only: its head, its records and their verification. Records are written
   * only by the engine, each in the same atomic step as the change it records; no caller can append
   * to the tamper-evident chain.
   *
   * @return the read-only audit trail
   */
  public AuditTrail audit() {
    return audit;
  }

  /**
   * Verifies the audit chain, then the ledger under it; the same as {@code audit().verify()}. Every
   * consent-event, profile-version and business-transfer row must match the digest its audit
   * record carries, and every audited row must exist. Never throws for bad data.
   *
   * @return whether chain and ledger are intact, or the first breach (edited, deleted, forged,
   *     moved rows; broken or unreadable links) with its sequence
   */
  public VerificationResult verifyAudit() {
    return audit.verify();
  }

  /**
   * Like {@link #verifyAudit()}, and checks that the chain still holds {@code anchor}: a head
   * ({@code engine.audit().head()}) the host kept elsewhere, e.g. in a log line or another
   * database, so that a rewrite of the whole tail and head is found too; the same as {@code
   * audit().verify(anchor)}.
   *
   * @param anchor a head kept elsewhere, or {@code null} to verify without one
   * @return whether chain, anchor and ledger are intact, or the first breach
   */
  public VerificationResult verifyAudit(ChainHead anchor) {
    return anchor == null ? audit.verify() : audit.verify(anchor);
  }

  /**
   * Decides a request as of its instant. Every denial lists every failing condition with its rule
   * and clauses. Reads the subject's records from a kept snapshot while it is fresh (see {@link
   * Builder#cacheExpiry}, {@link #refresh}), else from the stores; a permit the rule table gave for
   * an equal request in the same interval of the snapshot is reused (see the README, "Fast path").
   * The decision's {@code request()} is {@code request} itself, and its {@code at()} the instant
   * decided for; checking the same request object again may return the same permit object.
   *
   * @param request the request; its instant defaults to the engine clock's now
   * @return the decision
   * @throws UnknownIdException if the request names a purpose, category or recipient the policy
   *     does not define
   */
  public Decision check(Request request) {
    Objects.requireNonNull(request, "request must not be null");
    Instant now = clock.instant();
    Decision decision = checkOne(request, now, transfersRead);
    if (!decision.permitted() && decision.hasReason(ReasonCode.STORE_UNAVAILABLE)) {
      return decision;
    }
    if (auditDecisions) {
      try {
        stores.audit().append(decisionAudit(request, decision));
      } catch (RuntimeException e) {
        log.warn("Store failure while auditing a decision for {} purpose {}; denying ({})", request.subject(), request.purpose(),
            failure(e));
        return decisions.storeFailure(request, now);
      }
    }
    if (log.isDebugEnabled()) {
      log.debug("{} {} for purpose {} ({} reasons)", decision.permitted() ? "Permitted" : "Denied", request.subject(),
          request.purpose(), decision.reasons().size());
    }
    return decision;
  }

  /**
   * Decides from the subject's cached snapshot, reading the stores first if none is kept; store
   * trouble (a failed read, a row that cannot be read) denies. A request that names no instant is
   * decided as of {@code now}, without a copy.
   */
  private Decision checkOne(Request r, Instant now, Supplier<List<BusinessTransfer>> transfers) {
    SubjectId subject = r.subject();
    try {
      SubjectSnapshot snapshot = cache.kept(subject);
      if (snapshot == null) {
        snapshot = cache.get(subject, () -> decisions.snapshot(subject, reading("read the subject's records",
            () -> new SubjectRecord(stores.subjects().history(subject), stores.consents().events(subject), holdsOf(subject)))));
      }
      return decisions.decide(r, now, snapshot, transfers);
    } catch (StoreException e) {
      log.warn("Store failure while deciding for {} purpose {}; denying ({})", subject, r.purpose(), failure(e));
      return decisions.storeFailure(r, now);
    }
  }

  private List<BusinessTransfer> readTransfers() {
    return reading("read business transfers", () -> stores.businessTransfers().all());
  }

  /** Business transfers are read only if a rule asks, and then once; any failure is a store failure. */
  private Supplier<List<BusinessTransfer>> transfersOnce() {
    return new Supplier<>() {
      private List<BusinessTransfer> read;

      @Override
      public List<BusinessTransfer> get() {
        if (read == null) {
          read = readTransfers();
        }
        return read;
      }
    };
  }

  /** Runs a store read; whatever it throws becomes a {@link StoreException}, so decisions fail closed. */
  private static <T> T reading(String what, Supplier<T> read) {
    try {
      return read.get();
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("could not " + what + " (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * Forgets what the engine keeps of a subject for {@link #check}, so that the next check reads the
   * stores again. Writes through this engine ({@link #consents()}, {@link #subjects()}, importing)
   * do this themselves; call it after another process (another engine instance, a batch job, a
   * direct database change) wrote about the subject and the change must count before the
   * {@linkplain Builder#cacheExpiry cache expiry} runs out.
   *
   * @param subject the subject
   */
  public void refresh(SubjectId subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    cache.refresh(subject);
  }

  /** @return how many subjects' snapshots are kept (tests) */
  int cachedSubjects() {
    return cache.size();
  }

  /** @return the compact decisions filter keeps (tests, benchmarks) */
  CompactIndex compactIndex() {
    return cache.index();
  }

  /** Forgets what the engine keeps of every subject, like {@link #refresh(SubjectId)} for each. */
  public void refreshAll() {
    cache.clear();
  }

  /**
   * Bulk decision for campaigns: the subjects for whom {@code template} (with their id) is
   * permitted. Agrees with {@link #check} on every subject. Decides a subject whose snapshot {@link
   * #check} keeps fresh from it (its permit reused as in check), and reads the others from the
   * stores in batches, never one query per subject. If a batch cannot be read (a database error, or one corrupt row), its
   * subjects are decided one by one as {@link #check} would: a subject whose own rows cannot be
   * read is denied (left out) and logged, every other subject is decided on its data. Never throws
   * for data that got into a store.
   *
   * @param subjects candidate subjects
   * @param template the request to decide for each (its subject is replaced)
   * @return the permitted subjects, in the order given
   */
  public Set<SubjectId> filter(Collection<SubjectId> subjects, Request template) {
    Objects.requireNonNull(subjects, "subjects must not be null");
    Objects.requireNonNull(template, "template must not be null");
    Instant now = clock.instant();
    Request t = decisions.resolve(template, now);
    CompactIndex index = cache.index();
    Object key = index.enabled() ? decisions.spanKey(t) : null;
    long at = DecisionSpan.nanosOf(t.instant().orElseThrow());
    if (key != null && at != Long.MIN_VALUE) {
      return filterIndexed(subjects, t, now, key, at);
    }
    Set<SubjectId> permitted = new LinkedHashSet<>();
    List<SubjectId> all = candidates(t, now, new ArrayList<>(new LinkedHashSet<>(subjects)));
    Supplier<List<BusinessTransfer>> transfersRead = transfersOnce();
    boolean readHolds = readsHolds(t);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<SubjectId> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      // subjects whose snapshot check keeps fresh are decided from it, as check would; the rest are read
      Map<SubjectId, SubjectSnapshot> kept = new HashMap<>();
      List<SubjectId> unread = new ArrayList<>(batch.size());
      for (SubjectId s : batch) {
        SubjectSnapshot snapshot = cache.kept(s);
        if (snapshot != null) {
          kept.put(s, snapshot);
        } else {
          unread.add(s);
        }
      }
      Map<SubjectId, SubjectRecord> records = readRecords(unread, readHolds, t);
      for (SubjectId s : batch) {
        Request r = t.withSubject(s);
        SubjectSnapshot snapshot = kept.get(s);
        try {
          Decision d = snapshot != null ? decisions.decide(r, snapshot, transfersRead)
              : records == null ? checkOne(r, now, transfersRead)
              : decisions.decide(r, records.get(s), transfersRead);
          if (d.permitted()) {
            permitted.add(s);
          }
        } catch (StoreException e) {
          log.warn("Store failure while filtering for {} purpose {}; denying ({})", s, t.purpose(), failure(e));
        }
      }
    }
    log.debug("Filter for purpose {}: {} of {} subjects permitted", t.purpose(), permitted.size(), all.size());
    return permitted;
  }

  /** Register holds change only disposals and purposes that survive account closure (R29): filters read them only then. */
  private boolean readsHolds(Request t) {
    return holdStore != null && (t.operation().disposes()
        || policy.purpose(t.purpose()).has(PurposeTrait.SURVIVES_ACCOUNT_CLOSURE));
  }

  /**
   * The records filters decide from, read set-based for a batch of subjects: profile histories,
   * consent events and, where {@code holds}, register holds.
   *
   * @return each subject's record, or {@code null} if the store failed: one bad row must not deny
   *     a whole batch, so its subjects are then decided one by one, as check would
   */
  private Map<SubjectId, SubjectRecord> readRecords(List<SubjectId> unread, boolean holds, Request t) {
    if (unread.isEmpty()) {
      return Map.of();
    }
    try {
      Map<SubjectId, List<ProfileVersion>> profiles = reading("read profiles", () -> stores.subjects().histories(unread));
      Map<SubjectId, List<ConsentEvent>> events = reading("read consent events", () -> stores.consents().events(unread));
      Map<SubjectId, List<LegalHold>> held = holds ? reading("read legal holds", () -> holdStore.forSubjects(unread)) : Map.of();
      Map<SubjectId, SubjectRecord> records = new HashMap<>();
      for (SubjectId s : unread) {
        records.put(s, new SubjectRecord(profiles.getOrDefault(s, List.of()), events.getOrDefault(s, List.of()),
            held.getOrDefault(s, List.of())));
      }
      return records;
    } catch (StoreException e) {
      log.warn("Store failure while filtering {} subjects for purpose {}; deciding them one by one ({})", unread.size(),
          t.purpose(), failure(e));
      return null;
    }
  }

  /**
   * {@link #filter} over the compact index: one scan answers every subject whose kept span holds
   * the instant and is fresh; the others are decided from a kept snapshot, or from their records
   * read in batches, and their spans kept for the next campaign of the same shape.
   */
  private Set<SubjectId> filterIndexed(Collection<SubjectId> subjects, Request t, Instant now, Object key, long at) {
    changes.follow();
    CompactIndex index = cache.index();
    CompactIndex.Scan scan = index.scan(key, subjects.toArray(new SubjectId[0]), at, cache.now());
    int stale = scan.staleCount;
    if (stale > 0) {
      decideStale(index, scan, t, now);
    }
    int kept = 0;
    for (long w : scan.permitted) {
      kept += Long.bitCount(w);
    }
    SubjectId[] result = new SubjectId[kept];
    int n = 0;
    for (int w = 0; w < scan.permitted.length; w++) {
      for (long bits = scan.permitted[w]; bits != 0; bits &= bits - 1) {
        result[n++] = scan.order[(w << 6) + Long.numberOfTrailingZeros(bits)];
      }
    }
    log.debug("Filter for purpose {}: {} of {} subjects permitted ({} not kept)", t.purpose(), kept, scan.asked, stale);
    return new PermittedSubjects(result);
  }

  /**
   * Decides a scan's stale subjects: from a kept snapshot, else from records read in batches after
   * the candidate query ruled out whom it can. A subject ruled out at the instant is kept as denied
   * from then on, until a write about it (through this engine at once, by another process within
   * the expiry): the query's conditions (no grant yet, withdrawn after every grant, an objection in
   * force) hold at every later instant until a new event is recorded, since events take effect no
   * later than they are recorded.
   */
  private void decideStale(CompactIndex index, CompactIndex.Scan scan, Request t, Instant now) {
    int[] positions = scan.stale;
    int count = scan.staleCount;
    Set<SubjectId> candidates = null;
    List<SubjectId> asked = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      asked.add(scan.order[positions[i]]);
    }
    List<SubjectId> narrowed = candidates(t, now, asked);
    if (narrowed.size() < asked.size()) {
      candidates = new java.util.HashSet<>(narrowed);
    }
    // ruled out now stays ruled out later until an event is written (events take effect no later than recorded)
    DecisionSpan ruledOut = new DecisionSpan(false, DecisionSpan.nanosOf(t.instant().orElseThrow()), Long.MAX_VALUE);
    Supplier<List<BusinessTransfer>> transfersRead = transfersOnce();
    boolean readHolds = readsHolds(t);
    DecisionSpan[] spans = new DecisionSpan[count];
    for (int from = 0; from < count; from += BATCH) {
      int to = Math.min(count, from + BATCH);
      long mark = cache.quietMark();
      long reading = index.readings();
      long readAt = cache.now();
      List<SubjectId> unread = new ArrayList<>(to - from);
      Map<SubjectId, SubjectSnapshot> kept = new HashMap<>();
      for (int i = from; i < to; i++) {
        SubjectId s = scan.order[positions[i]];
        SubjectSnapshot snapshot = cache.kept(s);
        if (snapshot != null) {
          kept.put(s, snapshot);
        } else if (candidates == null || candidates.contains(s)) {
          unread.add(s);
        }
      }
      Map<SubjectId, SubjectRecord> records = readRecords(unread, readHolds, t);
      for (int i = from; i < to; i++) {
        int position = positions[i];
        SubjectId s = scan.order[position];
        Request r = t.withSubject(s);
        boolean permitted = false;
        try {
          SubjectSnapshot snapshot = kept.get(s);
          if (snapshot == null && records != null && records.containsKey(s)) {
            snapshot = decisions.snapshot(s, records.get(s));
          }
          if (snapshot != null) {
            DecisionSpan span = decisions.span(r, snapshot, transfersRead);
            spans[i] = span;
            permitted = span.permitted();
          } else if (candidates == null || candidates.contains(s)) {
            permitted = checkOne(r, now, transfersRead).permitted(); // the batch could not be read: one by one, as check
          } else {
            spans[i] = ruledOut;
          }
        } catch (StoreException e) {
          log.warn("Store failure while filtering for {} purpose {}; denying ({})", s, t.purpose(), failure(e));
        }
        if (permitted) {
          scan.permitted[position >>> 6] |= 1L << position;
        }
      }
      index.keep(scan, positions, spans, from, to, readAt, cache.quietSince(mark), reading);
    }
  }

  /**
   * Narrows a campaign's subjects with the store's set-based query ({@link
   * com.oriflame.privacy.spi.ConsentStore#candidates}): the subjects whose consent to the purpose
   * cannot be in force, or who object to it whatever the recipient, are left out before any
   * subject's records are read. The query is a superset of the permitted subjects, so the rules
   * still decide every candidate. It is skipped where its facts do not tell: a disposal (permitted
   * after the retention period without consent) and a question about the past (an event recorded
   * since may take effect earlier, and decisions never look ahead). If the query fails, every
   * subject stays a candidate: the rules, which fail closed, decide.
   */
  private List<SubjectId> candidates(Request t, Instant now, List<SubjectId> all) {
    Instant at = t.instant().orElse(now);
    if (all.isEmpty() || t.operation().disposes() || at.isBefore(now)) {
      return all;
    }
    Purpose purpose = policy.purpose(t.purpose());
    Set<ObjectionId> blocking = new LinkedHashSet<>();
    for (Objection o : policy.objectionsAgainst(purpose.id())) {
      if (o.recipients().isEmpty()) {
        blocking.add(o.id());
      }
    }
    boolean consentRequired = purpose.legalBasis() == LegalBasis.CONSENT;
    if (!consentRequired && blocking.isEmpty()) {
      return all; // the query could rule nobody out: save the statement
    }
    CandidateQuery query = new CandidateQuery(purpose.id(), consentRequired,
        purpose.consent().map(ConsentTerms::grantedByPolicyAcceptance).orElse(false), blocking, at);
    Set<SubjectId> found;
    try {
      found = reading("narrow the campaign", () -> stores.consents().candidates(query, all));
    } catch (StoreException e) {
      log.warn("Store failure while narrowing {} subjects for purpose {}; deciding every one ({})", all.size(), t.purpose(),
          failure(e));
      return all;
    }
    List<SubjectId> kept = new ArrayList<>(found.size());
    for (SubjectId s : all) {
      if (found.contains(s)) {
        kept.add(s);
      }
    }
    return kept;
  }

  /**
   * @param subjects candidate subjects
   * @param purpose the purpose
   * @param categories the categories to use
   * @return the permitted subjects; see {@link #filter(Collection, Request)}
   */
  public Set<SubjectId> filter(Collection<SubjectId> subjects, Purpose purpose, Set<CategoryId> categories) {
    Objects.requireNonNull(subjects, "subjects must not be null");
    if (subjects.isEmpty()) {
      decisions.resolve(Request.of(SubjectId.of("unused"), purpose, categories), clock.instant());
      return Set.of();
    }
    return filter(subjects, Request.of(subjects.iterator().next(), purpose, categories));
  }

  /**
   * Whether cookies of a category may be set for a subject or visitor now (§8): essential cookies
   * always (R32); others unless refused or covered by a raised objection (R33, R10), and only on an
   * allow choice or the holder's acceptance of the policy (consent-based ones only when allowed).
   *
   * @param holder the subject or the visitor's browser id
   * @param category the cookie category
   * @return the decision, now
   */
  public CookieDecision checkCookies(Holder holder, CookieCategoryId category) {
    Objects.requireNonNull(holder, "holder must not be null");
    Objects.requireNonNull(category, "category must not be null");
    CookieCategory cookie = policy.cookieCategory(category);
    Instant at = clock.instant();
    if (cookie.kind() == CookieKind.ESSENTIAL) {
      // essential cookies do not depend on any choice: no store is read
      return decisions.decideCookies(holder, category, at, SubjectRecord.NONE);
    }
    try {
      SubjectRecord record = reading("read the holder's records", () -> new SubjectRecord(
          holder instanceof SubjectId s ? stores.subjects().history(s) : List.of(), ledger.withLinked(holder)));
      return decisions.decideCookies(holder, category, at, record);
    } catch (StoreException e) {
      log.warn("Store failure while deciding cookies for {}; denying ({})", holder, failure(e));
      return decisions.cookieStoreFailure(holder, category, at);
    }
  }

  private AuditDraft decisionAudit(Request r, Decision d) {
    Map<String, String> details = new TreeMap<>();
    details.put("purpose", r.purpose().value());
    details.put("operation", r.operation().name());
    details.put("categories", r.categories().stream().map(CategoryId::value).sorted().collect(Collectors.joining(",")));
    r.recipient().ifPresent(recipient -> details.put("recipient", recipient.value()));
    details.put("reasons", d.reasons().stream().map(x -> x.code().name()).collect(Collectors.joining(",")));
    return new AuditDraft(d.at(), d.permitted() ? "decision.permit" : "decision.deny", ledger.ref(r.subject()),
        policy.version(), details);
  }

  private static String failure(RuntimeException e) {
    return e instanceof StoreException s
        ? s.getClass().getSimpleName() + s.sqlState().map(x -> " SQLState " + x).orElse("")
        : e.getClass().getSimpleName();
  }

  @Override
  public String toString() {
    return "PrivacyEngine[" + policy + ", zone " + zone + ", auditDecisions=" + auditDecisions + "]";
  }

  /** The Consultants' duties, made on first use (their store is read only then). */
  private volatile ConsultantService consultants;

  /**
   * A Consultant's duties regarding the data of customers and downline entrusted to them (§7):
   * decisions on their uses of it (R24, R30) and the obligations that the cancellation of their
   * registration and the company's requests create, tracked until closed (R31). Needs stores with
   * an {@link com.oriflame.privacy.spi.ObligationStore} ({@code Stores.obligations()}).
   *
   * @return the Consultants' duties
   */
  public ConsultantDuties consultants() {
    ConsultantService c = consultants;
    if (c == null) {
      synchronized (this) {
        c = consultants;
        if (c == null) {
          c = new ConsultantService(policy, stores, clock, zone, decisions, registry, ledger::ref,
              (request, now) -> checkOne(request, now, transfersRead));
          consultants = c;
        }
      }
    }
    return c;
  }

  /**
   * A policy change as it meets the ledger (§9, R34): the diff from an older revision to the one
   * this engine runs, and the subjects who must consent again (their consent to a widened purpose
   * was given under an older revision) or be notified (their acceptance is older, and terms that
   * rest on it widened). Decisions name the revision they were made under (R1).
   *
   * @return the policy change service
   */
  public PolicyChanges policyChanges() {
    return new PolicyChangeService(policy, stores, clock, zone);
  }

  /**
   * Decides a release of a subject's data to a recipient and, only if it is permitted, logs it in
   * the disclosure log together with its audit record, in one atomic step (R17, R18, R22): the
   * recipient, categories, data form, purpose, legal basis, ground, destination country (a
   * cross-border transfer is flagged) and the reasons and policy revision of the permit. If the
   * permit obliges a notice to the subject (a third party that is not a processor, R40), the notice
   * is pending in {@link #disclosures()} until the host marks it sent. A denial logs no release; it
   * is audited as {@code disclosure.denied} with its reason codes.
   *
   * <p>The subject's records are read afresh (no kept snapshot). A store failure, while deciding or
   * while logging, denies ({@code STORE_UNAVAILABLE}): data that is not on record is not released.
   * Release the data only when {@link DisclosureOutcome#permitted()}.
   *
   * @param request the release: its request names the recipient, the operation {@code
   *     DISSEMINATION} or {@code CROSS_BORDER_TRANSFER}, and the destination country of a transfer
   * @return the decision and the logged disclosure
   * @throws IllegalArgumentException if the request names no recipient, has an operation that does
   *     not disclose, names a country abroad without {@code CROSS_BORDER_TRANSFER}, asks for
   *     aggregates (use {@link #releaseAggregates}) or is dated after now
   * @throws UnknownIdException if the request names an id the policy does not define
   * @throws com.oriflame.privacy.disclosure.DisclosureConflictException if its id is logged for
   *     another release
   * @throws UnsupportedOperationException if the stores do not implement the disclosure log
   */
  public DisclosureOutcome disclose(DisclosureRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    Request r = request.request();
    Instant now = clock.instant();
    if (r.recipient().isEmpty()) {
      throw new IllegalArgumentException("a disclosure names its recipient: call withRecipient(...) on the request");
    }
    policy.recipient(r.recipient().get()); // unknown ids fail fast
    if (!r.operation().discloses()) {
      throw new IllegalArgumentException("a disclosure's operation is DISSEMINATION or CROSS_BORDER_TRANSFER, was "
          + r.operation() + "; call withOperation(...) on the request");
    }
    if (r.destinationCountry().isPresent() && !r.destinationCountry().get().equals(policy.jurisdiction())
        && r.operation() != com.oriflame.privacy.policy.Operation.CROSS_BORDER_TRANSFER) {
      throw new IllegalArgumentException("a release to " + r.destinationCountry().get() + ", outside " + policy.jurisdiction()
          + ", is a cross-border transfer (R22): use Operation.CROSS_BORDER_TRANSFER");
    }
    if (r.dataForm() == com.oriflame.privacy.policy.DataForm.AGGREGATE_ONLY) {
      throw new IllegalArgumentException("aggregates are not a release of one subject's data: use releaseAggregates(...)");
    }
    if (r.instant().isPresent() && r.instant().get().isAfter(now)) {
      throw new IllegalArgumentException("a disclosure is logged when it happens; its instant " + r.instant().get()
          + " is after now (" + now + ")");
    }
    stores.disclosures(); // a store without the port fails before anything is decided or written
    cache.refresh(r.subject());
    Decision decision = checkOne(r, now, transfersRead);
    if (!decision.permitted()) {
      if (!decision.hasReason(ReasonCode.STORE_UNAVAILABLE)) {
        try {
          AuditDraft draft = decisionAudit(r, decision);
          stores.audit().append(new AuditDraft(draft.at(), "disclosure.denied", draft.subjectRef(), draft.policyVersion(),
              draft.details()));
        } catch (RuntimeException e) {
          log.warn("Store failure while auditing a denied disclosure for {} purpose {} ({})", r.subject(), r.purpose(),
              failure(e));
        }
      }
      log.debug("Denied disclosure of {} to {} for purpose {}", r.subject(), r.recipient().get(), r.purpose());
      return new DisclosureOutcome(decision, Optional.empty());
    }
    Disclosure logged;
    try {
      logged = disclosureLog.record(request, (Decision.Permit) decision);
    } catch (StoreException e) {
      log.warn("Store failure while logging a disclosure for {} purpose {}; denying ({})", r.subject(), r.purpose(), failure(e));
      return new DisclosureOutcome(decisions.storeFailure(r, now), Optional.empty());
    }
    log.debug("Disclosed {} to {} for purpose {}{}", r.subject(), logged.recipient(), r.purpose(),
        logged.crossBorder() ? " (cross-border)" : "");
    return new DisclosureOutcome(decision, Optional.of(logged));
  }

  /**
   * @return the disclosure log: disclosures per subject (for access exports) and per recipient,
   *     the notices owed to subjects (R40), and the recipients and countries actually disclosed to
   *     beside the register declaration (R36)
   */
  public Disclosures disclosures() {
    return disclosureLog;
  }

  /**
   * Releases aggregate figures to a recipient that receives aggregates only, such as advertising
   * agencies (§3.3, R13): decides {@code template} for every subject as {@link #filter} does, with
   * the data form {@code AGGREGATE_ONLY} (an objection to marketing leaves the subject out, R10),
   * counts the permitted subjects per group and suppresses every group smaller than the
   * recipient's minimum group size ({@link AggregateReport#of}). The release is audited as {@code
   * disclosure.aggregates-released} with its counts, never with subjects.
   *
   * @param template the request to decide for each subject (its subject is replaced): it names the
   *     recipient and a disclosing operation
   * @param groupOfSubject each candidate subject and the label of its group, e.g. {@code under-30}
   * @return the report to release
   * @throws IllegalArgumentException if the template names no recipient, a recipient without
   *     aggregation terms, or an operation that does not disclose
   * @throws StoreException if the release cannot be audited (then release nothing)
   */
  public AggregateReport releaseAggregates(Request template, Map<SubjectId, String> groupOfSubject) {
    Objects.requireNonNull(template, "template must not be null");
    Objects.requireNonNull(groupOfSubject, "groupOfSubject must not be null");
    com.oriflame.privacy.policy.Recipient recipient = policy.recipient(template.recipient().orElseThrow(
        () -> new IllegalArgumentException("an aggregate release names its recipient: call withRecipient(...) on the template")));
    com.oriflame.privacy.policy.AggregationTerms terms = recipient.aggregation().orElseThrow(
        () -> new IllegalArgumentException("recipient " + recipient.id() + " has no aggregation terms (minimum group size);"
            + " aggregate releases go to recipients that state them, e.g. advertising-agencies"));
    if (!template.operation().discloses()) {
      throw new IllegalArgumentException("an aggregate release's operation is DISSEMINATION or CROSS_BORDER_TRANSFER, was "
          + template.operation());
    }
    Request t = template.withDataForm(com.oriflame.privacy.policy.DataForm.AGGREGATE_ONLY);
    Set<SubjectId> permitted = groupOfSubject.isEmpty() ? Set.of() : filter(groupOfSubject.keySet(), t);
    Map<SubjectId, String> counted = new HashMap<>();
    for (SubjectId s : permitted) {
      counted.put(s, groupOfSubject.get(s));
    }
    AggregateReport report = AggregateReport.of(terms, counted);
    Map<String, String> details = new TreeMap<>();
    details.put("recipient", recipient.id().value());
    details.put("purpose", t.purpose().value());
    details.put("candidates", Integer.toString(groupOfSubject.size()));
    details.put("counted", Integer.toString(counted.size()));
    details.put("groups", Integer.toString(report.groups().size()));
    details.put("suppressedGroups", Integer.toString(report.suppressedGroups()));
    details.put("minimumGroupSize", Integer.toString(report.minimumGroupSize()));
    stores.audit().append(new AuditDraft(clock.instant(), "disclosure.aggregates-released", "", policy.version(), details));
    log.debug("Aggregates for {}: {} groups, {} suppressed", recipient.id(), report.groups().size(), report.suppressedGroups());
    return report;
  }

  /**
   * The work of data-subject requests across the host's systems (the {@linkplain
   * Builder#dataSources registered sources}): access exports, erasure, account closure,
   * rectification and blocking, each driven by a request received through {@link #rights()} (only a
   * request whose identity is verified, where its right needs it, is executed: R28), every step per
   * source recorded and audited so that interrupted work resumes without repeating a step. Needs
   * stores that implement {@link Stores#steps()} and {@link Stores#requests()}.
   *
   * @return the host systems' work
   */
  public com.oriflame.privacy.HostSystems hostSystems() {
    return hostSystems;
  }

  /**
   * Builds a {@link PrivacyEngine}. Each setter rejects bad input at once, with a message naming
   * the argument and what is wrong with its value; {@link #build()} then needs a policy and stores.
   */
  public static final class Builder {
    private Policy policy;
    private Stores stores;
    private Clock clock = Clock.systemUTC();
    private ZoneId zone;
    private boolean auditDecisions;
    private byte[] pseudonymKey;
    private int cacheSize = DEFAULT_CACHE_SIZE;
    private Duration cacheExpiry = DEFAULT_CACHE_EXPIRY;
    private LongSupplier ticker = System::nanoTime;
    private com.oriflame.privacy.DataSources dataSources = com.oriflame.privacy.DataSources.none();
    private com.oriflame.privacy.rights.ExportDisclosures exportDisclosures;

    private Builder() {}

    /**
     * Sets how many subjects' snapshots {@link PrivacyEngine#check} keeps (default 100,000; 0 keeps
     * none and reads the stores on every check). When full, an arbitrary one is dropped for each
     * new one.
     *
     * @param value the number of subjects, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder cacheSize(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("cacheSize must be 0 or more, was " + value + "; use 0 to keep no subject");
      }
      this.cacheSize = value;
      return this;
    }

    /**
     * Sets how long a subject's snapshot is used before {@link PrivacyEngine#check} reads the stores
     * again (default 1 second): the longest a write by another process (another engine, a batch
     * job) goes unseen unless {@link PrivacyEngine#refresh} is called. Writes through this engine
     * are seen at once. Zero keeps nothing.
     *
     * @param value the expiry, zero or positive
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder cacheExpiry(Duration value) {
      Objects.requireNonNull(value, "cacheExpiry must not be null; omit cacheExpiry(...) for 1 second");
      if (value.isNegative()) {
        throw new IllegalArgumentException("cacheExpiry must not be negative, was " + value + "; use Duration.ZERO to keep nothing");
      }
      this.cacheExpiry = value;
      return this;
    }

    /**
     * Sets the source of nanoseconds the {@linkplain #cacheExpiry cache expiry} is measured with
     * (default {@code System::nanoTime}). The permit path of a cached {@link PrivacyEngine#check}
     * reads it once; on many machines {@code System.nanoTime()} costs about half of such a check
     * (25 of the 41.5 ns measured, see the README's Performance section). A host that already keeps a
     * coarse monotonic clock (a volatile field a timer thread updates every millisecond, say) may
     * pass it: the expiry is then as exact as that clock. It must never go backwards; a value that
     * does not advance makes kept snapshots live until a write through the engine, {@code refresh},
     * or the change feed drops them.
     *
     * @param value nanoseconds from an arbitrary origin, monotonic
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder ticker(LongSupplier value) {
      this.ticker = Objects.requireNonNull(value, "ticker must not be null; omit ticker(...) for System::nanoTime");
      return this;
    }

    /**
     * Sets the policy decisions are made under; it is linted at {@link #build()} and refused if it
     * has errors.
     *
     * @param value the policy, e.g. {@code Policies.oriflameKyrgyzstan2017()}
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder policy(Policy value) {
      this.policy = Objects.requireNonNull(value, "policy must not be null; pass e.g. Policies.oriflameKyrgyzstan2017()");
      return this;
    }

    /**
     * Sets the stores: every port, sharing one atomicity domain.
     *
     * @param value the stores, e.g. {@code InMemoryStores.create()} or {@code JdbcStores.create(dataSource)}
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder stores(Stores value) {
      this.stores = Objects.requireNonNull(value, "stores must not be null; pass e.g. InMemoryStores.create()");
      return this;
    }

    /**
     * Sets the clock the engine takes instants from (default {@link Clock#systemUTC()}); its zone
     * is not used, see {@link #zone}.
     *
     * @param value the clock
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock must not be null; omit clock(...) for Clock.systemUTC()");
      return this;
    }

    /**
     * Sets the zone dates are read in: ages, consent validity, retention periods and the dates in
     * facts (default: the policy's zone, Asia/Bishkek for the bundled policy).
     *
     * @param value the zone
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder zone(ZoneId value) {
      this.zone = Objects.requireNonNull(value, "zone must not be null; omit zone(...) for the policy's zone");
      return this;
    }

    /**
     * Sets whether every decision is audited too (default off: the hot path).
     *
     * @param value whether to audit decisions
     * @return this builder
     */
    public Builder auditDecisions(boolean value) {
      this.auditDecisions = value;
      return this;
    }

    /**
     * Sets the secret behind the subject pseudonyms in audit records and receipts, e.g. from the
     * host's vault. Without it the engine uses the key its stores keep ({@link
     * Stores#pseudonymKey()}: generated once and stored, so pseudonyms stay the same across
     * restarts). A key set here wins over the stores' key; changing it changes every pseudonym the
     * engine issues from then on (see the README on rotating it).
     *
     * @param value the secret, at least 16 bytes; it is copied
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalArgumentException if {@code value} has fewer than 16 bytes
     */
    public Builder pseudonymKey(byte[] value) {
      Objects.requireNonNull(value, "pseudonymKey must not be null; omit pseudonymKey(...) to use the key the stores keep");
      if (value.length < MIN_PSEUDONYM_KEY_BYTES) {
        throw new IllegalArgumentException("pseudonymKey must have at least " + MIN_PSEUDONYM_KEY_BYTES + " bytes, had "
            + value.length + "; use e.g. 32 random bytes from your vault");
      }
      this.pseudonymKey = value.clone();
      return this;
    }

    /**
     * Sets the host systems that hold personal data, which {@link PrivacyEngine#hostSystems()}
     * exports from and erases in (default: none).
     *
     * @param value the sources, e.g. {@code DataSources.of(webShop, consultantRegister)}
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder dataSources(com.oriflame.privacy.DataSources value) {
      this.dataSources = Objects.requireNonNull(value, "dataSources must not be null; omit dataSources(...) for none");
      return this;
    }

    /**
     * Sets where access exports read the disclosures made about a subject from (default: none, and
     * exports say that no disclosure log is kept).
     *
     * @param value the disclosure log's answer per subject
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder exportDisclosures(com.oriflame.privacy.rights.ExportDisclosures value) {
      this.exportDisclosures = Objects.requireNonNull(value, "exportDisclosures must not be null");
      return this;
    }

    /**
     * Builds the engine. It does not touch the stores: the stores' pseudonym key is read on first
     * use.
     *
     * @return the engine
     * @throws IllegalStateException if the policy or the stores were not set
     * @throws com.oriflame.privacy.policy.InvalidPolicyException if the policy has lint errors
     */
    public PrivacyEngine build() {
      return new PrivacyEngine(this);
    }

    private WorkingCalendar workingCalendar = WorkingCalendar.kyrgyzRepublic();

    /**
     * Sets the working days and public holidays that deadlines counted in working days use
     * (account closure within one working day, §6.2; default: {@code
     * WorkingCalendar.kyrgyzRepublic()}, with the bundled holidays of 2025–2027). Load further
     * years with {@code WorkingCalendar.kyrgyzRepublic().toBuilder().load(reader).build()}.
     *
     * @param value the calendar
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder workingCalendar(WorkingCalendar value) {
      this.workingCalendar = Objects.requireNonNull(value,
          "workingCalendar must not be null; omit workingCalendar(...) for WorkingCalendar.kyrgyzRepublic()");
      return this;
    }
  }

  private final RequestService rights;

  /**
   * Data-subject requests (§6, §10; Law Art. 15, 17): receive them through the channels the policy
   * names, move them through their audited lifecycle, list those overdue (R26–R28, R35, R37, R38).
   * Needs stores with a {@link com.oriflame.privacy.spi.RequestStore} ({@link Stores#requests()}).
   *
   * @return the request service
   */
  public RightsService rights() {
    return rights;
  }

  /**
   * Retention that runs (§6.2, R29): the legal-hold register, the planner of the actions due over
   * the subject base, and the executor that applies a plan through the host's sources.
   *
   * @return the retention service
   * @throws UnsupportedOperationException if the stores keep no legal holds ({@link Stores#legalHolds()})
   */
  public Retention retention() {
    if (retention == null) {
      throw new UnsupportedOperationException("the stores " + stores.getClass().getSimpleName()
          + " keep no legal holds (Stores.legalHolds()), which retention needs");
    }
    return retention;
  }
}
