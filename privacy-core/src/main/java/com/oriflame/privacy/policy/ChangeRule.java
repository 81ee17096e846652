package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Set;

/**
 * How the policy changes (§9, R34): a new revision is announced through the given channels;
 * continued use of the site may count as acceptance; consent-based purposes whose terms were
 * widened may need a new consent.
 *
 * @param clauses the clauses behind the rule
 * @param announcementChannels where a new revision is announced
 * @param acceptanceByContinuedUse whether continued use after publication is acceptance of the
 *     revision's terms
 * @param reconsentWhenWidened whether a consent-based purpose whose terms were widened needs a new
 *     consent before use
 */
public record ChangeRule(
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotEmpty Set<Channel> announcementChannels,
    boolean acceptanceByContinuedUse,
    boolean reconsentWhenWidened) {

  /** Copies collections. */
  public ChangeRule {
    clauses = Copies.list(clauses, "clauses of the change rule");
    announcementChannels = Copies.orderedSet(announcementChannels, "announcement channels");
  }
}
