package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.rights.AccessExport;
import com.oriflame.privacy.DataSources;
import com.oriflame.privacy.rights.ErasurePlan;
import com.oriflame.privacy.rights.ErasureReport;
import com.oriflame.privacy.rights.ExportDisclosures;
import com.oriflame.privacy.HostSystems;
import com.oriflame.privacy.rights.WorkProgress;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.rights.RequestId;
import com.oriflame.privacy.rights.RequestKind;
import com.oriflame.privacy.rights.RequestKindException;
import com.oriflame.privacy.rights.RequestRecord;
import com.oriflame.privacy.rights.RequestState;
import com.oriflame.privacy.rights.RequestStateException;
import com.oriflame.privacy.spi.PersonalDataSource;
import com.oriflame.privacy.rights.SourceExport;
import com.oriflame.privacy.rights.SourceResult;
import com.oriflame.privacy.rights.SourceStep;
import com.oriflame.privacy.spi.StepStore;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.internal.Implements;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work of requests across the host's sources behind {@link PrivacyEngine#hostSystems()}: the
 * request is checked first (it exists, its kind fits, it may be executed: R28), moved to in progress
 * before the first step and completed when every step is done; every step recorded as started, then
 * done or failed, each with its audit record; a done step is never sent again (exports, which change
 * nothing and keep no data, are read again on every call).
 */
@Implements({"R25", "R28", "R29"})
final class HostSystemsService implements HostSystems {
  private static final Logger log = LoggerFactory.getLogger(HostSystemsService.class);
  private static final Comparator<SourceStep> ORDER =
      Comparator.comparing((SourceStep s) -> s.key().source()).thenComparing(s -> s.key().step());

  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final ZoneId zone;
  private final Function<SubjectId, String> ref;
  private final DataSources sources;
  private final ExportDisclosures disclosures;
  private final LedgerService ledger;
  private final RegistryService registry;
  private final RequestService requests;

  HostSystemsService(Policy policy, Stores stores, Clock clock, ZoneId zone, Function<SubjectId, String> ref,
      DataSources sources, ExportDisclosures disclosures, LedgerService ledger, RegistryService registry,
      RequestService requests) {
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.zone = zone;
    this.ref = ref;
    this.sources = sources;
    this.disclosures = disclosures;
    this.ledger = ledger;
    this.registry = registry;
    this.requests = requests;
  }

  @Override
  public DataSources sources() {
    return sources;
  }

  @Override
  public AccessExport export(RequestId request, Language language) {
    Objects.requireNonNull(language, "language must not be null");
    RequestRecord r = executable(request, "export", RequestKind.ACCESS);
    String work = r.id().value();
    SubjectId subject = r.subject();
    requests.start(r.id());
    List<SourceExport> exports = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (PersonalDataSource s : sources.list()) {
      SourceExport[] read = new SourceExport[1];
      SourceStep step = run(work, subject, "", s.id(), "export", true, key -> {
        SourceExport e = Objects.requireNonNull(s.export(subject, s.categories()), "export returned null");
        read[0] = e;
        Set<CategoryId> found = new LinkedHashSet<>();
        e.items().forEach(i -> found.add(i.category()));
        return new SourceResult(found, Set.of());
      });
      if (step.status() == SourceStep.Status.DONE) {
        exports.add(new SourceExport(s.id(), read[0].items()));
      } else {
        missing.add(s.id());
      }
    }
    Instant now = clock.instant();
    SubjectProfile profile = registry.find(subject, now).orElse(null);
    List<ConsentEvent> events = ledger.withLinked(subject);
    Optional<List<AccessExport.Disclosure>> disclosed =
        disclosures == null ? Optional.empty() : Optional.of(List.copyOf(disclosures.about(subject)));
    AccessExport export = AccessExport.assemble(policy, subject, profile, events, exports, missing, disclosed, now, zone,
        language);
    if (export.complete()) {
      requests.complete(r.id(), "", "export delivered: " + export.itemCount() + " items from " + exports.size() + " sources");
    }
    return export;
  }

  @Override
  public ErasurePlan plan(RequestId request) {
    RequestRecord r = checked(request, "plan", false, RequestKind.ERASURE, RequestKind.ACCOUNT_CLOSURE);
    return plan(r);
  }

