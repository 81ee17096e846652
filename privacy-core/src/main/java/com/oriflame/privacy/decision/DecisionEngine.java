package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.policy.CookieCategory;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.CookieKind;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.Recipient;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The decision rules of the policy as a pure function: a request and what the stores hold about
 * the subject in, a {@link Decision} out. {@code PrivacyEngine} reads the stores and calls it;
 * {@code check} and {@code filter} both go through {@link #decide}, so they cannot disagree. A
 * host with storage of its own may call it directly. Thread-safe and immutable.
 *
 * <p>{@link #decide} is a loop over the ordered table of rule classes ({@code Rules}): every rule
 * reports what fails, what grounds a permit and what the caller must do; any failure denies with
 * every failing condition, and with no ground to permit the default is deny.
 *
 * <p>Stability: experimental: the fast path (compiled state, caches) may reshape how hosts with their own storage call it.
 */
public final class DecisionEngine {
  private final CompiledPolicy compiled;

  private DecisionEngine(CompiledPolicy compiled) {
    this.compiled = compiled;
  }

  /**
   * @param policy the policy; it is linted and refused if it has errors
   * @param zone the zone dates are read in (ages, periods, the dates in facts)
   * @return the engine
   * @throws com.oriflame.privacy.policy.InvalidPolicyException if the policy has lint errors
   */
  public static DecisionEngine of(Policy policy, ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return new DecisionEngine(new CompiledPolicy(Policies.requireValid(policy, "decision policy " + policy.id()), zone));
  }

  /** @return the policy decisions are made under */
  public Policy policy() {
    return compiled.policy;
  }

  /** @return the zone dates are read in */
  public ZoneId zone() {
    return compiled.zone;
  }

  /**
   * Checks a request's ids against the policy and fills in its instant.
   *
   * @param request the request
   * @param now the instant to use if the request names none
   * @return the request with its instant
   * @throws com.oriflame.privacy.UnknownIdException if it names a purpose, category or recipient
   *     the policy does not define (R3)
   */
  public Request resolve(Request request, Instant now) {
    Resolution.of(compiled, request);
    return request.instant().isPresent() ? request : request.withInstant(now);
  }

  /**
   * Decides a request as of its instant.
   *
   * @param request a resolved request (ids known, instant set)
   * @param record the subject's profile versions and consent events
   * @param businessTransfers the recorded business transfers, read only if a rule needs them
   * @return the decision
   */
  public Decision decide(Request request, SubjectRecord record, Supplier<List<BusinessTransfer>> businessTransfers) {
    return full(request, instant(request), record, businessTransfers);
  }

  private static Instant instant(Request request) {
    return request.instant()
        .orElseThrow(() -> new IllegalArgumentException("the request has no instant; resolve it first"));
  }

  /** The full rule table on the subject's records, as of {@code at}. */
  private Decision full(Request request, Instant at, SubjectRecord record, Supplier<List<BusinessTransfer>> businessTransfers) {
    Policy policy = compiled.policy;
    Purpose purpose = policy.purpose(request.purpose());
    Optional<Recipient> recipient = request.recipient().map(policy::recipient);
    List<DataCategory> categories = new ArrayList<>(request.categories().size());
    request.categories().forEach(c -> categories.add(policy.category(c)));
    Optional<ProfileVersion> version = ProfileVersion.at(record.profileHistory(), at);
    SubjectProfile profile = version.map(ProfileVersion::profile).orElse(null);
    ConsentState state = ConsentState.project(policy, profile, record.events(), at, compiled.zone);
    Facts f = new Facts(compiled, request, at, purpose, recipient, categories, Optional.ofNullable(profile), state,
        earliest(record, state, profile), businessTransfers, record.holds());
    List<Rule> table = Disposal.due(f) ? Rules.DISPOSAL : Rules.PROCESSING;
    Verdict v = new Verdict(purpose.clauses());
    for (Rule rule : table) {
      rule.apply(f, v);
    }
    return v.decide(request, at, purpose.legalBasis(), compiled.revision);
  }

  /**
   * Compiles a subject's records for {@link #decide(Request, SubjectSnapshot, Supplier)}.
   *
   * @param subject the subject
   * @param record the subject's profile versions and consent events
   * @return the snapshot
   */
  public SubjectSnapshot snapshot(SubjectId subject, SubjectRecord record) {
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(record, "record must not be null");
    return SubjectSnapshot.of(compiled, subject, record);
  }

  /**
   * Decides a request as of its instant from a subject's snapshot: the same decision as {@link
   * #decide(Request, SubjectRecord, Supplier)} on the snapshot's records, for every request. A
   * permit the full rule table gave for an equal request (all but the instant) in the same interval
   * of the snapshot is reused; every other request runs the full rule table on the snapshot's
   * records. Reads no store unless a rule asks for business transfers (disclosures to a buyer).
   *
   * @param request a resolved request (ids known, instant set) about the snapshot's subject
   * @param subject the snapshot of the request's subject
   * @param businessTransfers the recorded business transfers, read only if a rule needs them
   * @return the decision
   */
  public Decision decide(Request request, SubjectSnapshot subject, Supplier<List<BusinessTransfer>> businessTransfers) {
    return decide(request, instant(request), subject, businessTransfers);
  }

  /**
   * Checks a request's ids and decides it from a subject's snapshot as of its instant, or of
   * {@code now} if it names none, without copying it: the decision's {@link Decision.Permit#request()
   * request()} is {@code request} itself and its {@code at()} the instant decided for. Otherwise as
   * {@link #decide(Request, SubjectSnapshot, Supplier)}. The hot path: for a request object asked
   * before, a reused permit costs a few comparisons, and the same permit object is returned again
   * when the request object and the instant are the same as when it was made.
   *
   * @param request the request, with or without its instant, about the snapshot's subject
   * @param now the instant to decide for if the request names none
   * @param subject the snapshot of the request's subject
   * @param businessTransfers the recorded business transfers, read only if a rule needs them
   * @return the decision
   * @throws com.oriflame.privacy.UnknownIdException if the request names a purpose, category or
   *     recipient the policy does not define (R3)
   */
  public Decision decide(Request request, Instant now, SubjectSnapshot subject,
      Supplier<List<BusinessTransfer>> businessTransfers) {
    Resolution k = Resolution.of(compiled, request);
    Instant at = request.instant().isPresent() ? request.instant().get() : Objects.requireNonNull(now, "now");
    if (request.subject() != subject.subject && !request.subject().equals(subject.subject)) {
      throw new IllegalArgumentException("the snapshot is of another subject than the request's; take the request subject's snapshot");
    }
    int interval = k.memoizable ? subject.interval(at) : Integer.MIN_VALUE;
    if (interval == Integer.MIN_VALUE) {
      return full(request, at, subject.record, businessTransfers); // outside the memo, or a denial: the full table
    }
    Decision.Permit hit = subject.find(interval, k.shape, k.categories, k.productLine);
    if (hit != null) {
      Decision.Permit p = hit.reusedFor(request, at);
      if (p != hit) {
        subject.remember(interval, k.shape, k.categories, k.productLine, p); // the next equal check returns it as is
      }
      return p;
    }
    Decision d = full(request, at, subject.record, businessTransfers);
    if (d instanceof Decision.Permit p) {
      subject.remember(interval, k.shape, k.categories, k.productLine, p);
    }
    return d;
  }

  /**
   * Decides a request from a subject's snapshot, as {@link #decide(Request, SubjectSnapshot,
   * Supplier)} does, and says over which instants the same answer holds: the interval of the
   * snapshot holding the request's instant, for a request the permit memo may answer (no recipient,
   * ground, collection date, destination, disposal or transfer abroad; categories the purpose
   * allows); else an empty span. The answer is the full rule table's at every instant of the span.
   *
   * @param request a resolved request (ids known, instant set) about the snapshot's subject
   * @param subject the snapshot of the request's subject
   * @param businessTransfers the recorded business transfers, read only if a rule needs them
   * @return whether it is permitted, and the span over which that holds
   */
  public DecisionSpan span(Request request, SubjectSnapshot subject, Supplier<List<BusinessTransfer>> businessTransfers) {
    Instant at = instant(request);
    Decision d = decide(request, at, subject, businessTransfers);
    Resolution k = Resolution.of(compiled, request);
    int interval = k.memoizable ? subject.interval(at) : Integer.MIN_VALUE;
    if (interval == Integer.MIN_VALUE) {
      return new DecisionSpan(d.permitted(), 0, 0);
    }
    return new DecisionSpan(d.permitted(), subject.intervalStart(interval), subject.intervalEnd(interval));
  }

  /**
   * An opaque key of a request's shape: two requests with equal keys get the same answer about the
   * same subject at every instant of a {@link #span}; {@code null} when spans of the request are
   * empty. The key holds no subject and no instant.
   *
   * @param request the request
   * @return its key, or {@code null}
   * @throws com.oriflame.privacy.UnknownIdException if the request names a purpose, category or
   *     recipient the policy does not define (R3)
   */
  public Object spanKey(Request request) {
    Resolution k = Resolution.of(compiled, request);
    return k.memoizable ? new SpanKey(k.shape, k.categories, k.productLine) : null;
  }

  private record SpanKey(long shape, long categories, String productLine) {}

  /** The earliest date known of the subject: first event, first profile version, contract start. */
  private static Instant earliest(SubjectRecord record, ConsentState state, SubjectProfile profile) {
    Instant earliest = state.earliestEvent().orElse(null);
    if (!record.profileHistory().isEmpty()) {
      earliest = min(earliest, record.profileHistory().get(0).validFrom());
    }
    if (profile != null && profile.contract().isPresent()) {
      earliest = min(earliest, profile.contract().get().start());
    }
    return earliest;
  }

  private static Instant min(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /**
   * Decides whether cookies of a category may be set (§8).
   *
   * @param holder the subject or browser id
   * @param category the cookie category
   * @param at the instant
   * @param record the holder's events with those of linked identities, and, for a subject, the
   *     profile versions; ignored for essential cookies
   * @return the decision
   * @throws com.oriflame.privacy.UnknownIdException if the policy defines no such cookie category
   */
  public CookieDecision decideCookies(Holder holder, CookieCategoryId category, Instant at, SubjectRecord record) {
    CookieCategory cookie = compiled.policy.cookieCategory(category);
    boolean essential = cookie.kind() == CookieKind.ESSENTIAL;
    SubjectProfile profile = ProfileVersion.at(record.profileHistory(), at).map(ProfileVersion::profile).orElse(null);
    ConsentState state = essential ? ConsentState.project(compiled.policy, null, List.of(), at, compiled.zone)
        : ConsentState.project(compiled.policy, profile, record.events(), at, compiled.zone);
    CookieFacts f = new CookieFacts(compiled, holder, cookie, at, state);
    Verdict v = new Verdict(cookie.clauses());
    for (CookieRule rule : essential ? Rules.ESSENTIAL_COOKIES : Rules.COOKIES) {
      rule.apply(f, v);
    }
    boolean permitted = !v.denied() && !v.permits().isEmpty();
    List<Reason> reasons = v.denied() ? v.denials() : v.permits();
    if (reasons.isEmpty()) {
      reasons = List.of(new Reason(ReasonCode.NO_GROUND_TO_PERMIT, Rules.DEFAULT_DENY, cookie.clauses(), category, null,
          Fact.of(FactText.NO_GROUND_TO_PERMIT)));
    }
    return new CookieDecision(holder, category, at, permitted, cookie.legalBasis(), reasons, compiled.revision);
  }

  /**
   * The decision when the stores could not be read: a denial (fail closed, E11).
   *
   * @param request a resolved request
   * @return the denial
   */
  public Decision storeFailure(Request request) {
    return storeFailure(request, instant(request));
  }

  /**
   * The decision when the stores could not be read: a denial (fail closed, E11), as of the
   * request's instant or of {@code now} if it names none.
   *
   * @param request the request
   * @param now the instant to decide for if the request names none
   * @return the denial
   * @throws com.oriflame.privacy.UnknownIdException if the request names a purpose, category or
   *     recipient the policy does not define (R3)
   */
  public Decision storeFailure(Request request, Instant now) {
    Resolution.of(compiled, request);
    Purpose purpose = compiled.policy.purpose(request.purpose());
    Verdict v = new Verdict(purpose.clauses());
    v.deny(ReasonCode.STORE_UNAVAILABLE, Rules.STORE_FAILURE, purpose.clauses(), purpose.id(), Fact.of(FactText.STORE_UNAVAILABLE));
    return v.decide(request, request.instant().orElse(now), purpose.legalBasis(), compiled.revision);
  }

  /**
   * @param holder the subject or browser id
   * @param category the cookie category
   * @param at the instant
   * @return the denial of cookies when the stores could not be read (fail closed, E11)
   */
  public CookieDecision cookieStoreFailure(Holder holder, CookieCategoryId category, Instant at) {
    CookieCategory cookie = compiled.policy.cookieCategory(category);
    return new CookieDecision(holder, category, at, false, cookie.legalBasis(), List.of(new Reason(ReasonCode.STORE_UNAVAILABLE,
        Rules.STORE_FAILURE, cookie.clauses(), category, null, Fact.of(FactText.STORE_UNAVAILABLE))), compiled.revision);
  }

  /**
   * Decides a Consultant's use of personal data entrusted to them (§7): the rule table's decision
   * about the same data ({@code core}, for {@link EntrustedUse#request()}), then the mandate. A
   * processing purpose must be of §2 and rest on the data subject's consent (R30); an onward
   * transfer is denied (R30); files between the Consultant and the company carry "encrypt in
   * transit" (R24); after the registration is cancelled, or if none is in force, only sending the
   * data back to the company is permitted (R31). A denial lists every failing condition, the
   * table's included.
   *
   * @param use the Consultant's use
   * @param core the rule table's decision for {@code use.request()}; ignored when sending to the company
   * @param registered whether the Consultant's registration (contract) is in force at the instant decided for
   * @param cancelledAt when the Consultant's registration was cancelled, if it was
   * @return the decision, as of {@code core.at()}
   */
  public Decision decideEntrusted(EntrustedUse use, Decision core, boolean registered, Optional<Instant> cancelledAt) {
    Objects.requireNonNull(use, "use must not be null");
    Objects.requireNonNull(core, "core must not be null");
    Objects.requireNonNull(cancelledAt, "cancelledAt must not be null; Optional.empty() if never cancelled");
    Request request = use.request();
    Resolution.of(compiled, request);
    return EntrustedData.decide(compiled, use, request, core.at(), core, registered, cancelledAt);
  }

  @Override
  public String toString() {
    return "DecisionEngine[" + compiled.policy + ", zone " + compiled.zone + "]";
  }
}
