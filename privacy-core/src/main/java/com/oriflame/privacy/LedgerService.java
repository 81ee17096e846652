package com.oriflame.privacy;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentLedger;
import com.oriflame.privacy.consent.ConsentReceipt;
import com.oriflame.privacy.consent.ConsentRecorder;
import com.oriflame.privacy.consent.ConsentRejectedException;
import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.ConsentStatus;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.LedgerChecks;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.Recorded;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.RejectionCode;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.internal.EventIds;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The consent ledger behind {@link PrivacyEngine#consents()}: checks, stores and receipts events. */
final class LedgerService implements ConsentLedger {
  private static final Logger log = LoggerFactory.getLogger(LedgerService.class);

  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final ZoneId zone;
  private final SubjectRefs refs;
  private final SubjectCache cache;
  private final EventIds ids;
  private final Recorder live = new Recorder(null);

  LedgerService(Policy policy, Stores stores, Clock clock, ZoneId zone, SubjectRefs refs, SubjectCache cache) {
    this.cache = cache;
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.zone = zone;
    this.refs = refs;
    this.ids = new EventIds(clock);
  }

  /** Builds one event from its id, effective and recorded instants and revision. */
  private interface Draft {
    ConsentEvent build(EventId id, Instant effective, Instant recorded, String revision);
  }

  /**
   * The recording methods, live ({@code importAt == null}: effective and recorded now, the current
   * revision) or importing history (effective at {@code importAt}, recorded now, the revision in
   * force then).
   */
  private final class Recorder implements ConsentRecorder {
    private final Instant importAt;

    Recorder(Instant importAt) {
      this.importAt = importAt;
    }

    @Override
    public Recorded acceptPolicy(SubjectId subject, Evidence evidence) {
      need(subject, "subject");
      need(evidence, "evidence");
      return record(subject, (id, at, rec, rev) -> new PolicyAccepted(id, subject, rev, at, rec, evidence));
    }

    @Override
    public Recorded register(SubjectId subject, Registration registration) {
      need(subject, "subject");
      need(registration, "registration");
      return record(subject, (id, at, rec, rev) -> new PolicyAccepted(id, subject, rev, at, rec, registration.evidence(),
          registration.consents(), registration.optOuts()));
    }

    @Override
    public Recorded grant(SubjectId subject, Purpose purpose, Evidence evidence) {
      return grant(subject, Set.of(need(purpose, "purpose").id()), evidence);
    }

    @Override
    public Recorded grant(SubjectId subject, Set<PurposeId> purposes, Evidence evidence) {
      need(subject, "subject");
      need(purposes, "purposes");
      need(evidence, "evidence");
      return record(subject, (id, at, rec, rev) -> new ConsentGranted(id, subject, purposes, rev, at, rec, evidence));
    }

    @Override
    public Recorded withdraw(SubjectId subject, Purpose purpose, Evidence evidence) {
      return withdraw(subject, Set.of(need(purpose, "purpose").id()), evidence);
    }

    @Override
    public Recorded withdraw(SubjectId subject, Set<PurposeId> purposes, Evidence evidence) {
      need(subject, "subject");
      need(purposes, "purposes");
      need(evidence, "evidence");
      return record(subject, (id, at, rec, rev) -> new ConsentWithdrawn(id, subject, purposes, rev, at, rec, evidence));
    }

    @Override
    public Recorded object(SubjectId subject, Objection objection, Evidence evidence) {
      return object(subject, Set.of(need(objection, "objection").id()), evidence);
    }

    @Override
    public Recorded object(SubjectId subject, Set<ObjectionId> objections, Evidence evidence) {
      need(subject, "subject");
      need(objections, "objections");
      need(evidence, "evidence");
      return record(subject, (id, at, rec, rev) -> new ObjectionRaised(id, subject, objections, rev, at, rec, evidence));
    }

    @Override
    public Recorded liftObjection(SubjectId subject, Set<ObjectionId> objections, Evidence evidence) {
      need(subject, "subject");
      need(objections, "objections");
      need(evidence, "evidence");
      return record(subject, (id, at, rec, rev) -> new ObjectionLifted(id, subject, objections, rev, at, rec, evidence));
    }

    @Override
    public Recorded setCookiePreferences(Holder holder, Set<CookieCategoryId> allowed, Set<CookieCategoryId> refused,
        Evidence evidence) {
      need(holder, "holder");
      need(allowed, "allowed");
      need(refused, "refused");
      need(evidence, "evidence");
      return record(holder, (id, at, rec, rev) -> new CookiePreferencesSet(id, holder, allowed, refused, rev, at, rec, evidence));
    }

    @Override
    public Recorded linkVisitor(BrowserId browser, SubjectId subject, Evidence evidence) {
      need(browser, "browser");
      need(subject, "subject");
      need(evidence, "evidence");
      return record(subject, (id, at, rec, rev) -> new VisitorLinked(id, subject, browser, rev, at, rec, evidence));
    }

    private Recorded record(Holder holder, Draft draft) {
      Instant now = clock.instant();
      if (importAt == null) {
        return append(draft.build(nextId(), now, now, policy.version()));
      }
      return importEvent(holder, draft, importAt, now);
    }
  }

  private static <T> T need(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  private EventId nextId() {
    return EventId.of(ids.next());
  }

  @Override
  public ConsentRecorder importing(Instant at) {
    need(at, "at");
    revisionAt(at, clock.instant());
    return new Recorder(at);
  }

  /**
   * The revision in force at {@code at}: the latest of the policy's own version and its change
   * history published on or before that date in the engine's zone.
   */
  private String revisionAt(Instant at, Instant now) {
    if (at.isAfter(now)) {
      throw new ConsentRejectedException(RejectionCode.IN_THE_FUTURE, "Cannot import an act effective " + at
          + ": it is after the engine clock's now (" + now + "); record acts when they happen");
    }
    LocalDate date = LocalDate.ofInstant(at, zone);
    String revision = null;
    LocalDate published = null;
    LocalDate first = policy.effectiveDate();
    Map<String, LocalDate> revisions = new LinkedHashMap<>();
    policy.changes().history().forEach(c -> revisions.put(c.version(), c.published()));
    revisions.putIfAbsent(policy.version(), policy.effectiveDate());
    for (Map.Entry<String, LocalDate> r : revisions.entrySet()) {
      first = r.getValue().isBefore(first) ? r.getValue() : first;
      if (!r.getValue().isAfter(date) && (published == null || !r.getValue().isBefore(published))) {
        revision = r.getKey();
        published = r.getValue();
      }
    }
    if (revision == null) {
      throw new ConsentRejectedException(RejectionCode.BEFORE_POLICY, "Cannot import an act effective " + at + " (" + date
          + " in " + zone + "): policy '" + policy.id() + "' was first published on " + first + ", so no revision of it was"
          + " in force then");
    }
    return revision;
  }

  /**
   * Checks an imported event as if it had been recorded live at its instant, then against the
   * holder's history, and appends it with its audit record; an act imported before is returned.
   */
  private Recorded importEvent(Holder holder, Draft draft, Instant at, Instant now) {
    String revision = revisionAt(at, now);
    EventId id = nextId();
    ConsentEvent asLive = draft.build(id, at, at, revision);
    LedgerChecks.check(policy, asLive);
    ConsentEvent event = draft.build(id, at, now, revision);
    List<ConsentEvent> history = stores.consents().events(holder);
    for (ConsentEvent earlier : history) {
      if (earlier.kind() == event.kind() && earlier.effectiveAt().equals(event.effectiveAt())
          && draft.build(earlier.id(), at, earlier.recordedAt(), revision).equals(earlier)) {
        log.debug("Imported {} for {} was already recorded as {}; nothing appended", event.type(), holder, earlier.id());
        return recorded(earlier, false);
      }
    }
    event.accept(new InOrder(history, event.effectiveAt()));
    return store(event);
  }

  /** An imported withdrawal or lifted objection must follow what it ends in the holder's history. */
  private final class InOrder implements ConsentEvent.Visitor<Void> {
    private final List<ConsentEvent> history;
    private final Instant at;

    InOrder(List<ConsentEvent> history, Instant at) {
      this.history = history;
      this.at = at;
    }

    @Override
    public Void withdrawal(ConsentWithdrawn w) {
      for (PurposeId p : w.purposes()) {
        boolean granted = history.stream().filter(e -> !e.effectiveAt().isAfter(at)).anyMatch(e -> grants(e, p));
        if (!granted) {
          throw new ConsentRejectedException(RejectionCode.WITHDRAWAL_BEFORE_GRANT, "Cannot import a withdrawal of purpose '" + p
              + "' effective " + at + ": the subject's history grants it nowhere at or before that instant; import the grant"
              + " first (a history is imported in the order it happened)");
        }
      }
      return null;
    }

    @Override
    public Void objectionLifted(ObjectionLifted l) {
      for (ObjectionId o : l.objections()) {
        boolean raised = history.stream().filter(e -> !e.effectiveAt().isAfter(at)).anyMatch(e -> raises(e, o));
        if (!raised) {
          throw new ConsentRejectedException(RejectionCode.LIFT_BEFORE_OBJECTION, "Cannot import the lifting of objection '" + o
              + "' effective " + at + ": the subject's history raises it nowhere at or before that instant; import the"
              + " objection first (a history is imported in the order it happened)");
        }
      }
      return null;
    }

    @Override
    public Void acceptance(PolicyAccepted a) {
      return null;
    }

    @Override
    public Void grant(ConsentGranted g) {
      return null;
    }

    @Override
    public Void objection(ObjectionRaised r) {
      return null;
    }

    @Override
    public Void cookies(CookiePreferencesSet c) {
      return null;
    }

    @Override
    public Void visitorLinked(VisitorLinked v) {
      return null;
    }
  }

  /** Whether an event grants a purpose: a grant naming it, or an acceptance ticking it or granting it by its terms. */
  private boolean grants(ConsentEvent e, PurposeId purpose) {
    return e.accept(new ConsentEvent.Visitor<Boolean>() {
      @Override
      public Boolean acceptance(PolicyAccepted a) {
        return a.consents().contains(purpose) || policy.purposes().find(purpose).flatMap(Purpose::consent)
            .map(ConsentTerms::grantedByPolicyAcceptance).orElse(false);
      }

      @Override
      public Boolean grant(ConsentGranted g) {
        return g.purposes().contains(purpose);
      }

      @Override
      public Boolean withdrawal(ConsentWithdrawn w) {
        return false;
      }

      @Override
      public Boolean objection(ObjectionRaised r) {
        return false;
      }

      @Override
      public Boolean objectionLifted(ObjectionLifted l) {
        return false;
      }

      @Override
      public Boolean cookies(CookiePreferencesSet c) {
        return false;
      }

      @Override
      public Boolean visitorLinked(VisitorLinked v) {
        return false;
      }
    });
  }

  /** Whether an event raises an objection: an objection naming it, or a registration ticking its opt-out box. */
  private static boolean raises(ConsentEvent e, ObjectionId objection) {
    return e.accept(new ConsentEvent.Visitor<Boolean>() {
      @Override
      public Boolean acceptance(PolicyAccepted a) {
        return a.optOuts().contains(objection);
      }

      @Override
      public Boolean grant(ConsentGranted g) {
        return false;
      }

      @Override
      public Boolean withdrawal(ConsentWithdrawn w) {
        return false;
      }

      @Override
      public Boolean objection(ObjectionRaised r) {
        return r.objections().contains(objection);
      }

      @Override
      public Boolean objectionLifted(ObjectionLifted l) {
        return false;
      }

      @Override
      public Boolean cookies(CookiePreferencesSet c) {
        return false;
      }

      @Override
      public Boolean visitorLinked(VisitorLinked v) {
        return false;
      }
    });
  }

  @Override
  public Recorded acceptPolicy(SubjectId subject, Evidence evidence) {
    return live.acceptPolicy(subject, evidence);
  }

  @Override
  public Recorded register(SubjectId subject, Registration registration) {
    return live.register(subject, registration);
  }

  @Override
  public Recorded grant(SubjectId subject, Purpose purpose, Evidence evidence) {
    return live.grant(subject, purpose, evidence);
  }

  @Override
  public Recorded grant(SubjectId subject, Set<PurposeId> purposes, Evidence evidence) {
    return live.grant(subject, purposes, evidence);
  }

  @Override
  public Recorded withdraw(SubjectId subject, Purpose purpose, Evidence evidence) {
    return live.withdraw(subject, purpose, evidence);
  }

  @Override
  public Recorded withdraw(SubjectId subject, Set<PurposeId> purposes, Evidence evidence) {
    return live.withdraw(subject, purposes, evidence);
  }

  @Override
  public Recorded object(SubjectId subject, Objection objection, Evidence evidence) {
    return live.object(subject, objection, evidence);
  }

  @Override
  public Recorded object(SubjectId subject, Set<ObjectionId> objections, Evidence evidence) {
    return live.object(subject, objections, evidence);
  }

  @Override
  public Recorded liftObjection(SubjectId subject, Set<ObjectionId> objections, Evidence evidence) {
    return live.liftObjection(subject, objections, evidence);
  }

  @Override
  public Recorded setCookiePreferences(Holder holder, Set<CookieCategoryId> allowed, Set<CookieCategoryId> refused, Evidence evidence) {
    return live.setCookiePreferences(holder, allowed, refused, evidence);
  }

  @Override
  public Recorded linkVisitor(BrowserId browser, SubjectId subject, Evidence evidence) {
    return live.linkVisitor(browser, subject, evidence);
  }

  @Override
  public Recorded append(ConsentEvent event) {
    need(event, "event");
    LedgerChecks.check(policy, event);
    return store(event);
  }

  @Override
  public List<Recorded> appendAll(List<? extends ConsentEvent> events) {
    need(events, "events");
    List<ConsentStore.Append> batch = new ArrayList<>(events.size());
    for (ConsentEvent e : events) {
      need(e, "an event of the batch");
      LedgerChecks.check(policy, e);
      batch.add(new ConsentStore.Append(e, EventAudit.draft(e, this::ref)));
    }
    List<AppendResult> results;
    cache.writing();
    try {
      results = stores.consents().appendAll(batch);
    } finally {
      // every subject of the batch is re-read on its next check, whether the batch landed or not
      for (ConsentEvent e : events) {
        if (e.holder() instanceof SubjectId s) {
          cache.refresh(s);
        }
      }
      cache.written(null);
    }
    List<Recorded> recorded = new ArrayList<>(results.size());
    int appended = 0;
    for (AppendResult r : results) {
      appended += r.appended() ? 1 : 0;
      recorded.add(recorded(r.event(), r.appended()));
    }
    log.debug("Recorded a batch of {} events ({} new)", results.size(), appended);
    return recorded;
  }

  /** Stores a checked event with its audit record. */
  private Recorded store(ConsentEvent event) {
    AppendResult result;
    cache.writing();
    try {
      result = stores.consents().append(event, EventAudit.draft(event, this::ref));
    } finally {
      cache.written(event.holder() instanceof SubjectId s ? s : null);
    }
    if (result.appended()) {
      log.debug("Recorded {} {} for {} via {}", event.type(), event.id(), event.holder(), event.evidence().channel());
    } else {
      log.debug("Event {} was already recorded; nothing appended", event.id());
    }
    return recorded(result.event(), result.appended());
  }

  private Recorded recorded(ConsentEvent event, boolean appended) {
    return new Recorded(event, appended, ConsentReceipt.of(policy, event, ref(event.holder())));
  }

  /** @return the keyed pseudonym of a holder for audit records and receipts */
  String ref(Holder holder) {
    return refs.of(holder);
  }

  @Override
  public List<ConsentEvent> history(Holder holder) {
    need(holder, "holder");
    return stores.consents().events(holder);
  }

  /**
   * The holder's events plus those of identities linked to it by {@code VisitorLinked} events.
   *
   * @param holder subject or browser id
   * @return the events, unordered
   */
  List<ConsentEvent> withLinked(Holder holder) {
    List<ConsentEvent> own = stores.consents().events(holder);
    Set<Holder> linked = new LinkedHashSet<>();
    for (ConsentEvent e : own) {
      e.linkedBrowser().ifPresent(browser -> linked.add(holder.equals(e.holder()) ? browser : e.holder()));
    }
    if (linked.isEmpty()) {
      return own;
    }
    Map<EventId, ConsentEvent> all = new LinkedHashMap<>();
    own.forEach(e -> all.put(e.id(), e));
    for (Holder other : linked) {
      stores.consents().events(other).forEach(e -> all.putIfAbsent(e.id(), e));
    }
    return new ArrayList<>(all.values());
  }

  @Override
  public ConsentState state(SubjectId subject, Instant at) {
    need(subject, "subject");
    need(at, "at");
    SubjectProfile profile = ProfileVersion.at(stores.subjects().history(subject), at).map(ProfileVersion::profile).orElse(null);
    return ConsentState.project(policy, profile, withLinked(subject), at, zone);
  }

  @Override
  public List<SubjectId> dueForConfirmation(Instant at) {
    need(at, "at");
    int majority = policy.minors().majorityAge();
    List<SubjectId> due = new ArrayList<>();
    for (SubjectId s : stores.consents().subjectsActedForBy(Actor.GUARDIAN)) {
      SubjectProfile profile = ProfileVersion.at(stores.subjects().history(s), at).map(ProfileVersion::profile).orElse(null);
      if (profile == null || profile.majorityAt(majority, zone).map(m -> m.isAfter(at)).orElse(true)) {
        continue;
      }
      ConsentState state = ConsentState.project(policy, profile, stores.consents().events(s), at, zone);
      boolean guardianAcceptance = state.acceptance().map(a -> a.evidence().actor() == Actor.GUARDIAN).orElse(false);
      boolean guardianGrant = false;
      for (Purpose p : policy.purposes()) {
        ConsentStatus status = state.consent(p.id());
        if (status.granted() && status.decisive().orElseThrow().evidence().actor() == Actor.GUARDIAN) {
          guardianGrant = true;
          break;
        }
      }
      if (guardianAcceptance || guardianGrant) {
        due.add(s);
      }
    }
    return due;
  }

  @Override
  public Optional<ConsentReceipt> receipt(EventId event) {
    need(event, "event");
    return stores.consents().find(event).flatMap(e -> ConsentReceipt.of(policy, e, ref(e.holder())));
  }
}
