package com.oriflame.privacy.rights;

import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RetentionAction;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.policy.RightKind;
import com.oriflame.privacy.policy.SubjectRight;
import com.oriflame.privacy.internal.Implements;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an erasure or an account closure does to each category of a subject's data (§6.2): what
 * must be kept (an active legal hold of §6.2 whose purpose uses the category, R29; or, for an
 * erasure while the contract is in force, the contract's term), and what may go: depersonalized
 * where its retention rule depersonalizes, else erased. Pure: it reads the policy and the profile
 * only.
 *
 * <p>The categories asked for are taken down to the policy's leaf categories, so {@code commerce}
 * may be erased except {@code commerce.purchase-history}, which a tax duty keeps.
 *
 * <p>Active holds are the profile's {@link SubjectProfile#legalHolds()}, and {@link
 * HoldReason#DEBT_COLLECTION} while the operator has an open monetary claim (R19). A hold keeps a
 * category when a purpose serving that hold ({@link Purpose#holds()}) uses it, as the decision
 * core's legal-hold rule reads it. Until when: the trigger of the retention rule that names the hold
 * plus its period (the end of the contract is the closure instant for a closure); unknown when the
 * trigger has not happened. A hold keeps data while it lasts, and at least until then.
 *
 * <p>Stability: experimental.
 *
 * @param closure whether this is an account closure (the contract ends at {@code at})
 * @param at the instant the plan is made for
 * @param categories what happens to each leaf category, in the policy's order
 */
@Implements({"R29"})
public record ErasurePlan(boolean closure, Instant at, List<CategoryPlan> categories) {

  /**
   * Copies the list.
   *
   * @param closure whether this is an account closure
   * @param at the instant the plan is made for
   * @param categories what happens to each leaf category
   */
  public ErasurePlan {
    Objects.requireNonNull(at, "at");
    categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
  }

  /** What happens to a category. */
  public enum Action {
    /** Destroyed in every source that holds it. */
    ERASE,
    /** Detached from the subject in every source that holds it; the rest is kept (L7). */
    DEPERSONALIZE,
    /** Kept: see {@link CategoryPlan#kept()}. */
    KEEP
  }

  /**
   * What happens to one category.
   *
   * @param category a leaf category of the policy
   * @param action what happens to it
   * @param kept why and until when it is kept; present exactly when the action is {@link Action#KEEP}
   */
  public record CategoryPlan(CategoryId category, Action action, Optional<Kept> kept) {
    /**
     * Rejects a kept reason on a category that goes, and a kept category without one.
     *
     * @param category a leaf category of the policy
     * @param action what happens to it
     * @param kept why and until when it is kept
     */
    public CategoryPlan {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(kept, "kept");
      if ((action == Action.KEEP) != kept.isPresent()) {
        throw new IllegalArgumentException("category " + category + " is to " + action + " but "
            + (kept.isPresent() ? "has" : "lacks") + " a reason to keep it");
      }
    }
  }

  /**
   * Why a category is kept, and until when.
   *
   * @param hold the active legal hold that keeps it; empty when the contract in force keeps it
   * @param purpose the purpose that serves the hold (or the contract) and uses the category
   * @param rule the retention rule that governs the kept data, if any
   * @param clauses the clauses behind keeping it: §6.2, the rule's and the purpose's
   * @param until when the retention period ends, if known; the data stays while the hold lasts
   */
  public record Kept(Optional<HoldReason> hold, PurposeId purpose, Optional<RetentionRule> rule, List<ClauseRef> clauses,
      Optional<Instant> until) {
    /**
     * Copies the clauses.
     *
     * @param hold the active legal hold that keeps it; empty when the contract in force keeps it
     * @param purpose the purpose that serves the hold and uses the category
     * @param rule the retention rule that governs the kept data, if any
     * @param clauses the clauses behind keeping it
     * @param until when the retention period ends, if known
     */
    public Kept {
      Objects.requireNonNull(hold, "hold");
      Objects.requireNonNull(purpose, "purpose");
      Objects.requireNonNull(rule, "rule");
      clauses = List.copyOf(Objects.requireNonNull(clauses, "clauses"));
      Objects.requireNonNull(until, "until");
    }

    /** @return whether the contract's term keeps it, not a legal hold */
    public boolean contractTerm() {
      return hold.isEmpty();
    }
  }

  /**
   * Plans an erasure or closure.
   *
   * @param policy the policy
   * @param profile the subject's profile as of {@code at}, or {@code null} if none is known (no hold,
   *     no contract)
   * @param asked the categories asked for; empty for every category
   * @param at the instant (a closure ends the contract then)
   * @param zone the zone periods are counted in (the policy's)
   * @param closure whether this is an account closure
   * @return the plan
   * @throws com.oriflame.privacy.UnknownIdException if a category is not in the policy
   */
  public static ErasurePlan of(Policy policy, SubjectProfile profile, Set<CategoryId> asked, Instant at, ZoneId zone,
      boolean closure) {
    Objects.requireNonNull(policy, "policy must not be null");
    Objects.requireNonNull(asked, "asked must not be null; pass an empty set for every category");
    Objects.requireNonNull(at, "at must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    asked.forEach(policy::category); // unknown ids fail fast
    Set<HoldReason> holds = activeHolds(profile);
    boolean contractInForce = !closure && profile != null && profile.contract().map(c -> c.inForceAt(at)).orElse(false);
    Optional<Instant> contractEnd = contractEnd(profile, at, closure);
    List<CategoryPlan> plans = new ArrayList<>();
    for (DataCategory c : policy.categories()) {
      CategoryId id = c.id();
      if (policy.hasChildren(id) || !(asked.isEmpty() || asked.stream().anyMatch(a -> a.covers(id)))) {
        continue;
      }
      Optional<Kept> kept = keptByHold(policy, holds, id, profile, contractEnd, zone);
      if (kept.isEmpty() && contractInForce) {
        kept = keptByContract(policy, id);
      }
      if (kept.isPresent()) {
        plans.add(new CategoryPlan(id, Action.KEEP, kept));
      } else {
        boolean depersonalize = policy.retentionFor(id).stream().anyMatch(r -> r.action() == RetentionAction.DEPERSONALIZE);
        plans.add(new CategoryPlan(id, depersonalize ? Action.DEPERSONALIZE : Action.ERASE, Optional.empty()));
      }
    }
    return new ErasurePlan(closure, at, plans);
  }

  /**
   * @param profile the subject's profile, or {@code null}
   * @return the holds in force: the profile's, and debt collection while a monetary claim is open
   */
  public static Set<HoldReason> activeHolds(SubjectProfile profile) {
    Set<HoldReason> holds = EnumSet.noneOf(HoldReason.class);
    if (profile != null) {
      holds.addAll(profile.legalHolds());
      if (profile.openMonetaryClaim()) {
        holds.add(HoldReason.DEBT_COLLECTION);
      }
    }
    return holds;
  }

  private static Optional<Instant> contractEnd(SubjectProfile profile, Instant at, boolean closure) {
    if (closure) {
      Optional<Instant> ended = profile == null ? Optional.empty()
          : profile.contract().flatMap(Contract::end).filter(e -> !e.isAfter(at));
      return Optional.of(ended.orElse(at));
    }
    if (profile == null) {
      return Optional.empty();
    }
    Optional<Instant> end = profile.contract().flatMap(Contract::end);
    return end.isPresent() ? end : profile.accountClosedAt();
  }

  private static Optional<Kept> keptByHold(Policy policy, Set<HoldReason> holds, CategoryId category, SubjectProfile profile,
      Optional<Instant> contractEnd, ZoneId zone) {
    for (HoldReason hold : holds) {
      for (Purpose p : policy.purposes()) {
        if (p.holds().contains(hold) && touches(p.categories(), category)) {
          Optional<RetentionRule> rule = rule(policy, category, p, hold);
          Set<ClauseRef> clauses = new LinkedHashSet<>(closureClauses(policy));
          rule.ifPresent(r -> clauses.addAll(r.clauses()));
          clauses.addAll(p.clauses());
          Optional<Instant> until = rule.flatMap(r -> until(r, profile, contractEnd, zone));
          return Optional.of(new Kept(Optional.of(hold), p.id(), rule, List.copyOf(clauses), until));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Kept> keptByContract(Policy policy, CategoryId category) {
    for (Purpose p : policy.purposes()) {
      if (p.legalBasis() == LegalBasis.CONTRACT && touches(p.categories(), category)) {
        Optional<RetentionRule> rule = p.retention().flatMap(policy.retentionRules()::find);
        Set<ClauseRef> clauses = new LinkedHashSet<>(closureClauses(policy));
        clauses.addAll(p.clauses());
        return Optional.of(new Kept(Optional.empty(), p.id(), rule, List.copyOf(clauses), Optional.empty()));
      }
    }
    return Optional.empty();
  }

  /** The rule that names the hold among the category's rules, else the purpose's, else the category's first. */
  private static Optional<RetentionRule> rule(Policy policy, CategoryId category, Purpose purpose, HoldReason hold) {
    List<RetentionRule> rules = policy.retentionFor(category);
    for (RetentionRule r : rules) {
      if (r.holds().contains(hold) && r.covers(category)) {
        return Optional.of(r);
      }
    }
    Optional<RetentionRule> own = purpose.retention().flatMap(policy.retentionRules()::find);
    return own.isPresent() ? own : rules.stream().findFirst();
  }

  /**
   * When a rule's period ends for a subject, if its trigger is known: the end of the contract (or
   * the closure), or the last activity, plus the period in {@code zone}.
   *
   * @param rule the rule
   * @param profile the subject's profile, or {@code null}
   * @param contractEnd when the contract ended (or the account closes), if known
   * @param zone the zone the period is counted in
   * @return the end, if known
   */
  static Optional<Instant> until(RetentionRule rule, SubjectProfile profile, Optional<Instant> contractEnd, ZoneId zone) {
    Optional<Instant> from = switch (rule.trigger()) {
      case END_OF_CONTRACT -> contractEnd;
      case LAST_ACTIVITY -> profile == null ? Optional.empty() : profile.lastActivity();
      case COLLECTION, WITHDRAWAL, PURPOSE_FULFILLED -> Optional.empty();
    };
    return from.map(f -> f.atZone(zone).plus(rule.period()).toInstant());
  }

  /**
   * @param profile the subject's profile, or {@code null}
   * @param at now
   * @return when the contract ended or the account was closed, if it was
   */
  static Optional<Instant> endedAt(SubjectProfile profile, Instant at) {
    return contractEnd(profile, at, false).filter(e -> !e.isAfter(at));
  }

  private static List<ClauseRef> closureClauses(Policy policy) {
    return policy.rights().find(RightKind.ACCOUNT_CLOSURE).map(SubjectRight::clauses).orElse(List.of());
  }

  private static boolean touches(Set<CategoryId> set, CategoryId category) {
    for (CategoryId c : set) {
      if (c.covers(category) || category.covers(c)) {
        return true;
      }
    }
    return false;
  }

  /** @return the categories to erase */
  public Set<CategoryId> toErase() {
    return with(Action.ERASE);
  }

  /** @return the categories to depersonalize */
  public Set<CategoryId> toDepersonalize() {
    return with(Action.DEPERSONALIZE);
  }

  /** @return the categories kept */
  public Set<CategoryId> toKeep() {
    return with(Action.KEEP);
  }

  private Set<CategoryId> with(Action action) {
    Set<CategoryId> result = new LinkedHashSet<>();
    for (CategoryPlan p : categories) {
      if (p.action() == action) {
        result.add(p.category());
      }
    }
    return result;
  }

  @Override
  public String toString() {
    return "ErasurePlan[" + (closure ? "closure" : "erasure") + ", erase=" + toErase().size() + ", depersonalize="
        + toDepersonalize().size() + ", keep=" + toKeep().size() + "]";
  }
}
