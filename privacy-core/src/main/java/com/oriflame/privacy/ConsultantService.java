package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.SubjectRegistry;
import com.oriflame.privacy.consultant.Closure;
import com.oriflame.privacy.consultant.ConsultantDuties;
import com.oriflame.privacy.consultant.Mandate;
import com.oriflame.privacy.consultant.ObligationCause;
import com.oriflame.privacy.consultant.TrackedObligation;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.DecisionEngine;
import com.oriflame.privacy.decision.EntrustedUse;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.policy.ConsultantDuty;
import com.oriflame.privacy.policy.Deadline;
import com.oriflame.privacy.policy.DeadlineUnit;
import com.oriflame.privacy.policy.DutyId;
import com.oriflame.privacy.policy.DutyTrigger;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.ObligationStore;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Consultants' duties behind {@link PrivacyEngine#consultants()} (§7; R24, R30, R31): decisions
 * on entrusted data through the rule table and the mandate, and the tracked obligations.
 */
final class ConsultantService implements ConsultantDuties {
  private static final Logger log = LoggerFactory.getLogger(ConsultantService.class);
  static final DutyId CHECK_AND_REPORT = DutyId.of("duty.check-and-report");
  static final DutyId ANSWER_QUERIES = DutyId.of("duty.answer-queries");

  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final ZoneId zone;
  private final DecisionEngine decisions;
  private final SubjectRegistry registry;
  private final Function<SubjectId, String> ref;
  /** The rule table's decision for a request as of an instant, reading the stores as {@code check} does, unaudited. */
  private final BiFunction<Request, Instant, Decision> table;
  private final Object cancelling = new Object();

  ConsultantService(Policy policy, Stores stores, Clock clock, ZoneId zone, DecisionEngine decisions, SubjectRegistry registry,
      Function<SubjectId, String> ref, BiFunction<Request, Instant, Decision> table) {
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.zone = zone;
    this.decisions = decisions;
    this.registry = registry;
    this.ref = ref;
    this.table = table;
  }

  private ObligationStore store() {
    return stores.obligations();
  }

  @Override
  public Decision check(EntrustedUse use) {
    Objects.requireNonNull(use, "use must not be null");
    Instant now = clock.instant();
    Request request = use.request();
    Decision core = table.apply(request, now);
    Instant at = core.at();
    boolean registered;
    Optional<Instant> cancelled;
    try {
      registered = registry.find(use.consultant(), at).flatMap(SubjectProfile::contract).map(c -> c.inForceAt(at)).orElse(false);
      cancelled = cancelledAt(use.consultant());
    } catch (UnsupportedOperationException e) {
      throw e; // stores without an ObligationStore: a host's wiring error, not a store failure
    } catch (RuntimeException e) {
      log.warn("Store failure while reading the mandate of {}; denying ({})", use.consultant(), e.getClass().getSimpleName());
      return decisions.storeFailure(request, now);
    }
    Decision d = decisions.decideEntrusted(use, core, registered, cancelled);
    log.debug("{} {} of entrusted data by {} ({} reasons)", d.permitted() ? "Permitted" : "Denied", use.kind(), use.consultant(),
        d.reasons().size());
    return d;
  }

  /** The instant the Consultant's registration was cancelled through this service, if it was. */
  private Optional<Instant> cancelledAt(SubjectId consultant) {
    return store().of(consultant).stream().filter(o -> o.cause() == ObligationCause.CANCELLATION)
        .map(TrackedObligation::createdAt).min(Instant::compareTo);
  }

  @Override
  public Mandate mandate(SubjectId consultant) {
    Objects.requireNonNull(consultant, "consultant must not be null");
    Instant at = clock.instant();
    Optional<Instant> cancelled = cancelledAt(consultant);
    boolean inForce = cancelled.map(c -> c.isAfter(at)).orElse(true)
        && registry.find(consultant, at).flatMap(SubjectProfile::contract).map(c -> c.inForceAt(at)).orElse(false);
    List<ConsultantDuty> standing = policy.duties().list().stream().filter(d -> d.trigger() == DutyTrigger.ALWAYS).toList();
    List<TrackedObligation> open = store().of(consultant).stream().filter(TrackedObligation::open).toList();
    return new Mandate(consultant, at, inForce, cancelled, PurposeId.of(EntrustedUse.ENTRUSTED_PURPOSE), standing, open);
  }

  @Override
  public List<TrackedObligation> cancelRegistration(SubjectId consultant, String reference) {
    Objects.requireNonNull(consultant, "consultant must not be null");
    requireReference(reference);
    synchronized (cancelling) {
      List<DutyId> order = policy.duties().list().stream().map(ConsultantDuty::id).toList();
      List<TrackedObligation> earlier = store().of(consultant).stream().filter(o -> o.cause() == ObligationCause.CANCELLATION)
          .sorted(Comparator.comparingInt(o -> order.indexOf(o.duty()))).toList();
      if (!earlier.isEmpty()) {
        return earlier;
      }
      Instant at = clock.instant();
      endContract(consultant, at);
      List<ObligationStore.Write> writes = new ArrayList<>();
      List<TrackedObligation> created = new ArrayList<>();
      for (ConsultantDuty duty : policy.duties()) {
        if (duty.trigger() == DutyTrigger.DEREGISTRATION) {
          TrackedObligation o = create(consultant, duty, ObligationCause.CANCELLATION, reference, at);
          created.add(o);
          writes.add(new ObligationStore.Write(o, opened(o)));
        }
      }
      store().record(writes);
      log.debug("Registration of {} cancelled: {} obligations created", consultant, created.size());
      return List.copyOf(created);
    }
  }

