package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentLedger;
import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.SubjectRegistry;
import com.oriflame.privacy.decision.CookieDecision;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Reason;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.internal.Evaluator;
import com.oriflame.privacy.internal.Ledger;
import com.oriflame.privacy.internal.Pseudonyms;
import com.oriflame.privacy.internal.Registry;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CookieCategory;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.CookieKind;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.spi.AuditLog;
import com.oriflame.privacy.spi.StoreException;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facade: one policy, one set of stores, one clock.
 *
 * <pre>{@code
 * PrivacyEngine engine = PrivacyEngine.builder()
 *     .policy(Policies.oriflameKyrgyzstan2017())
 *     .stores(InMemoryStores.create())          // or JdbcStores.create(dataSource)
 *     .clock(Clock.systemUTC())
 *     .build();
 * engine.consents().grant(subject, sms, Evidence.of(Channel.CAF_PAPER, "CAF 000123"));
 * Decision d = engine.check(Request.of(subject, sms, policy.categories("contact.mobile-phone")));
 * }</pre>
 *
 * <p>Thread-safe. {@link #check} never throws for trouble in a store: it denies with {@link
 * ReasonCode#STORE_UNAVAILABLE} and logs (fail closed). Unknown ids in a request are host errors
 * and throw {@link UnknownIdException}.
 */
public final class PrivacyEngine {
  private static final Logger log = LoggerFactory.getLogger(PrivacyEngine.class);
  private static final int BATCH = 1_000;

  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final boolean auditDecisions;
  private final Evaluator evaluator;
  private final Ledger ledger;
  private final Registry registry;

  private PrivacyEngine(Builder b) {
    this.policy = Policies.requireValid(Objects.requireNonNull(b.policy, "policy is missing"), "engine policy " + b.policy.id());
    this.stores = Objects.requireNonNull(b.stores, "stores are missing");
    this.clock = Objects.requireNonNull(b.clock, "clock is missing");
    this.auditDecisions = b.auditDecisions;
    this.evaluator = new Evaluator(policy);
    this.ledger = new Ledger(policy, stores, clock, new Pseudonyms(b.pseudonymKey));
    this.registry = new Registry(policy, stores, clock, ledger);
  }

  /** @return a builder; policy and stores are required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the policy decisions are made under */
  public Policy policy() {
    return policy;
  }

  /** @return the consent ledger: record grants, withdrawals, objections, cookie choices */
  public ConsentLedger consents() {
    return ledger;
  }

  /** @return the subjects' profiles the decisions read */
  public SubjectRegistry subjects() {
    return registry;
  }

  /** @return the audit log */
  public AuditLog audit() {
    return stores.audit();
  }

  /** @return whether the audit chain is intact, or its first broken link */
  public VerificationResult verifyAudit() {
    return stores.audit().verify();
  }

  /**
   * Decides a request. Every denial lists every failing condition with its clauses.
   *
   * @param request the request; its instant defaults to the engine clock's now
   * @return the decision
   * @throws UnknownIdException if the request names a purpose, category or recipient the policy
   *     does not define
   */
  public Decision check(Request request) {
    Request r = resolve(request);
    SubjectProfile profile;
    List<ConsentEvent> events;
    try {
      profile = stores.subjects().find(r.subject()).orElse(null);
      events = stores.consents().events(r.subject());
    } catch (RuntimeException e) {
      log.warn("Store failure while deciding for {} purpose {}; denying ({})", r.subject(), r.purpose(), failure(e));
      return storeFailure(r);
    }
    Decision decision = evaluator.decide(r, profile, ConsentState.project(policy, profile, events, r.at()));
    if (auditDecisions) {
      try {
        stores.audit().append(decisionAudit(decision));
      } catch (RuntimeException e) {
        log.warn("Store failure while auditing a decision for {} purpose {}; denying ({})", r.subject(), r.purpose(), failure(e));
        return storeFailure(r);
      }
    }
    if (log.isDebugEnabled()) {
      log.debug("{} {} for purpose {} ({} reasons)", decision.permitted() ? "Permitted" : "Denied", r.subject(), r.purpose(),
          decision.reasons().size());
    }
    return decision;
  }

  /**
   * Bulk decision for campaigns: the subjects for whom {@code template} (with their id) is
   * permitted. Agrees with {@link #check} on every subject. Reads the stores in batches, never one
   * query per subject; a batch the stores fail to read is denied (left out) and logged.
   *
   * @param subjects candidate subjects
   * @param template the request to decide for each (its subject is replaced)
   * @return the permitted subjects, in the order given
   */
  public Set<SubjectId> filter(Collection<SubjectId> subjects, Request template) {
    Request t = resolve(template);
    Set<SubjectId> permitted = new LinkedHashSet<>();
    List<SubjectId> all = new ArrayList<>(new LinkedHashSet<>(subjects));
    for (int from = 0; from < all.size(); from += BATCH) {
      List<SubjectId> batch = all.subList(from, Math.min(all.size(), from + BATCH));
      Map<SubjectId, SubjectProfile> profiles;
      Map<SubjectId, List<ConsentEvent>> events;
      try {
        profiles = stores.subjects().findAll(batch);
        events = stores.consents().events(batch);
      } catch (RuntimeException e) {
        log.warn("Store failure while filtering {} subjects for purpose {}; denying the batch ({})", batch.size(), t.purpose(), failure(e));
        continue;
      }
      for (SubjectId s : batch) {
        SubjectProfile profile = profiles.get(s);
        ConsentState state = ConsentState.project(policy, profile, events.getOrDefault(s, List.of()), t.at());
        if (evaluator.decide(t.forSubject(s), profile, state).permitted()) {
          permitted.add(s);
        }
      }
    }
    log.debug("Filter for purpose {}: {} of {} subjects permitted", t.purpose(), permitted.size(), all.size());
    return permitted;
  }

  /**
   * @param subjects candidate subjects
   * @param purpose the purpose
   * @param categories the categories to use
   * @return the permitted subjects; see {@link #filter(Collection, Request)}
   */
  public Set<SubjectId> filter(Collection<SubjectId> subjects, Purpose purpose, Set<CategoryId> categories) {
    if (subjects.isEmpty()) {
      resolve(Request.of(SubjectId.of("unused"), purpose, categories));
      return Set.of();
    }
    return filter(subjects, Request.of(subjects.iterator().next(), purpose, categories));
  }

  /**
   * Whether cookies of a category may be set for a subject or visitor (§8): essential cookies
   * always (R32); others unless refused, and consent-based ones only when allowed.
   *
   * @param holder the subject or the visitor's browser id
   * @param category the cookie category
   * @return the decision, now
   */
  public CookieDecision checkCookies(Holder holder, CookieCategoryId category) {
    CookieCategory cookie = policy.cookieCategory(category);
    Instant at = clock.instant();
    if (cookie.kind() == CookieKind.ESSENTIAL) {
      // essential cookies do not depend on any choice: no store is read
      return evaluator.decideCookie(holder, cookie, ConsentState.project(policy, null, List.of(), at));
    }
    ConsentState state;
    try {
      SubjectProfile profile = holder instanceof SubjectId s ? stores.subjects().find(s).orElse(null) : null;
      state = ConsentState.project(policy, profile, ledger.withLinked(holder), at);
    } catch (RuntimeException e) {
      log.warn("Store failure while deciding cookies for {}; denying ({})", holder, failure(e));
      return new CookieDecision(holder, category, at, false, cookie.legalBasis(), List.of(new Reason(
          ReasonCode.STORE_UNAVAILABLE, cookie.clauses(), "the consent store could not be read")), policy.revision());
    }
    return evaluator.decideCookie(holder, cookie, state);
  }

  private Request resolve(Request request) {
    policy.purpose(request.purpose());
    for (CategoryId c : request.categories()) {
      policy.category(c);
    }
    if (request.recipient() != null) {
      policy.recipient(request.recipient());
    }
    return request.at() == null ? request.atInstant(clock.instant()) : request;
  }

  private Decision storeFailure(Request r) {
    Purpose purpose = policy.purpose(r.purpose());
    return new Decision.Deny(r, purpose.legalBasis(), List.of(new Reason(ReasonCode.STORE_UNAVAILABLE, purpose.clauses(),
        "the subject or consent store could not be read")), policy.revision());
  }

  private AuditDraft decisionAudit(Decision d) {
    Map<String, String> details = new TreeMap<>();
    details.put("purpose", d.request().purpose().value());
    details.put("operation", d.request().operation().name());
    details.put("categories", d.request().categories().stream().map(CategoryId::value).sorted().collect(Collectors.joining(",")));
    if (d.request().recipient() != null) {
      details.put("recipient", d.request().recipient().value());
    }
    details.put("reasons", d.reasons().stream().map(x -> x.code().name()).collect(Collectors.joining(",")));
    return new AuditDraft(d.request().at(), d.permitted() ? "decision.permit" : "decision.deny", ledger.ref(d.request().subject()),
        policy.version(), details);
  }

  private static String failure(RuntimeException e) {
    return e instanceof StoreException s
        ? s.getClass().getSimpleName() + s.sqlState().map(x -> " SQLState " + x).orElse("")
        : e.getClass().getSimpleName();
  }

  @Override
  public String toString() {
    return "PrivacyEngine[" + policy + ", auditDecisions=" + auditDecisions + "]";
  }

  /** Builds a {@link PrivacyEngine}. */
  public static final class Builder {
    private Policy policy;
    private Stores stores;
    private Clock clock = Clock.systemUTC();
    private boolean auditDecisions;
    private byte[] pseudonymKey = Pseudonyms.randomKey();

    private Builder() {}

    /** @param value the policy; it is linted and refused if it has errors @return this builder */
    public Builder policy(Policy value) {
      this.policy = value;
      return this;
    }

    /** @param value the stores, e.g. {@code InMemoryStores.create()} @return this builder */
    public Builder stores(Stores value) {
      this.stores = value;
      return this;
    }

    /** @param value the clock (default {@link Clock#systemUTC()}) @return this builder */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /** @param value whether every decision is audited too (default off: the hot path) @return this builder */
    public Builder auditDecisions(boolean value) {
      this.auditDecisions = value;
      return this;
    }

    /**
     * The secret behind the subject pseudonyms in audit records and receipts (at least 16 bytes).
     * Default: random per engine, so pseudonyms are not linkable across restarts; set a stable
     * secret from your vault to link them.
     *
     * @param value the secret
     * @return this builder
     */
    public Builder pseudonymKey(byte[] value) {
      this.pseudonymKey = value.clone();
      return this;
    }

    /**
     * @return the engine
     * @throws com.oriflame.privacy.policy.InvalidPolicyException if the policy has lint errors
     */
    public PrivacyEngine build() {
      return new PrivacyEngine(this);
    }
  }
}