  /** What the request's erasure or closure would do now: its categories (none: all), or all for a closure. */
  private ErasurePlan plan(RequestRecord r) {
    boolean closure = r.kind() == RequestKind.ACCOUNT_CLOSURE;
    Instant now = clock.instant();
    return ErasurePlan.of(policy, registry.find(r.subject(), now).orElse(null), closure ? Set.of() : r.categories(), now,
        zone, closure);
  }

  @Override
  public ErasureReport erase(RequestId request) {
    return carry(executable(request, "erase", RequestKind.ERASURE));
  }

  @Override
  public ErasureReport closeAccount(RequestId request) {
    return carry(executable(request, "closeAccount", RequestKind.ACCOUNT_CLOSURE));
  }

  private ErasureReport carry(RequestRecord r) {
    ErasurePlan plan = plan(r);
    String work = r.id().value();
    SubjectId subject = r.subject();
    requests.start(r.id());
    List<SourceStep> steps = new ArrayList<>();
    for (PersonalDataSource s : sources.list()) {
      Set<CategoryId> erase = mayHold(s, plan.toErase());
      if (!erase.isEmpty()) {
        steps.add(run(work, subject, "", s.id(), "erase", false, key -> s.erase(key, subject, erase)));
      }
      Set<CategoryId> depersonalize = mayHold(s, plan.toDepersonalize());
      if (!depersonalize.isEmpty()) {
        steps.add(run(work, subject, "", s.id(), "depersonalize", false, key -> s.depersonalize(key, subject, depersonalize)));
      }
    }
    Optional<Instant> closedAt = Optional.empty();
    if (plan.closure() && steps.stream().allMatch(x -> x.status() == SourceStep.Status.DONE)) {
      // R29: the closure takes effect at the instant the work completes, never before every source erased
      Instant[] closed = new Instant[1];
      SourceStep close = run(work, subject, "", DataSources.LEDGER, "close-account", false, key -> {
        closed[0] = close(subject);
        return new SourceResult(Set.of(), Set.of());
      });
      steps.add(close);
      if (close.status() == SourceStep.Status.DONE) {
        closedAt = closed[0] != null ? Optional.of(closed[0])
            : registry.find(subject).flatMap(SubjectProfile::accountClosedAt);
      }
    }
    steps.sort(ORDER);
    Map<CategoryId, Set<String>> doneBy = new HashMap<>();
    for (SourceStep s : steps) {
      if (s.status() == SourceStep.Status.DONE) {
        s.done().forEach(c -> doneBy.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(s.key().source()));
      }
    }
    List<ErasureReport.Outcome> outcomes = new ArrayList<>();
    for (ErasurePlan.CategoryPlan p : plan.categories()) {
      Set<String> by = p.action() == ErasurePlan.Action.KEEP ? Set.of() : doneBy.getOrDefault(p.category(), Set.of());
      outcomes.add(new ErasureReport.Outcome(p.category(), p.action(), by, p.kept()));
    }
    ErasureReport report = new ErasureReport(work, plan, outcomes, new WorkProgress(work, steps), closedAt);
    if (report.complete()) {
      // category ids and counts only: the note is stored with the request and is no personal data
      requests.complete(r.id(), "", (plan.closure() ? "account closed" : "erasure done") + ": erased "
          + count(outcomes, ErasurePlan.Action.ERASE) + ", depersonalized " + count(outcomes, ErasurePlan.Action.DEPERSONALIZE)
          + ", kept " + report.kept().size() + " categories" + (report.kept().isEmpty() ? "" : " ("
          + String.join(", ", report.kept().stream().map(o -> o.category().value()).toList()) + ")"));
    }
    log.info("{} for {}: {} steps, complete={}, kept {} categories", plan.closure() ? "Account closure" : "Erasure", subject,
        steps.size(), report.complete(), plan.toKeep().size());
    return report;
  }

  private static long count(List<ErasureReport.Outcome> outcomes, ErasurePlan.Action action) {
    return outcomes.stream().filter(o -> o.action() == action && !o.sources().isEmpty()).count();
  }