  /** Ends the contract on the Consultant's profile if one is in force: from now on their own data is post-contract data too. */
  private void endContract(SubjectId consultant, Instant at) {
    Optional<SubjectProfile> profile = registry.find(consultant);
    if (profile.isEmpty()) {
      return;
    }
    Optional<Contract> contract = profile.get().contract();
    if (contract.isPresent() && contract.get().inForceAt(at) && at.isAfter(contract.get().start())) {
      registry.save(profile.get().toBuilder().contract(contract.get().withEnd(at)).build(), at);
    }
  }

  @Override
  public TrackedObligation request(SubjectId consultant, ObligationCause cause, String reference) {
    Objects.requireNonNull(consultant, "consultant must not be null");
    Objects.requireNonNull(cause, "cause must not be null");
    requireReference(reference);
    DutyId duty = switch (cause) {
      case CANCELLATION -> throw new IllegalArgumentException("cause: a cancellation's obligations come from cancelRegistration(...),"
          + " not request(...)");
      case VERIFICATION_REQUEST, BREACH -> CHECK_AND_REPORT;
      case QUERY -> ANSWER_QUERIES;
    };
    TrackedObligation o = create(consultant, policy.duty(duty), cause, reference, clock.instant());
    store().record(List.of(new ObligationStore.Write(o, opened(o))));
    return o;
  }

  @Override
  public TrackedObligation close(String obligationId, String evidence) {
    Objects.requireNonNull(obligationId, "obligationId must not be null");
    TrackedObligation o = store().find(obligationId).orElseThrow(() -> new IllegalArgumentException("obligationId: no obligation '"
        + obligationId + "' is recorded"));
    TrackedObligation closed = o.closedWith(new Closure(clock.instant(), evidence));
    Map<String, String> details = details(closed);
    details.put("status", closed.statusAt(closed.closure().orElseThrow().at()).name());
    store().record(List.of(new ObligationStore.Write(closed, new AuditDraft(closed.closure().orElseThrow().at(),
        "consultant.obligation.closed", ref.apply(closed.consultant()), policy.version(), details))));
    return closed;
  }

  @Override
  public Optional<TrackedObligation> find(String obligationId) {
    Objects.requireNonNull(obligationId, "obligationId must not be null");
    return store().find(obligationId);
  }

  @Override
  public List<TrackedObligation> obligations(SubjectId consultant) {
    Objects.requireNonNull(consultant, "consultant must not be null");
    return store().of(consultant);
  }

  @Override
  public List<TrackedObligation> overdue() {
    return overdue(clock.instant());
  }

  @Override
  public List<TrackedObligation> overdue(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    return store().overdue(at);
  }

  private TrackedObligation create(SubjectId consultant, ConsultantDuty duty, ObligationCause cause, String reference, Instant at) {
    return new TrackedObligation("obligation." + UUID.randomUUID(), consultant, duty.id(), cause, reference, at,
        due(at, duty.deadline()), policy.version(), Optional.empty());
  }

  /** The due instant: the deadline counted from {@code from} in the engine's zone; working days skip Saturdays and Sundays. */
  Instant due(Instant from, Optional<Deadline> deadline) {
    if (deadline.isEmpty()) {
      return from;
    }
    ZonedDateTime t = from.atZone(zone);
    int amount = deadline.get().amount();
    if (deadline.get().unit() == DeadlineUnit.CALENDAR_DAYS) {
      return t.plusDays(amount).toInstant();
    }
    while (amount > 0) {
      t = t.plusDays(1);
      if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
        amount--;
      }
    }
    return t.toInstant();
  }

  private AuditDraft opened(TrackedObligation o) {
    return new AuditDraft(o.createdAt(), "consultant.obligation.opened", ref.apply(o.consultant()), policy.version(), details(o));
  }

  /** No personal data: ids, the duty, the cause, instants and the digest of the row. */
  private static Map<String, String> details(TrackedObligation o) {
    Map<String, String> details = new TreeMap<>();
    details.put("obligation", o.id());
    details.put("duty", o.duty().value());
    details.put("cause", o.cause().name());
    details.put("due", o.dueAt().toString());
    details.put("digest", Digests.sha256(o.canonical()));
    return details;
  }

  private static void requireReference(String reference) {
    if (reference == null || reference.isBlank()) {
      throw new IllegalArgumentException("reference: give the company's reference for it, e.g. the order or request number;"
          + " it was blank");
    }
  }
}
