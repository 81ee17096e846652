package com.oriflame.privacy.retention;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.EventKind;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.policy.RetentionRuleId;
import com.oriflame.privacy.policy.RetentionTrigger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pure core of retention planning: for one subject's records and holds, as of an instant, the
 * actions its retention rules make due and those holds keep back. Reads no store; {@code
 * PrivacyEngine#retention().plan} feeds it the subject base in batches.
 *
 * <p>Guarantees (property-tested): an action is never due before its period has run out from a
 * date the library knows ({@code dueAt <= at}); a category a hold in force keeps (a register hold
 * or a hold flag on the profile, R29) is never in an action; each action's {@link
 * PlannedAction#reason()} cites its rule and clauses; the same records give the same action ids.
 *
 * <p>Stability: experimental.
 */
public final class RetentionPlanner {
  private final Policy policy;
  private final ZoneId zone;
  private final HoldCoverage coverage;
  private final List<RetentionRule> rules;
  private final Map<String, Set<CategoryId>> sources;
  private final Map<RetentionRuleId, Set<PurposeId>> consentPurposes = new HashMap<>();
  private final Map<Set<CategoryId>, Map<String, Set<CategoryId>>> steps = new ConcurrentHashMap<>();

  /** Receives what the planner finds for a subject. */
  public interface Sink {
    /**
     * @param action an action due
     */
    void due(PlannedAction action);

    /**
     * @param action an action holds keep back
     */
    void held(HeldAction action);
  }

  private RetentionPlanner(Policy policy, ZoneId zone, Map<String, Set<CategoryId>> sources) {
    this.policy = policy;
    this.zone = zone;
    this.coverage = HoldCoverage.of(policy);
    this.rules = policy.retentionRules().list();
    Map<String, Set<CategoryId>> copy = new LinkedHashMap<>();
    sources.forEach((id, categories) -> copy.put(id, Set.copyOf(categories)));
    this.sources = Collections.unmodifiableMap(copy);
    for (RetentionRule rule : rules) {
      Set<PurposeId> purposes = new LinkedHashSet<>();
      for (Purpose p : policy.purposes()) {
        if (p.legalBasis() == LegalBasis.CONSENT && p.categories().stream().anyMatch(c -> overlaps(rule, c))) {
          purposes.add(p.id());
        }
      }
      consentPurposes.put(rule.id(), purposes);
    }
  }

  /**
   * @param policy the policy whose retention rules apply
   * @param zone the zone periods are counted in
   * @param sources per source id, the categories it may hold
   * @return the planner
   */
  public static RetentionPlanner of(Policy policy, ZoneId zone, Map<String, Set<CategoryId>> sources) {
    return new RetentionPlanner(Objects.requireNonNull(policy, "policy must not be null"),
        Objects.requireNonNull(zone, "zone must not be null"), Objects.requireNonNull(sources, "sources must not be null"));
  }

  /** @return the coverage of holds the planner uses */
  public HoldCoverage coverage() {
    return coverage;
  }

  /**
   * Plans one subject.
   *
   * @param subject the subject
   * @param history the subject's profile versions, oldest first
   * @param events the subject's consent events, in any order
   * @param holds the subject's register holds, in force or not
   * @param at the instant to plan for
   * @param sink receives the actions due and held back, in rule order
   */
  public void plan(SubjectId subject, List<ProfileVersion> history, List<ConsentEvent> events, List<LegalHold> holds, Instant at,
      Sink sink) {
    Optional<ProfileVersion> version = ProfileVersion.at(history, at);
    if (version.isEmpty()) {
      return; // nobody recorded the subject by then: no date starts a period
    }
    SubjectProfile p = version.get().profile();
    Instant closed = notAfter(p.accountClosedAt().orElse(null), at);
    Instant contractEnd = notAfter(p.contract().flatMap(c -> c.end()).orElse(null), at);
    Instant lastActivity = notAfter(p.lastActivity().orElse(null), at);
    Instant latest = null;
    for (RetentionRule rule : rules) {
      Instant trigger;
      switch (rule.trigger()) {
        case END_OF_CONTRACT -> trigger = contractEnd != null ? contractEnd : closed;
        case LAST_ACTIVITY, COLLECTION -> {
          if (rule.trigger() == RetentionTrigger.LAST_ACTIVITY && lastActivity != null) {
            trigger = lastActivity;
          } else {
            if (latest == null) {
              latest = latestKnown(history, events, at, closed, contractEnd, lastActivity);
            }
            trigger = latest;
          }
        }
        case WITHDRAWAL -> trigger = closed == null ? null : withdrawal(rule, events, at);
        default -> trigger = null; // PURPOSE_FULFILLED: the linter refuses it, the library is never told
      }
      if (trigger == null) {
        continue;
      }
      Instant due = trigger.atZone(zone).plus(rule.period()).toInstant();
      if (closed != null && rule.trigger() == RetentionTrigger.WITHDRAWAL && due.isBefore(closed)) {
        due = closed; // before the closure the category still serves the contract; check enforces the withdrawal per purpose
      }
      if (at.isBefore(due)) {
        continue;
      }
      if (p.legalHolds().isEmpty() && holds.isEmpty()) {
        // the common case: nothing held, the rule's own (unmodifiable) categories, nothing copied
        sink.due(action(subject, rule, rule.categories(), trigger, due));
        continue;
      }
      Set<CategoryId> free = new LinkedHashSet<>();
      Set<CategoryId> kept = new LinkedHashSet<>();
      Set<HoldReason> reasons = EnumSet.noneOf(HoldReason.class);
      List<String> holdIds = new ArrayList<>();
      for (CategoryId c : rule.categories()) {
        boolean held = false;
        for (HoldReason flag : p.legalHolds()) {
          if (coverage.keeps(flag, c)) {
            held = true;
            reasons.add(flag);
          }
        }
        for (LegalHold h : holds) {
          if (h.activeAt(at) && coverage.keeps(h, c)) {
            held = true;
            reasons.add(h.reason());
            if (!holdIds.contains(h.id())) {
              holdIds.add(h.id());
            }
          }
        }
        (held ? kept : free).add(c);
      }
      if (!free.isEmpty()) {
        sink.due(action(subject, rule, free.size() == rule.categories().size() ? rule.categories() : Collections.unmodifiableSet(free),
            trigger, due));
      }
      if (!kept.isEmpty()) {
        sink.held(new HeldAction(subject, rule.id(), rule.action(), kept, due, holdIds, reasons));
      }
    }
  }

  private PlannedAction action(SubjectId subject, RetentionRule rule, Set<CategoryId> categories, Instant trigger, Instant due) {
    return new PlannedAction(actionId(subject, rule, categories, trigger), subject, rule.id(), rule.clauses(), rule.action(), categories,
        rule.trigger(), zone, trigger, rule.period(), due, steps(categories), true);
  }

  /** The latest instant, by {@code at}, the library knows the subject was active or data of them recorded. */
  private static Instant latestKnown(List<ProfileVersion> history, List<ConsentEvent> events, Instant at, Instant... more) {
    Instant latest = null;
    for (ProfileVersion v : history) {
      latest = later(latest, notAfter(v.validFrom(), at));
      latest = later(latest, notAfter(v.profile().contract().map(c -> c.start()).orElse(null), at));
    }
    for (ConsentEvent e : events) {
      latest = later(latest, notAfter(e.effectiveAt(), at));
    }
    for (Instant i : more) {
      latest = later(latest, i);
    }
    return latest;
  }

  /** The earliest withdrawal, by {@code at}, of a consent to a purpose using the rule's categories. */
  private Instant withdrawal(RetentionRule rule, List<ConsentEvent> events, Instant at) {
    Set<PurposeId> purposes = consentPurposes.get(rule.id());
    Instant earliest = null;
    for (ConsentEvent e : events) {
      if (e.kind() != EventKind.CONSENT_WITHDRAWN || e.effectiveAt().isAfter(at)) {
        continue;
      }
      for (PurposeId p : ((ConsentWithdrawn) e).purposes()) {
        if (purposes.contains(p) && (earliest == null || e.effectiveAt().isBefore(earliest))) {
          earliest = e.effectiveAt();
        }
      }
    }
    return earliest;
  }

  private Map<String, Set<CategoryId>> steps(Set<CategoryId> categories) {
    return steps.computeIfAbsent(categories, cs -> {
      Map<String, Set<CategoryId>> result = new LinkedHashMap<>();
      sources.forEach((id, held) -> {
        Set<CategoryId> send = new LinkedHashSet<>();
        for (CategoryId a : cs) {
          for (CategoryId s : held) {
            if (s.covers(a)) {
              send.add(a);
            } else if (a.covers(s)) {
              send.add(s);
            }
          }
        }
        if (!send.isEmpty()) {
          result.put(id, Collections.unmodifiableSet(send));
        }
      });
      return Collections.unmodifiableMap(result);
    });
  }

  /** Stable: the same subject, rule, categories and trigger give the same id, on every run. */
  static String actionId(SubjectId subject, RetentionRule rule, Set<CategoryId> categories, Instant trigger) {
    StringBuilder key = new StringBuilder(160).append(subject.value().length()).append(':').append(subject.value()).append('|')
        .append(rule.id().value()).append('|').append(rule.action()).append('|');
    for (CategoryId c : categories) {
      key.append(c.value()).append(',');
    }
    key.append('|').append(trigger);
    MessageDigest sha = SHA256.get();
    byte[] digest = sha.digest(key.toString().getBytes(StandardCharsets.UTF_8));
    char[] id = new char[10 + 40];
    "retention-".getChars(0, 10, id, 0);
    for (int i = 0; i < 20; i++) {
      id[10 + 2 * i] = HEX[(digest[i] >> 4) & 0xf];
      id[11 + 2 * i] = HEX[digest[i] & 0xf];
    }
    return new String(id);
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  });

  private static boolean overlaps(RetentionRule rule, CategoryId c) {
    for (CategoryId r : rule.categories()) {
      if (r.covers(c) || c.covers(r)) {
        return true;
      }
    }
    return false;
  }

  private static Instant notAfter(Instant i, Instant at) {
    return i == null || i.isAfter(at) ? null : i;
  }

  private static Instant later(Instant a, Instant b) {
    return b == null ? a : a == null || b.isAfter(a) ? b : a;
  }

  @Override
  public String toString() {
    return "RetentionPlanner[" + policy.id() + " " + policy.version() + ", " + rules.size() + " rules, sources " + sources.keySet()
        + "]";
  }
}