  /** Records the closure on the profile at now, once: a profile already closed is left as it is. */
  private Instant close(SubjectId subject) {
    SubjectProfile profile = registry.find(subject).orElse(SubjectProfile.empty(subject));
    if (profile.accountClosedAt().isPresent()) {
      return profile.accountClosedAt().get();
    }
    Instant at = clock.instant();
    SubjectProfile.Builder closed = profile.toBuilder().accountClosedAt(at);
    profile.contract().filter(c -> c.end().isEmpty() || c.end().get().isAfter(at))
        .ifPresent(c -> closed.contract(c.withEnd(at.isBefore(c.start()) ? c.start() : at)));
    registry.save(closed.build(), at);
    return at;
  }

  @Override
  public WorkProgress rectify(RequestId request, String staff) {
    if (staff == null || staff.isBlank()) {
      throw new IllegalArgumentException("staff must name the staff member who acts (R28), was " + (staff == null ? "null"
          : "blank"));
    }
    RequestRecord r = executable(request, "rectify", RequestKind.RECTIFICATION);
    String work = r.id().value();
    SubjectId subject = r.subject();
    Map<CategoryId, String> corrections = r.corrections();
    corrections.keySet().forEach(policy::category);
    requests.start(r.id(), staff);
    List<SourceStep> steps = new ArrayList<>();
    for (PersonalDataSource s : sources.list()) {
      Map<CategoryId, String> mine = new LinkedHashMap<>();
      corrections.forEach((c, v) -> {
        if (touches(s.categories(), c)) {
          mine.put(c, Objects.requireNonNull(v, "correction value"));
        }
      });
      if (!mine.isEmpty()) {
        steps.add(run(work, subject, staff, s.id(), "rectify", false, key -> s.rectify(key, subject, mine)));
      }
    }
    steps.sort(ORDER);
    return finish(r, staff, "rectified", new WorkProgress(work, steps));
  }

  @Override
  public WorkProgress block(RequestId request) {
    RequestRecord r = executable(request, "block", RequestKind.BLOCKING);
    String work = r.id().value();
    SubjectId subject = r.subject();
    Set<CategoryId> categories = r.categories();
    categories.forEach(policy::category);
    requests.start(r.id());
    List<SourceStep> steps = new ArrayList<>();
    for (PersonalDataSource s : sources.list()) {
      Set<CategoryId> mine = categories.isEmpty() ? s.categories() : mayHold(s, categories);
      if (!mine.isEmpty()) {
        steps.add(run(work, subject, "", s.id(), "block", false, key -> s.block(key, subject, mine)));
      }
    }
    steps.sort(ORDER);
    return finish(r, "", "blocked", new WorkProgress(work, steps));
  }

  /** Completes the request once every step is done, noting how many categories in how many sources. */
  private WorkProgress finish(RequestRecord r, String actor, String verb, WorkProgress progress) {
    if (progress.complete()) {
      Set<CategoryId> done = new LinkedHashSet<>();
      progress.steps().forEach(s -> done.addAll(s.done()));
      requests.complete(r.id(), actor, verb + " " + done.size() + " categories in "
          + progress.steps().stream().filter(s -> !s.done().isEmpty()).count() + " sources");
    }
    return progress;
  }

  @Override
  public List<SourceStep> steps(RequestId request) {
    Objects.requireNonNull(request, "request must not be null");
    requests.get(request); // an unknown id fails fast, naming it, instead of reading as "no steps yet"
    return stepStore().steps(request.value());
  }

  /** The request, if its kind is one of {@code kinds} and it may be executed now (R28); nothing is sent otherwise. */
  private RequestRecord executable(RequestId id, String operation, RequestKind... kinds) {
    return checked(id, operation, true, kinds);
  }

  /**
   * The request, checked: it exists, its kind is one of {@code kinds}, and (if {@code execute}) it is
   * verified or in progress, or received and of a kind that needs no verification (R28).
   */
  private RequestRecord checked(RequestId id, String operation, boolean execute, RequestKind... kinds) {
    Objects.requireNonNull(id, "request must not be null; pass the id of a request received through rights()");
    RequestRecord r = requests.get(id);
    Set<RequestKind> fit = EnumSet.of(kinds[0], kinds);
    if (!fit.contains(r.kind())) {
      throw new RequestKindException(id, r.kind(), operation, "Request " + id + " is a " + r.kind() + " request; "
          + operation + " carries out only " + fit.stream().map(Enum::name).collect(java.util.stream.Collectors.joining(" or "))
          + " requests. Receive a request of that kind first");
    }
    if (execute && !mayExecute(r)) {
      throw refused(r, operation);
    }
    return r;
  }

