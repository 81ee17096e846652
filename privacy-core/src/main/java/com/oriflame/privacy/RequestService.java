package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.SubjectRight;
import com.oriflame.privacy.rights.DeadlineCalculator;
import com.oriflame.privacy.rights.RefusalGround;
import com.oriflame.privacy.rights.RequestCodec;
import com.oriflame.privacy.rights.RequestFee;
import com.oriflame.privacy.rights.RequestId;
import com.oriflame.privacy.rights.RequestIntake;
import com.oriflame.privacy.rights.RequestKind;
import com.oriflame.privacy.rights.RequestMedium;
import com.oriflame.privacy.rights.RequestRecord;
import com.oriflame.privacy.rights.RequestRejectedException;
import com.oriflame.privacy.rights.RequestRejectionCode;
import com.oriflame.privacy.rights.RequestState;
import com.oriflame.privacy.rights.RequestStateException;
import com.oriflame.privacy.rights.RequestTransition;
import com.oriflame.privacy.rights.RightsService;
import com.oriflame.privacy.rights.WorkingCalendar;
import com.oriflame.privacy.spi.RequestStore;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data-subject requests behind {@link PrivacyEngine#rights()}: checks at receipt (R26), the
 * lifecycle's moves (R28), deadlines (R27, R37), the fee rule (R38), complaints tracked to
 * closure (R35), each write audited.
 */
@Implements({"R26", "R27", "R28", "R35", "R37", "R38"})
final class RequestService implements RightsService {
  private static final Logger log = LoggerFactory.getLogger(RequestService.class);
  /** The channels through which the authorities' requests are accepted [eng]: official letters and e-mail. */
  static final Set<Channel> AUTHORITY_CHANNELS = EnumSet.of(Channel.WRITTEN, Channel.EMAIL);
  /** Channels that make a request "written" for the free-of-charge rule (R38). */
  private static final Set<Channel> WRITTEN = EnumSet.of(Channel.WRITTEN, Channel.EMAIL, Channel.ACCOUNT_SETTINGS,
      Channel.WEBSITE_FORM, Channel.CAF_PAPER, Channel.CAF_WEB);

  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final ZoneId zone;
  private final LedgerService ledger;
  private final DeadlineCalculator deadlines;

  RequestService(Policy policy, Stores stores, Clock clock, ZoneId zone, LedgerService ledger, WorkingCalendar calendar) {
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.zone = zone;
    this.ledger = ledger;
    this.deadlines = DeadlineCalculator.of(policy, calendar, zone);
  }

  private RequestStore store() {
    return stores.requests();
  }

  @Override
  public RequestRecord receive(RequestIntake intake) {
    Objects.requireNonNull(intake, "intake must not be null");
    Instant now = clock.instant();
    Instant receivedAt = intake.receivedAt().orElse(now);
    if (receivedAt.isAfter(now)) {
      throw new RequestRejectedException(RequestRejectionCode.RECEIVED_IN_THE_FUTURE, "Request received at " + receivedAt
          + " is after the engine clock's now (" + now + "); record requests when they arrive");
    }
    RequestKind kind = intake.kind();
    // unknown ids are host errors (R3): they fail fast with the closest ids
    intake.categories().forEach(policy::category);
    intake.corrections().keySet().forEach(policy::category);
    intake.objections().forEach(policy::objection);
    intake.purposes().forEach(policy::purpose);
    Set<Channel> accepted = acceptedChannels(intake);
    if (!accepted.contains(intake.channel())) {
      reject(intake, now, RequestRejectionCode.CHANNEL_NOT_ACCEPTED, kind + " requests are not accepted through "
          + intake.channel() + ": the policy names " + accepted.stream().map(Enum::name).sorted().collect(Collectors.joining(", "))
          + " (R26)");
    }
    details(intake, now);
    RequestId id = intake.id().orElseGet(RequestId::random);
    Optional<RequestRecord> earlier = store().find(id);
    if (earlier.isPresent()) {
      return same(earlier.get(), intake, id);
    }
    List<EventId> events = new ArrayList<>();
    Evidence evidence = Evidence.of(intake.channel(), intake.reference());
    if (kind == RequestKind.OBJECTION) {
      events.add(ledger.object(intake.subject(), intake.objections(), evidence).event().id());
    } else if (kind == RequestKind.CONSENT_WITHDRAWAL) {
      events.add(ledger.withdraw(intake.subject(), intake.purposes(), evidence).event().id());
    }
    RequestRecord r = new RequestRecord(id, kind, intake.subject(), intake.channel(), intake.reference(), receivedAt,
        revisionAt(receivedAt), deadlines.deadline(kind, receivedAt), fee(kind, intake.channel(), intake.medium()),
        intake.medium(), intake.categories(), intake.corrections(), intake.objections(), intake.purposes(),
        intake.description(), events, List.of(new RequestTransition(1, RequestState.RECEIVED, receivedAt, "", "",
            Optional.empty())));
    Map<String, String> d = audited(r, r.last());
    d.put("channel", r.channel().name());
    d.put("fee", r.fee().basis().name());
    r.deadline().ifPresent(x -> {
      d.put("due", x.dueDate().toString());
      d.put("deadline", x.amount() + " " + x.unit().name() + " " + x.source().name());
    });
    d.put("request-digest", Digests.sha256(RequestCodec.write(r)));
    if (!store().receive(r, new AuditDraft(now, "request.received", ledger.ref(r.subject()), r.policyVersion(), d))) {
      return same(store().find(id).orElseThrow(), intake, id);
    }
    log.debug("Received {} request {} for {} through {}", kind, id, r.subject(), r.channel());
    return r;
  }

  /** A retried receipt under a stored id: the stored request if it is the same request, else a conflict. */
  private static RequestRecord same(RequestRecord stored, RequestIntake intake, RequestId id) {
    if (stored.kind() == intake.kind() && stored.subject().equals(intake.subject()) && stored.channel() == intake.channel()
        && stored.reference().equals(intake.reference()) && stored.categories().equals(intake.categories())
        && stored.corrections().equals(intake.corrections()) && stored.objections().equals(intake.objections())
        && stored.purposes().equals(intake.purposes()) && stored.description().equals(intake.description())
        && intake.receivedAt().map(stored.receivedAt()::equals).orElse(true)) {
      return stored;
    }
    throw new RequestRejectedException(RequestRejectionCode.ID_CONFLICT, "Request id " + id
        + " is stored for another request; give each request its own id");
  }

  /** The channels the policy names for the intake's kind (R26); for its objections and purposes, those they all accept. */
  private Set<Channel> acceptedChannels(RequestIntake intake) {
    RequestKind kind = intake.kind();
    Set<Channel> accepted = EnumSet.noneOf(Channel.class);
    if (kind.fromAuthority()) {
      accepted.addAll(AUTHORITY_CHANNELS);
      return accepted;
    }
    if (kind == RequestKind.CONSENT_WITHDRAWAL) {
      accepted.addAll(EnumSet.allOf(Channel.class));
      for (PurposeId p : intake.purposes()) {
        accepted.retainAll(policy.purpose(p).consent().map(ConsentTerms::withdrawalChannels).orElse(Set.of()));
      }
      return accepted;
    }
    Optional<SubjectRight> right = kind.right().flatMap(r -> policy.rights().find(r));
    if (right.isEmpty()) {
      throw new RequestRejectedException(RequestRejectionCode.RIGHT_NOT_IN_POLICY, "Policy '" + policy.id() + "' rev. "
          + policy.version() + " has no right " + kind.right().map(Enum::name).orElse(kind.name())
          + "; it cannot receive " + kind + " requests");
    }
    accepted.addAll(right.get().channels());
    for (ObjectionId o : intake.objections()) {
      accepted.retainAll(policy.objection(o).channels());
    }
    return accepted;
  }

  /** What each kind needs besides subject and channel. */
  private void details(RequestIntake intake, Instant now) {
    String missing = switch (intake.kind()) {
      case RECTIFICATION -> intake.corrections().isEmpty() ? "the corrected values (withCorrections)" : null;
      case OBJECTION -> intake.objections().isEmpty() ? "the objections raised (withObjections)" : null;
      case CONSENT_WITHDRAWAL -> intake.purposes().isEmpty() ? "the purposes withdrawn (withPurposes)" : null;
      case COMPLAINT -> intake.description().isBlank() ? "the description of the breach (withDescription, R35)" : null;
      case ACCESS, ERASURE, BLOCKING, ACCOUNT_CLOSURE, AUTHORITY_REQUEST, OMBUDSMAN_REQUEST -> null;
    };
    if (missing != null) {
      reject(intake, now, RequestRejectionCode.MISSING_DETAILS, intake.kind() + " request lacks " + missing);
    }
  }

  /** Audits the rejection (kind, channel, code: no personal data) and throws it. */
  private void reject(RequestIntake intake, Instant now, RequestRejectionCode code, String message) {
    Map<String, String> d = new TreeMap<>();
    d.put("kind", intake.kind().name());
    d.put("channel", intake.channel().name());
    d.put("code", code.name());
    stores.audit().append(new AuditDraft(now, "request.rejected", ledger.ref(intake.subject()), policy.version(), d));
    log.debug("Rejected {} request for {} through {}: {}", intake.kind(), intake.subject(), intake.channel(), code);
    throw new RequestRejectedException(code, message);
  }

  /** R38: access on a written request is free, except on a tangible medium. */
  static RequestFee fee(RequestKind kind, Channel channel, RequestMedium medium) {
    if (kind != RequestKind.ACCESS) {
      return RequestFee.of(RequestFee.Basis.NO_FEE_FOR_KIND);
    }
    if (medium == RequestMedium.TANGIBLE_MEDIUM) {
      return RequestFee.of(RequestFee.Basis.TANGIBLE_MEDIUM);
    }
    return RequestFee.of(WRITTEN.contains(channel) ? RequestFee.Basis.WRITTEN_ACCESS_FREE
        : RequestFee.Basis.NOT_WRITTEN_NO_FEE_IN_POLICY);
  }

  /** The latest revision (the policy's own or one of its change history) published on or before the day of {@code at}. */
  private String revisionAt(Instant at) {
    LocalDate date = LocalDate.ofInstant(at, zone);
    Map<String, LocalDate> revisions = new LinkedHashMap<>();
    policy.changes().history().forEach(c -> revisions.put(c.version(), c.published()));
    revisions.putIfAbsent(policy.version(), policy.effectiveDate());
    String revision = policy.version();
    LocalDate published = null;
    for (Map.Entry<String, LocalDate> r : revisions.entrySet()) {
      if (!r.getValue().isAfter(date) && (published == null || !r.getValue().isBefore(published))) {
        revision = r.getKey();
        published = r.getValue();
      }
    }
    return revision;
  }

  @Override
  public RequestRecord verifyIdentity(RequestId id, String actor, String evidence) {
    return move(id, RequestState.IDENTITY_VERIFIED, actor, evidence, Optional.empty());
  }

  @Override
  public RequestRecord verificationFailed(RequestId id, String actor, String note) {
    return move(id, RequestState.VERIFICATION_FAILED, actor, note, Optional.empty());
  }

  @Override
  public RequestRecord verificationExpired(RequestId id) {
    return move(id, RequestState.VERIFICATION_EXPIRED, "", "", Optional.empty());
  }

  @Override
  public RequestRecord start(RequestId id) {
    return start(id, "");
  }

  @Override
  public RequestRecord start(RequestId id, String actor) {
    return move(id, RequestState.IN_PROGRESS, actor, "", Optional.empty());
  }

  @Override
  public RequestRecord complete(RequestId id) {
    return complete(id, "", "");
  }

  @Override
  public RequestRecord complete(RequestId id, String actor, String note) {
    return move(id, RequestState.COMPLETED, actor, note, Optional.empty());
  }

  @Override
  public RequestRecord refuse(RequestId id, RefusalGround ground, String actor, String reasoning) {
    Objects.requireNonNull(ground, "ground must not be null: a refusal cites a ground of Art. 15 (Art. 17(f))");
    return move(id, RequestState.REFUSED, actor, reasoning, Optional.of(ground));
  }

  @Override
  public RequestRecord withdraw(RequestId id) {
    return move(id, RequestState.WITHDRAWN, "", "", Optional.empty());
  }

  /** Checks the move against the lifecycle and R28, then appends it with its audit record; of two racing moves one wins. */
  private RequestRecord move(RequestId id, RequestState to, String actor, String note, Optional<RefusalGround> ground) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(actor, "actor must not be null; use \"\" for none");
    Objects.requireNonNull(note, "note must not be null; use \"\" for none");
    RequestRecord r = get(id);
    RequestState from = r.state();
    if (from == to && (to == RequestState.IN_PROGRESS || to == RequestState.COMPLETED)) {
      return r; // a resumed orchestrator repeats start and complete
    }
    if (!from.next().contains(to)) {
      throw new RequestStateException(id, from, to, "Request " + id + " (" + r.kind() + ") is " + from + "; it cannot move to "
          + to + (from.terminal() ? ": it is closed" : "; allowed: " + from.next()));
    }
    if (to == RequestState.IN_PROGRESS && needsVerification(r.kind()) && !r.identityVerified()) {
      throw new RequestStateException(id, from, to, "Request " + id + " (" + r.kind() + ") is " + from
          + ": the requester's identity is not verified, so it is never executed (R28, §6.2); call verifyIdentity first");
    }
    Instant now = clock.instant();
    RequestTransition t = new RequestTransition(r.transitions().size() + 1, to, now, actor, note, ground);
    Map<String, String> d = audited(r, t);
    d.put("from", from.name());
    AuditDraft audit = new AuditDraft(now, "request." + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        ledger.ref(r.subject()), r.policyVersion(), d);
    if (!store().transition(id, t, audit)) {
      RequestState current = get(id).state();
      throw new RequestStateException(id, current, to, "Request " + id + " moved to " + current + " meanwhile; it cannot move"
          + " to " + to + " from there unless the lifecycle allows it: read it again and decide");
    }
    log.debug("Request {} ({}) {} -> {}", id, r.kind(), from, to);
    return r.with(t);
  }

  /** Whether the policy's right for the kind requires staff to verify identity first (R28); the authorities' requests do not. */
  boolean needsVerification(RequestKind kind) {
    return kind.right().flatMap(k -> policy.rights().find(k)).map(SubjectRight::identityVerification)
        .orElse(false);
  }

  private static Map<String, String> audited(RequestRecord r, RequestTransition t) {
    Map<String, String> d = new TreeMap<>();
    d.put("request", r.id().value());
    d.put("kind", r.kind().name());
    d.put("state", t.state().name());
    d.put("sequence", Integer.toString(t.sequence()));
    d.put("digest", Digests.sha256(RequestCodec.write(t)));
    t.ground().ifPresent(g -> {
      d.put("ground", g.name());
      d.put("clause", g.clause().value());
    });
    return d;
  }

  @Override
  public Optional<RequestRecord> find(RequestId id) {
    Objects.requireNonNull(id, "id must not be null");
    return store().find(id);
  }

  @Override
  public RequestRecord get(RequestId id) {
    return find(id).orElseThrow(() -> new UnknownIdException("request", id.value(), List.of()));
  }

  @Override
  public List<RequestRecord> forSubject(SubjectId subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    return store().forSubject(subject);
  }

  @Override
  public List<RequestRecord> overdue(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    // expiresAt <= at  <=>  expiresAt < at + 1µs (instants are kept to the microsecond)
    return store().openExpiringBefore(at.plusNanos(1_000).truncatedTo(java.time.temporal.ChronoUnit.MICROS));
  }

  @Override
  public List<RequestRecord> dueBetween(Instant from, Instant to) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("dueBetween: to (" + to + ") is before from (" + from + ")");
    }
    List<RequestRecord> due = new ArrayList<>();
    for (RequestRecord r : store().openExpiringBefore(to)) {
      if (!r.deadline().orElseThrow().expiresAt().isBefore(from)) {
        due.add(r);
      }
    }
    return due;
  }

  @Override
  public DeadlineCalculator deadlines() {
    return deadlines;
  }
}
