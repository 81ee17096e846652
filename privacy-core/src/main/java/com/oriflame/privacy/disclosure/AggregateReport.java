package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.AggregationTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Aggregate figures for a recipient that may receive aggregates only, such as advertising agencies
 * (§3.3: "about 500 people under 30 clicked on their advertisement"; R13): the number of subjects
 * in each group, with every group smaller than the recipient's minimum group size suppressed, so
 * that no individual can be singled out.
 *
 * <p>Suppressed groups are neither listed nor counted, only how many there were. The total is
 * published only when it cannot be used to recover a suppressed group: when no group was
 * suppressed, or when the total less the published groups (what the suppressed groups hold
 * together) is at least the minimum, covers two or more groups, and leaves each of them more than
 * one possible size between 1 and the minimum less one (two groups of 49 under a minimum of 50
 * would be pinned by a remainder of 98). Every subject counts in exactly one group. Figures about several reports over time (e.g. one a day) can still be
 * differenced by a recipient; release them at a coarse enough grain.
 *
 * <p>Stability: stable.
 *
 * @param minimumGroupSize the smallest group published
 * @param groups the published groups, in label order; each holds at least {@code minimumGroupSize} subjects
 * @param suppressedGroups how many groups were suppressed
 * @param total the number of subjects over every group, when publishing it reveals no suppressed group
 */
public record AggregateReport(int minimumGroupSize, List<GroupCount> groups, int suppressedGroups, OptionalLong total) {

  /**
   * One published group.
   *
   * @param group the group's label, e.g. {@code under-30}
   * @param subjects how many subjects it holds
   */
  public record GroupCount(String group, long subjects) {
    /**
     * Rejects a missing or blank label and a negative count.
     *
     * @param group the group's label
     * @param subjects how many subjects it holds
     */
    public GroupCount {
      if (group == null || group.isBlank()) {
        throw new IllegalArgumentException("group label is missing or blank");
      }
      if (subjects < 0) {
        throw new IllegalArgumentException("group '" + group + "' has a negative count " + subjects);
      }
    }
  }

  /**
   * Checks the report's promises: no published group is below the minimum, and the total (if any)
   * exceeds the published groups by nothing (no group suppressed) or by at least the minimum.
   *
   * @param minimumGroupSize the smallest group published
   * @param groups the published groups
   * @param suppressedGroups how many groups were suppressed
   * @param total the number of subjects over every group, if published
   */
  public AggregateReport {
    if (minimumGroupSize < 2) {
      throw new IllegalArgumentException("minimumGroupSize must be at least 2, was " + minimumGroupSize);
    }
    groups = Copies.list(Objects.requireNonNull(groups, "groups"), "groups");
    if (suppressedGroups < 0) {
      throw new IllegalArgumentException("suppressedGroups must not be negative, was " + suppressedGroups);
    }
    Objects.requireNonNull(total, "total: OptionalLong.empty() when it is withheld");
    long published = 0;
    for (GroupCount g : groups) {
      if (g.subjects() < minimumGroupSize) {
        throw new IllegalArgumentException("group '" + g.group() + "' holds " + g.subjects() + " subjects, below the minimum "
            + minimumGroupSize + ": it must be suppressed");
      }
      published += g.subjects();
    }
    if (total.isPresent()) {
      long rest = total.getAsLong() - published;
      boolean safe = suppressedGroups == 0 ? rest == 0 : hides(minimumGroupSize, suppressedGroups, rest);
      if (!safe) {
        throw new IllegalArgumentException("a total of " + total.getAsLong() + " beside published groups of " + published
            + " would reveal the " + suppressedGroups + " suppressed groups; withhold it");
      }
    }
  }

  /**
   * Counts subjects per group and suppresses the small groups.
   *
   * @param terms the recipient's aggregation terms (its minimum group size)
   * @param groupOfSubject each subject (any key: a subject id, a pseudonym) and its group's label
   * @return the report
   * @throws IllegalArgumentException if a label is missing or blank
   */
  public static AggregateReport of(AggregationTerms terms, Map<?, String> groupOfSubject) {
    Objects.requireNonNull(terms, "terms must not be null; take them from the recipient, e.g. recipient.aggregation()");
    Objects.requireNonNull(groupOfSubject, "groupOfSubject must not be null");
    TreeMap<String, Long> counts = new TreeMap<>();
    for (String label : groupOfSubject.values()) {
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("groupOfSubject: a subject has a missing or blank group label");
      }
      counts.merge(label, 1L, Long::sum);
    }
    int minimum = terms.minimumGroupSize();
    List<GroupCount> published = new ArrayList<>();
    int suppressed = 0;
    long suppressedSubjects = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      if (e.getValue() >= minimum) {
        published.add(new GroupCount(e.getKey(), e.getValue()));
      } else {
        suppressed++;
        suppressedSubjects += e.getValue();
      }
    }
    boolean totalSafe = suppressed == 0 || hides(minimum, suppressed, suppressedSubjects);
    OptionalLong total = totalSafe ? OptionalLong.of(groupOfSubject.size()) : OptionalLong.empty();
    return new AggregateReport(minimum, published, suppressed, total);
  }

  /**
   * Whether a recipient who knows the minimum, the number of suppressed groups and what they hold
   * together learns nothing of any one of them: the remainder is at least the minimum, spread over
   * two or more groups, and each group (between 1 and {@code minimum - 1}) can still have more
   * than one size.
   */
  private static boolean hides(int minimum, int groups, long together) {
    if (groups < 2 || together < minimum) {
      return false;
    }
    long others = groups - 1L;
    long lowest = Math.max(1, together - others * (minimum - 1));
    long highest = Math.min(minimum - 1L, together - others);
    return lowest < highest;
  }

  /**
   * @param group a group's label
   * @return its count, if it was published
   */
  public OptionalLong count(String group) {
    for (GroupCount g : groups) {
      if (g.group().equals(group)) {
        return OptionalLong.of(g.subjects());
      }
    }
    return OptionalLong.empty();
  }
}
