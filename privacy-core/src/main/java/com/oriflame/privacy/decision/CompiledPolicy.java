package com.oriflame.privacy.decision;

import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CategoryTrait;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.CollectionForm;
import com.oriflame.privacy.policy.CrossBorderTransfer;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.retention.HoldCoverage;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyRevision;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.policy.RightKind;
import com.oriflame.privacy.policy.SubjectRight;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A linted policy compiled for deciding: the one place for every index the rules use, computed
 * once per engine (objections per purpose, retention rules per category, never-stored and
 * credential categories, what each legal hold covers, the clauses reasons cite). Immutable.
 */
final class CompiledPolicy {
  final Policy policy;
  final ZoneId zone;
  final PolicyRevision revision;
  final List<ClauseRef> acceptanceClauses;
  final List<ClauseRef> closureClauses;
  final List<ClauseRef> erasureClauses;
  final List<ClauseRef> blockingClauses;
  final List<ClauseRef> transferClauses;
  final List<ClauseRef> minorsClauses;
  private final Map<PurposeId, List<Objection>> objectionsByPurpose;
  private final Map<CategoryId, List<RetentionRule>> retentionByCategory;
  private final Set<CategoryId> neverStored;
  private final Set<CategoryId> credentials;
  private final Map<HoldReason, Set<CategoryId>> heldCategories;
  /** Which categories a register hold keeps. */
  final HoldCoverage holdCoverage;
  private final Map<PurposeId, List<CrossBorderTransfer>> transfersByPurpose;
  /** Dense purpose numbers, in the policy's order: the fast path's index into per-purpose tables. */
  private final Map<PurposeId, Integer> purposeNumbers;
  /** Dense category numbers, or empty if the policy has 64 or more categories. */
  private final Map<CategoryId, Integer> categoryNumbers;
  /** Per purpose number: the bit set of category numbers the purpose allows (the hierarchy resolved). */
  private final long[] allowedCategories;

  CompiledPolicy(Policy policy, ZoneId zone) {
    this.policy = policy;
    this.zone = zone;
    this.revision = policy.revision();
    Set<ClauseRef> acceptance = new LinkedHashSet<>();
    for (CollectionForm f : policy.forms()) {
      if (f.acceptanceBySubmission()) {
        acceptance.addAll(f.clauses());
      }
    }
    acceptance.addAll(policy.changes().clauses());
    this.acceptanceClauses = List.copyOf(acceptance);
    this.closureClauses = rightClauses(policy, RightKind.ACCOUNT_CLOSURE);
    this.erasureClauses = rightClauses(policy, RightKind.ERASURE);
    this.blockingClauses = rightClauses(policy, RightKind.BLOCKING);
    Set<ClauseRef> transfer = new LinkedHashSet<>();
    policy.transfers().forEach(t -> transfer.addAll(t.clauses()));
    this.transferClauses = List.copyOf(transfer);
    this.minorsClauses = policy.minors().clauses();

    Map<PurposeId, List<Objection>> byPurpose = new HashMap<>();
    for (Purpose p : policy.purposes()) {
      byPurpose.putIfAbsent(p.id(), policy.objectionsAgainst(p.id()));
    }
    this.objectionsByPurpose = Collections.unmodifiableMap(byPurpose);
    Map<CategoryId, List<RetentionRule>> byCategory = new HashMap<>();
    Set<CategoryId> never = new LinkedHashSet<>();
    Set<CategoryId> secret = new LinkedHashSet<>();
    for (DataCategory c : policy.categories()) {
      byCategory.putIfAbsent(c.id(), policy.retentionFor(c.id()));
      if (c.has(CategoryTrait.NEVER_STORED)) {
        never.add(c.id());
      }
      if (c.has(CategoryTrait.CREDENTIAL)) {
        secret.add(c.id());
      }
    }
    this.retentionByCategory = Collections.unmodifiableMap(byCategory);
    this.neverStored = Collections.unmodifiableSet(never);
    this.credentials = Collections.unmodifiableSet(secret);
    Map<HoldReason, Set<CategoryId>> held = new EnumMap<>(HoldReason.class);
    for (Purpose p : policy.purposes()) {
      for (HoldReason h : p.holds()) {
        held.computeIfAbsent(h, k -> new LinkedHashSet<>()).addAll(p.categories());
      }
    }
    this.heldCategories = Collections.unmodifiableMap(held);
    this.holdCoverage = HoldCoverage.of(policy);
    Map<PurposeId, List<CrossBorderTransfer>> transfers = new HashMap<>();
    for (CrossBorderTransfer t : policy.transfers()) {
      for (PurposeId p : t.purposes()) {
        transfers.computeIfAbsent(p, k -> new ArrayList<>()).add(t);
      }
    }
    transfers.replaceAll((k, v) -> List.copyOf(v));
    this.transfersByPurpose = Collections.unmodifiableMap(transfers);

    Map<PurposeId, Integer> purposes = new HashMap<>();
    for (Purpose p : policy.purposes()) {
      purposes.putIfAbsent(p.id(), purposes.size());
    }
    this.purposeNumbers = Collections.unmodifiableMap(purposes);
    Map<CategoryId, Integer> categories = new HashMap<>();
    List<DataCategory> all = new ArrayList<>();
    policy.categories().forEach(all::add);
    if (all.size() < Long.SIZE) {
      for (DataCategory c : all) {
        categories.putIfAbsent(c.id(), categories.size());
      }
    }
    this.categoryNumbers = Collections.unmodifiableMap(categories);
    this.allowedCategories = new long[purposes.size()];
    for (Purpose p : policy.purposes()) {
      long bits = 0;
      for (Map.Entry<CategoryId, Integer> c : categories.entrySet()) {
        if (p.allows(c.getKey())) {
          bits |= 1L << c.getValue();
        }
      }
      allowedCategories[purposes.get(p.id())] = bits;
    }
  }

