package com.oriflame.privacy.examples.bench;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.DecisionEngine;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.examples.bench.Workload.Store;
import com.oriflame.privacy.policy.Purpose;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The compact state {@code filter} keeps: a campaign over the whole in-memory base, repeated, so
 * that it is a scan over the kept spans (the first campaign of a shape reads every subject once);
 * and the heap it takes per subject with five campaign shapes (five purposes), measured as the
 * used heap after full collections before and after the five first campaigns, printed at set-up
 * ("compact state: ... bytes per subject"). The engine keeps spans for an hour ({@code
 * cacheExpiry}), as an engine that owns its stores may: every write through it refreshes them.
 *
 * <p>{@code memory/100000+900000}: the campaign asks about the 100,000 subjects of the workload and
 * 900,000 more the stores do not know (denied, E1), so that a scan over 1,000,000 kept subjects is
 * measured without building a ledger of a million (which does not fit a shared machine's heap
 * beside other builds); the scan's work per subject is the same whatever the answer.
 */
public class CompactStateBenchmark {
  /** The engine over the workload, its index filled for five purposes. */
  @State(Scope.Benchmark)
  public static class Base {
    @Param({"memory/100000", "memory/100000+900000"})
    String compactBase;
    PrivacyEngine engine;
    List<SubjectId> base;
    Request template;

    @Setup
    public void setUp() {
      int plus = compactBase.indexOf('+');
      int n = Store.size(plus < 0 ? compactBase : compactBase.substring(0, plus));
      int strangers = plus < 0 ? 0 : Integer.parseInt(compactBase.substring(plus + 1));
      engine = Workload.engine(Store.MEMORY, n, Duration.ofHours(1));
      base = new ArrayList<>(Workload.subjects(n));
      for (int i = 0; i < strangers; i++) {
        base.add(SubjectId.of("stranger-" + i));
      }
      template = Workload.request(0);
      List<Request> five = fiveShapes(template);
      long before = usedHeap();
      for (Request t : five) {
        engine.filter(base, t);
      }
      long after = usedHeap();
      System.out.printf("compact state: %,d subjects, %d shapes, %.1f bytes per subject (used heap after GC, %,d -> %,d bytes)%n",
          base.size(), five.size(), (after - before) / (double) base.size(), before, after);
      if (engine.filter(base, template).size() != FilterBenchmark.expected(n)) {
        throw new IllegalStateException("filter does not agree with the workload");
      }
    }
  }

  /** The workload's SMS campaign and four other purposes' campaigns, each with a compact key. */
  static List<Request> fiveShapes(Request sms) {
    DecisionEngine decisions = DecisionEngine.of(Workload.POLICY, Workload.POLICY.zone());
    List<Request> shapes = new ArrayList<>(List.of(sms));
    for (Purpose p : Workload.POLICY.purposes()) {
      if (shapes.size() == 5) {
        break;
      }
      Request r = Request.of(sms.subject(), p, Set.of(p.categories().iterator().next()));
      if (!p.id().equals(sms.purpose()) && decisions.spanKey(r) != null) {
        shapes.add(r);
      }
    }
    return shapes;
  }

  static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, rt.totalMemory() - rt.freeMemory());
    }
    return used;
  }

  @Benchmark
  public int filterFromCompactState(Base b) {
    return b.engine.filter(b.base, b.template).size();
  }
}
