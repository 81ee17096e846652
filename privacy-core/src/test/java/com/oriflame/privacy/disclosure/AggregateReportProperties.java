package com.oriflame.privacy.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.policy.AggregationTerms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * R13: aggregate reports for advertisers single nobody out. Groups of random sizes around the
 * minimum; a recipient who knows the policy's minimum tries to recover each suppressed group from
 * what the report publishes.
 */
@Tag("R13")
class AggregateReportProperties {

  /** Each subject (an int) in the group its index falls into. */
  private static Map<Integer, String> subjects(List<Integer> sizes) {
    Map<Integer, String> groupOf = new HashMap<>();
    int next = 0;
    for (int g = 0; g < sizes.size(); g++) {
      for (int i = 0; i < sizes.get(g); i++) {
        groupOf.put(next++, "group-" + g);
      }
    }
    return groupOf;
  }

  @Provide
  Arbitrary<List<Integer>> sizes() {
    return Arbitraries.integers().between(1, 40).list().ofMinSize(0).ofMaxSize(8);
  }

  @Property(tries = 2_000)
  @Label("R13 no published group is below the minimum, and every group at or above it is published with its exact count")
  void noSmallGroupPublished(@ForAll("sizes") List<Integer> sizes, @ForAll @IntRange(min = 2, max = 25) int minimum) {
    AggregateReport report = AggregateReport.of(new AggregationTerms(minimum, true), subjects(sizes));
    for (AggregateReport.GroupCount g : report.groups()) {
      assertTrue(g.subjects() >= minimum, () -> g + " below " + minimum);
    }
    long small = sizes.stream().filter(n -> n < minimum).count();
    assertEquals(small, report.suppressedGroups());
    for (int g = 0; g < sizes.size(); g++) {
      int n = sizes.get(g);
      assertEquals(n >= minimum ? OptionalLong.of(n) : OptionalLong.empty(), report.count("group-" + g));
    }
    Statistics.label("suppressed").collect(report.suppressedGroups() > 0);
    Statistics.label("total").collect(report.total().isPresent());
  }

  @Property(tries = 2_000)
  @Label("R13 the total never lets a suppressed group be recovered by subtraction, nor pinned by its bounds")
  void totalRevealsNoSuppressedGroup(@ForAll("sizes") List<Integer> sizes, @ForAll @IntRange(min = 2, max = 25) int minimum) {
    AggregateReport report = AggregateReport.of(new AggregationTerms(minimum, true), subjects(sizes));
    if (report.total().isEmpty()) {
      return;
    }
    long published = report.groups().stream().mapToLong(AggregateReport.GroupCount::subjects).sum();
    long rest = report.total().getAsLong() - published;
    int k = report.suppressedGroups();
    if (k == 0) {
      assertEquals(0, rest);
      return;
    }
    // what the recipient can infer about any one suppressed group: 1..minimum-1, and the others hold the rest
    assertTrue(k >= 2, "a total beside a single suppressed group gives it away");
    assertTrue(rest >= minimum, "the suppressed groups together are themselves a small group");
    long lowest = Math.max(1, rest - (k - 1L) * (minimum - 1));
    long highest = Math.min(minimum - 1L, rest - (k - 1L));
    assertTrue(lowest < highest, () -> "a suppressed group is pinned to " + lowest + " by the total " + report.total());
    Statistics.label("total beside suppressed groups").collect(true);
  }

  @Property(tries = 500)
  @Label("R13 a report never depends on the order subjects are given in")
  void orderFree(@ForAll("sizes") List<Integer> sizes, @ForAll @IntRange(min = 2, max = 25) int minimum) {
    Map<Integer, String> groupOf = subjects(sizes);
    Map<Integer, String> reversed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(groupOf);
    AggregationTerms terms = new AggregationTerms(minimum, true);
    assertEquals(AggregateReport.of(terms, groupOf), AggregateReport.of(terms, reversed));
  }

  @Example
  @Label("R13 the policy's example: about 500 people under 30 are published; 3 people aged 60 and over are not, nor is the total")
  void policyExample() {
    AggregateReport report = AggregateReport.of(new AggregationTerms(50, true), subjects(List.of(497, 3)));
    assertEquals(List.of(new AggregateReport.GroupCount("group-0", 497)), report.groups());
    assertEquals(1, report.suppressedGroups());
    assertFalse(report.total().isPresent());
    // two groups of 49 under a minimum of 50: a remainder of 98 pins both, so no total
    assertFalse(AggregateReport.of(new AggregationTerms(50, true), subjects(List.of(60, 49, 49))).total().isPresent());
    assertEquals(OptionalLong.of(60 + 49 + 30),
        AggregateReport.of(new AggregationTerms(50, true), subjects(List.of(60, 49, 30))).total());
    // a report that would give a group away cannot even be built
    assertThrows(IllegalArgumentException.class, () -> new AggregateReport(50, List.of(new AggregateReport.GroupCount("a", 60)), 1,
        OptionalLong.of(63)));
    assertThrows(IllegalArgumentException.class, () -> new AggregateReport(50, List.of(new AggregateReport.GroupCount("a", 3)), 0,
        OptionalLong.empty()));
  }
}
