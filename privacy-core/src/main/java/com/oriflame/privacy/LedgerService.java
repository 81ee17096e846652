package com.oriflame.privacy;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentLedger;
import com.oriflame.privacy.consent.ConsentReceipt;
import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.ConsentStatus;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.EventAudit;
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
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.internal.EventIds;
import com.oriflame.privacy.internal.Pseudonyms;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
  private final Pseudonyms pseudonyms;
  private final EventIds ids;

  LedgerService(Policy policy, Stores stores, Clock clock, ZoneId zone, Pseudonyms pseudonyms) {
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.zone = zone;
    this.pseudonyms = pseudonyms;
    this.ids = new EventIds(clock);
  }

  private EventId nextId() {
    return EventId.of(ids.next());
  }

  @Override
  public Recorded acceptPolicy(SubjectId subject, Evidence evidence) {
    Instant now = clock.instant();
    return append(new PolicyAccepted(nextId(), subject, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded register(SubjectId subject, Registration registration) {
    Instant now = clock.instant();
    return append(new PolicyAccepted(nextId(), subject, policy.version(), now, now, registration.evidence(),
        registration.consents(), registration.optOuts()));
  }

  @Override
  public Recorded grant(SubjectId subject, Purpose purpose, Evidence evidence) {
    return grant(subject, Set.of(purpose.id()), evidence);
  }

  @Override
  public Recorded grant(SubjectId subject, Set<PurposeId> purposes, Evidence evidence) {
    Instant now = clock.instant();
    return append(new ConsentGranted(nextId(), subject, purposes, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded withdraw(SubjectId subject, Purpose purpose, Evidence evidence) {
    return withdraw(subject, Set.of(purpose.id()), evidence);
  }

  @Override
  public Recorded withdraw(SubjectId subject, Set<PurposeId> purposes, Evidence evidence) {
    Instant now = clock.instant();
    return append(new ConsentWithdrawn(nextId(), subject, purposes, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded object(SubjectId subject, Objection objection, Evidence evidence) {
    return object(subject, Set.of(objection.id()), evidence);
  }

  @Override
  public Recorded object(SubjectId subject, Set<ObjectionId> objections, Evidence evidence) {
    Instant now = clock.instant();
    return append(new ObjectionRaised(nextId(), subject, objections, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded liftObjection(SubjectId subject, Set<ObjectionId> objections, Evidence evidence) {
    Instant now = clock.instant();
    return append(new ObjectionLifted(nextId(), subject, objections, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded setCookiePreferences(Holder holder, Set<CookieCategoryId> allowed, Set<CookieCategoryId> refused, Evidence evidence) {
    Instant now = clock.instant();
    return append(new CookiePreferencesSet(nextId(), holder, allowed, refused, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded linkVisitor(BrowserId browser, SubjectId subject, Evidence evidence) {
    Instant now = clock.instant();
    return append(new VisitorLinked(nextId(), subject, browser, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded append(ConsentEvent event) {
    LedgerChecks.check(policy, event);
    AppendResult result = stores.consents().append(event, EventAudit.draft(event, this::ref));
    if (result.appended()) {
      log.debug("Recorded {} {} for {} via {}", event.type(), event.id(), event.holder(), event.evidence().channel());
    } else {
      log.debug("Event {} was already recorded; nothing appended", event.id());
    }
    return new Recorded(result.event(), result.appended(), ConsentReceipt.of(policy, result.event(), ref(event.holder())));
  }

  /** @return the keyed pseudonym of a holder for audit records and receipts */
  String ref(Holder holder) {
    return holder instanceof SubjectId s ? pseudonyms.of("subject", s.value()) : pseudonyms.of("browser", holder.value());
  }

  @Override
  public List<ConsentEvent> history(Holder holder) {
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
    SubjectProfile profile = ProfileVersion.at(stores.subjects().history(subject), at).map(ProfileVersion::profile).orElse(null);
    return ConsentState.project(policy, profile, withLinked(subject), at, zone);
  }

  @Override
  public List<SubjectId> dueForConfirmation(Instant at) {
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
    return stores.consents().find(event).flatMap(e -> ConsentReceipt.of(policy, e, ref(e.holder())));
  }
}