  /** R28: verified or already in progress; received only for kinds whose right needs no identity verification. */
  private boolean mayExecute(RequestRecord r) {
    return switch (r.state()) {
      case IDENTITY_VERIFIED, IN_PROGRESS -> true;
      case RECEIVED -> !requests.needsVerification(r.kind());
      case VERIFICATION_FAILED, VERIFICATION_EXPIRED, COMPLETED, REFUSED, WITHDRAWN -> false;
    };
  }

  private static RequestStateException refused(RequestRecord r, String operation) {
    String why = r.state() == RequestState.RECEIVED
        ? "the requester's identity is not verified, so it is never executed (R28, §6.2); call rights().verifyIdentity first"
        : "it is closed, so it is not executed again";
    return new RequestStateException(r.id(), r.state(), RequestState.IN_PROGRESS, operation + " refused: request " + r.id()
        + " (" + r.kind() + ") is " + r.state() + ": " + why + ". Nothing was sent to any source");
  }

  /** What one step sends to its source. */
  private interface Call {
    SourceResult send(OperationKey key);
  }

  /**
   * Runs one step: returns it as recorded if done (unless {@code again}); else records it started,
   * sends it, and records it done or failed. A failure of the source is recorded, not thrown; a
   * failure of the step store is thrown (the step is then sent again on the next run).
   */
  private SourceStep run(String work, SubjectId subject, String actor, String source, String step, boolean again, Call call) {
    OperationKey key = new OperationKey(work, source, step);
    Optional<SourceStep> earlier = stepStore().find(key);
    if (!again && earlier.isPresent() && earlier.get().status() == SourceStep.Status.DONE) {
      return earlier.get();
    }
    SourceStep started = SourceStep.started(key, earlier.map(s -> s.attempts() + 1).orElse(1), actor, clock.instant());
    record(started, subject);
    SourceResult result;
    try {
      result = Objects.requireNonNull(call.send(key), "the source returned no result");
    } catch (RuntimeException e) {
      SourceStep failed = started.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
          clock.instant());
      record(failed, subject);
      log.warn("Step {} failed for {} (attempt {}): {}", key, subject, failed.attempts(), e.getClass().getSimpleName());
      return failed;
    }
    SourceStep done = started.done(result, clock.instant());
    record(done, subject);
    return done;
  }

  private void record(SourceStep step, SubjectId subject) {
    Map<String, String> details = new TreeMap<>();
    details.put("work", step.key().work());
    details.put("source", step.key().source());
    details.put("step", step.key().step());
    details.put("attempt", Integer.toString(step.attempts()));
    details.put("digest", Digests.sha256(step.canonical()));
    if (!step.actor().isEmpty()) {
      details.put("actor", step.actor());
    }
    if (step.status() == SourceStep.Status.DONE) {
      details.put("done", Integer.toString(step.done().size()));
      details.put("notHeld", Integer.toString(step.notHeld().size()));
    }
    stepStore().record(step, new AuditDraft(step.at(), "source-step." + step.status().name().toLowerCase(java.util.Locale.ROOT),
        ref.apply(subject), policy.version(), details));
  }

  private StepStore stepStore() {
    try {
      return stores.steps();
    } catch (UnsupportedOperationException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /** The categories of {@code wanted} that the source may hold: one of its categories covers or lies below it. */
  private static Set<CategoryId> mayHold(PersonalDataSource s, Set<CategoryId> wanted) {
    Set<CategoryId> result = new LinkedHashSet<>();
    for (CategoryId c : wanted) {
      if (touches(s.categories(), c)) {
        result.add(c);
      }
    }
    return result;
  }

  private static boolean touches(Set<CategoryId> set, CategoryId category) {
    for (CategoryId c : set) {
      if (c.covers(category) || category.covers(c)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "HostSystems[" + sources + "]";
  }
}
