package com.oriflame.privacy.internal;

import com.oriflame.privacy.audit.AuditDraft;
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
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.Recorded;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RecipientId;
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.Stores;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The consent ledger behind {@code PrivacyEngine#consents()}. Not API. */
public final class Ledger implements ConsentLedger {
  private static final Logger log = LoggerFactory.getLogger(Ledger.class);

  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final Pseudonyms pseudonyms;
  private final EventIds ids;

  /**
   * @param policy the linted policy
   * @param stores the stores
   * @param clock the clock stamping events
   * @param pseudonyms the engine's keyed pseudonyms for audit records and receipts
   */
  public Ledger(Policy policy, Stores stores, Clock clock, Pseudonyms pseudonyms) {
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.pseudonyms = pseudonyms;
    this.ids = new EventIds(clock);
  }

  @Override
  public Recorded acceptPolicy(SubjectId subject, Evidence evidence) {
    Instant now = clock.instant();
    return append(new PolicyAccepted(ids.next(), subject, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded grant(SubjectId subject, Purpose purpose, Evidence evidence) {
    return grant(subject, Set.of(purpose.id()), evidence);
  }

  @Override
  public Recorded grant(SubjectId subject, Set<PurposeId> purposes, Evidence evidence) {
    Instant now = clock.instant();
    return append(new ConsentGranted(ids.next(), subject, purposes, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded withdraw(SubjectId subject, Purpose purpose, Evidence evidence) {
    return withdraw(subject, Set.of(purpose.id()), evidence);
  }

  @Override
  public Recorded withdraw(SubjectId subject, Set<PurposeId> purposes, Evidence evidence) {
    Instant now = clock.instant();
    return append(new ConsentWithdrawn(ids.next(), subject, purposes, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded object(SubjectId subject, Objection objection, Evidence evidence) {
    return object(subject, Set.of(objection.id()), evidence);
  }

  @Override
  public Recorded object(SubjectId subject, Set<ObjectionId> objections, Evidence evidence) {
    Instant now = clock.instant();
    return append(new ObjectionRaised(ids.next(), subject, objections, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded liftObjection(SubjectId subject, Set<ObjectionId> objections, Evidence evidence) {
    Instant now = clock.instant();
    return append(new ObjectionLifted(ids.next(), subject, objections, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded setCookiePreferences(Holder holder, Set<CookieCategoryId> allowed, Set<CookieCategoryId> refused, Evidence evidence) {
    Instant now = clock.instant();
    return append(new CookiePreferencesSet(ids.next(), holder, allowed, refused, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded linkVisitor(BrowserId browser, SubjectId subject, Evidence evidence) {
    Instant now = clock.instant();
    return append(new VisitorLinked(ids.next(), subject, browser, policy.version(), now, now, evidence));
  }

  @Override
  public Recorded append(ConsentEvent event) {
    validate(event);
    AppendResult result = stores.consents().append(event, audit(event));
    if (result.appended()) {
      log.debug("Recorded {} {} for {} via {}", event.type(), event.id(), event.holder(), event.evidence().channel());
    } else {
      log.debug("Event {} was already recorded; nothing appended", event.id());
    }
    return new Recorded(result.event(), result.appended(), receiptOf(result.event()).orElse(null));
  }

  private void validate(ConsentEvent event) {
    knownRevision(event.policyVersion());
    if (event instanceof ConsentGranted g) {
      consentBased(g.purposes(), "grant");
      grantChannel(g);
    } else if (event instanceof ConsentWithdrawn w) {
      consentBased(w.purposes(), "withdraw");
      notPostDated(w);
    } else if (event instanceof ObjectionRaised r) {
      r.objections().forEach(policy::objection);
      notPostDated(r);
    } else if (event instanceof ObjectionLifted l) {
      l.objections().forEach(policy::objection);
    } else if (event instanceof CookiePreferencesSet c) {
      c.allowed().forEach(policy::cookieCategory);
      c.refused().forEach(policy::cookieCategory);
    }
    if (event.evidence().form() != null) {
      policy.form(event.evidence().form().value());
    }
  }

  private void knownRevision(String version) {
    boolean known = version.equals(policy.version())
        || policy.changes().history().stream().anyMatch(c -> c.version().equals(version));
    if (!known) {
      throw new IllegalArgumentException("Unknown policy revision '" + Ids.printable(version) + "' in the event; known: "
          + policy.changes().history().stream().map(c -> c.version()).collect(Collectors.toList()) + " and " + policy.version());
    }
  }

  /** A grant must come through a channel the purpose accepts grants on; bulk imports are the exception. */
  private void grantChannel(ConsentGranted g) {
    Channel channel = g.evidence().channel();
    if (channel == Channel.BULK_IMPORT) {
      return;
    }
    for (PurposeId id : g.purposes()) {
      Purpose p = policy.purpose(id);
      if (!p.consent().grantChannels().contains(channel)) {
        throw new IllegalArgumentException("Consent to purpose '" + id + "' cannot be given by " + channel + "; the policy accepts "
            + p.consent().grantChannels());
      }
    }
  }

  /** Withdrawals and objections take effect from their recorded instant (§6.1, R7, R12); they cannot be post-dated. */
  private static void notPostDated(ConsentEvent e) {
    if (e.effectiveAt().isAfter(e.recordedAt())) {
      throw new IllegalArgumentException("A " + e.type() + " event takes effect when it is recorded; effective "
          + e.effectiveAt() + " is after recorded " + e.recordedAt());
    }
  }

  private void consentBased(Set<PurposeId> purposes, String verb) {
    for (PurposeId id : purposes) {
      Purpose p = policy.purpose(id);
      if (!p.legalBasis().consentBased()) {
        throw new IllegalArgumentException("Cannot " + verb + " consent to purpose '" + id + "': its legal basis is "
            + p.legalBasis() + ", not consent");
      }
    }
  }

  private AuditDraft audit(ConsentEvent e) {
    Map<String, String> details = new TreeMap<>();
    details.put("event", e.id().value());
    details.put("channel", e.evidence().channel().name());
    details.put("actor", e.evidence().actor().name());
    details.put("effectiveAt", e.effectiveAt().toString());
    if (e.evidence().form() != null) {
      details.put("form", e.evidence().form().value());
    }
    if (e instanceof ConsentGranted g) {
      details.put("purposes", join(g.purposes()));
    } else if (e instanceof ConsentWithdrawn w) {
      details.put("purposes", join(w.purposes()));
    } else if (e instanceof ObjectionRaised r) {
      details.put("objections", join(r.objections()));
    } else if (e instanceof ObjectionLifted l) {
      details.put("objections", join(l.objections()));
    } else if (e instanceof CookiePreferencesSet c) {
      details.put("allowed", join(c.allowed()));
      details.put("refused", join(c.refused()));
    } else if (e instanceof VisitorLinked v) {
      details.put("browser", pseudonyms.of("browser", v.browser().value()));
    }
    return new AuditDraft(e.recordedAt(), e.type(), ref(e.holder()), e.policyVersion(), details);
  }

  /** @return the keyed pseudonym of a holder for audit records and receipts */
  public String ref(Holder holder) {
    return holder instanceof SubjectId s ? pseudonyms.of("subject", s.value()) : pseudonyms.of("browser", holder.value());
  }

  private static String join(Collection<?> ids) {
    return ids.stream().map(Object::toString).sorted().collect(Collectors.joining(","));
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
  public List<ConsentEvent> withLinked(Holder holder) {
    List<ConsentEvent> own = stores.consents().events(holder);
    Set<Holder> linked = new LinkedHashSet<>();
    for (ConsentEvent e : own) {
      if (e instanceof VisitorLinked v) {
        linked.add(holder.equals(v.subject()) ? v.browser() : v.subject());
      }
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
    SubjectProfile profile = stores.subjects().find(subject).orElse(null);
    return ConsentState.project(policy, profile, withLinked(subject), at);
  }

  @Override
  public List<SubjectId> dueForConfirmation(Instant at) {
    int majority = policy.minors().majorityAge();
    List<SubjectId> due = new ArrayList<>();
    for (SubjectId s : stores.consents().subjectsActedForBy(Actor.GUARDIAN)) {
      SubjectProfile profile = stores.subjects().find(s).orElse(null);
      if (profile == null || profile.majorityAt(majority).map(m -> m.isAfter(at)).orElse(true)) {
        continue;
      }
      ConsentState state = ConsentState.project(policy, profile, stores.consents().events(s), at);
      boolean guardianAcceptance = state.acceptance().map(a -> a.evidence().actor() == Actor.GUARDIAN).orElse(false);
      boolean guardianGrant = false;
      for (Purpose p : policy.purposes()) {
        ConsentStatus status = state.consent(p.id());
        if (status.granted() && status.decisive().evidence().actor() == Actor.GUARDIAN) {
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
    return stores.consents().find(event).flatMap(this::receiptOf);
  }

  private Optional<ConsentReceipt> receiptOf(ConsentEvent e) {
    Set<PurposeId> purposes;
    String action;
    if (e instanceof ConsentGranted g) {
      purposes = g.purposes();
      action = "grant";
    } else if (e instanceof ConsentWithdrawn w) {
      purposes = w.purposes();
      action = "withdraw";
    } else if (e instanceof PolicyAccepted) {
      purposes = new LinkedHashSet<>();
      policy.purposesGrantedByAcceptance().forEach(p -> purposes.add(p.id()));
      action = "accept-policy";
    } else {
      return Optional.empty();
    }
    List<ConsentReceipt.ReceiptPurpose> lines = new ArrayList<>();
    Set<String> withdrawal = new LinkedHashSet<>();
    for (PurposeId id : purposes) {
      Purpose p = policy.purpose(id);
      lines.add(new ConsentReceipt.ReceiptPurpose(id.value(), p.labels(), p.legalBasis().name(),
          p.categories().stream().map(CategoryId::value).toList(), p.recipients().stream().map(RecipientId::value).toList(),
          !p.recipients().isEmpty(), p.consent() == null || p.consent().validity() == null ? null : p.consent().validity().toString()));
      if (p.consent() != null) {
        p.consent().withdrawalChannels().stream().map(Channel::name).forEach(withdrawal::add);
      }
    }
    String receiptId = UUID.nameUUIDFromBytes(("receipt:" + e.id().value()).getBytes(StandardCharsets.UTF_8)).toString();
    return Optional.of(new ConsentReceipt(receiptId, ConsentReceipt.FORMAT, action, e.effectiveAt(), e.recordedAt(),
        policy.controller().name().in(Language.EN, ""), policy.controller().address(),
        policy.jurisdiction(), policy.revision().law(), policy.id(), e.policyVersion(), ref(e.holder()), lines,
        e.evidence().channel().name(), e.evidence().actor().name(), e.evidence().reference(), e.evidence().noticeHash(),
        List.copyOf(withdrawal)));
  }
}
