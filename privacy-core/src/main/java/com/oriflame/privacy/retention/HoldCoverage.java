package com.oriflame.privacy.retention;

import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which categories a hold keeps under one policy (R29): those it names, those of the purposes it
 * names, or, for a hold naming neither (and for a hold flag on the profile), those of every purpose
 * serving its reason. A category is kept when it and a kept category overlap in the hierarchy
 * (either covers the other), so a hold on {@code identity.tax-id} keeps a rule's {@code identity}
 * whole.
 *
 * <p>Stability: experimental.
 */
public final class HoldCoverage {
  private final Policy policy;
  private final Map<HoldReason, Set<CategoryId>> byReason = new EnumMap<>(HoldReason.class);
  private final Map<PurposeId, Set<CategoryId>> byPurpose = new HashMap<>();

  private HoldCoverage(Policy policy) {
    this.policy = policy;
    for (HoldReason r : HoldReason.values()) {
      byReason.put(r, new LinkedHashSet<>());
    }
    for (Purpose p : policy.purposes()) {
      byPurpose.put(p.id(), p.categories());
      for (HoldReason r : p.holds()) {
        byReason.get(r).addAll(p.categories());
      }
    }
  }

  /**
   * @param policy the policy whose purposes name the categories
   * @return the coverage
   */
  public static HoldCoverage of(Policy policy) {
    return new HoldCoverage(Objects.requireNonNull(policy, "policy must not be null"));
  }

  /** @return the policy the coverage is computed for */
  public Policy policy() {
    return policy;
  }

  /**
   * @param hold a hold
   * @param category a category
   * @return whether the hold keeps data of {@code category} (whether or not it is in force)
   */
  public boolean keeps(LegalHold hold, CategoryId category) {
    if (hold.categories().isEmpty() && hold.purposes().isEmpty()) {
      return keeps(hold.reason(), category);
    }
    if (overlaps(hold.categories(), category)) {
      return true;
    }
    for (PurposeId p : hold.purposes()) {
      if (overlaps(byPurpose.getOrDefault(p, Set.of()), category)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param reason a hold reason (a hold flag on the profile)
   * @param category a category
   * @return whether a hold of that reason keeps data of {@code category}: a purpose serving it uses it
   */
  public boolean keeps(HoldReason reason, CategoryId category) {
    return overlaps(byReason.get(reason), category);
  }

  private static boolean overlaps(Set<CategoryId> set, CategoryId category) {
    for (CategoryId c : set) {
      if (c.covers(category) || category.covers(c)) {
        return true;
      }
    }
    return false;
  }
}
