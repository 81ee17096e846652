package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/**
 * How the policy changes (§9, R34): a new revision is announced through the given channels;
 * continued use of the site may count as acceptance; consent-based purposes whose terms were
 * widened may need a new consent.
 *
 * <p>Stability: stable.
 *
 * @param clauses the clauses behind the rule
 * @param announcementChannels where a new revision is announced
 * @param acceptanceByContinuedUse whether continued use after publication is acceptance of the
 *     revision's terms
 * @param reconsentWhenWidened whether a consent-based purpose whose terms were widened needs a new
 *     consent before use
 * @param history the revisions in publication order, the current one last
 */
public record ChangeRule(
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotEmpty Set<Channel> announcementChannels,
    boolean acceptanceByContinuedUse,
    boolean reconsentWhenWidened,
    @NotNull List<@Valid PolicyChange> history) {

  /**
   * Copies collections.
   *
   * @param clauses the clauses behind the rule
   * @param announcementChannels where a new revision is announced
   * @param acceptanceByContinuedUse whether continued use after publication is acceptance of the
   *     revision's terms
   * @param reconsentWhenWidened whether a consent-based purpose whose terms were widened needs a
   *     new consent before use
   * @param history the revisions in publication order, the current one last
   */
  public ChangeRule {
    clauses = Copies.list(clauses, "clauses of the change rule");
    announcementChannels = Copies.orderedSet(announcementChannels, "announcement channels");
    history = Copies.list(history, "revision history");
  }

  /**
   * Whether a consent given under revision {@code version} no longer covers {@code purpose}
   * because a later revision widened it (R34). A version missing from the history counts as older
   * than all of it.
   *
   * @param version the revision the consent was given under
   * @param purpose the purpose
   * @return whether a new consent is needed
   */
  public boolean widenedSince(String version, PurposeId purpose) {
    if (!reconsentWhenWidened) {
      return false;
    }
    int from = -1;
    for (int i = 0; i < history.size(); i++) {
      if (history.get(i).version().equals(version)) {
        from = i;
      }
    }
    for (int i = from + 1; i < history.size(); i++) {
      if (history.get(i).widenedPurposes().contains(purpose)) {
        return true;
      }
    }
    return false;
  }
}