  /** @return the purpose's dense number, or -1 if the policy does not define it */
  int purposeNumber(PurposeId purpose) {
    Integer n = purposeNumbers.get(purpose);
    return n == null ? -1 : n;
  }

  /** @return whether categories have dense numbers (fewer than 64 categories) */
  boolean categoriesNumbered() {
    return !categoryNumbers.isEmpty();
  }

  /**
   * @param categories categories the policy defines; {@link #categoriesNumbered()} must hold
   * @return their bit set (bit 63 is never used), or -1 if one has no number
   */
  long categoryBits(Set<CategoryId> categories) {
    long bits = 0;
    for (CategoryId c : categories) {
      Integer n = categoryNumbers.get(c);
      if (n == null) {
        return -1;
      }
      bits |= 1L << n;
    }
    return bits;
  }

  /** @return the bit set of category numbers the purpose of this number allows */
  long allowedCategories(int purposeNumber) {
    return allowedCategories[purposeNumber];
  }

  private static List<ClauseRef> rightClauses(Policy policy, RightKind kind) {
    return policy.rights().find(kind).map(SubjectRight::clauses).orElse(List.of());
  }

  /** @return the objections that, once raised, affect the purpose (§6.1, §3.3) */
  List<Objection> objectionsAgainst(PurposeId purpose) {
    return objectionsByPurpose.getOrDefault(purpose, List.of());
  }

  /** @return the retention rules that govern data of the category */
  List<RetentionRule> retentionFor(CategoryId category) {
    return retentionByCategory.getOrDefault(category, List.of());
  }

  /** @return whether the category is, contains or lies in never-stored data (§4, R23) */
  boolean touchesNeverStored(CategoryId category) {
    return touches(neverStored, category);
  }

  /** @return whether the category is, contains or lies in a credential (§5, R25) */
  boolean touchesCredential(CategoryId category) {
    return touches(credentials, category);
  }

  /** @return whether a hold of this reason keeps data of the category: a purpose serving the hold uses it */
  boolean holdCovers(HoldReason hold, CategoryId category) {
    return touches(heldCategories.getOrDefault(hold, Set.of()), category);
  }

  /** @return the declared transfers abroad that serve the purpose */
  List<CrossBorderTransfer> transfersFor(PurposeId purpose) {
    return transfersByPurpose.getOrDefault(purpose, List.of());
  }

  private static boolean touches(Set<CategoryId> set, CategoryId category) {
    for (CategoryId c : set) {
      if (c.covers(category) || category.covers(c)) {
        return true;
      }
    }
    return false;
  }
}
