package com.oriflame.privacy.examples.bench;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.examples.bench.Workload.Store;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A campaign: who of the whole base may receive SMS about skin care? The engine's {@code filter}
 * on each store beside the best hand-written answer: a plain loop over compact state in memory, one
 * SQL join on a database. {@code engine} is a repeated campaign (the engine reads the stores' change
 * feed, then scans its compact state; subjects written since are read again), {@code
 * engineFirstCampaign} one after {@code refreshAll()}: every candidate's records read and decided.
 */
public class FilterBenchmark {
  /** The engine over the workload. */
  @State(Scope.Benchmark)
  public static class Engine {
    @Param({"memory/100000", "h2/10000", "postgres/10000"})
    String filterBase;
    PrivacyEngine engine;
    List<SubjectId> base;
    Request template;

    @Setup
    public void setUp() {
      int n = Store.size(filterBase);
      engine = Workload.engine(Store.of(filterBase), n);
      base = Workload.subjects(n);
      template = Workload.request(0);
      if (engine.filter(base, template).size() != expected(n)) {
        throw new IllegalStateException("filter does not agree with the workload");
      }
    }
  }

  /** The engine with nothing kept before each campaign: its first campaign. */
  @State(Scope.Benchmark)
  public static class FirstCampaign extends Engine {
    /** Forgets what the engine kept (not timed). */
    @Setup(Level.Invocation)
    public void forget() {
      engine.refreshAll();
    }
  }

  /** The hand-written peer on the same store and size. */
  @State(Scope.Benchmark)
  public static class HandWritten {
    @Param({"memory/100000", "h2/10000", "postgres/10000"})
    String filterBase;
    Workload.Compact compact;
    Workload.Sql sql;

    @Setup
    public void setUp() throws SQLException {
      int n = Store.size(filterBase);
      Store store = Store.of(filterBase);
      if (store == Store.MEMORY) {
        compact = new Workload.Compact(n);
      } else {
        sql = new Workload.Sql(store, n);
      }
      if (filter() != expected(n)) {
        throw new IllegalStateException("the hand-written filter does not agree with the workload");
      }
    }

    int filter() throws SQLException {
      return compact != null ? compact.filter() : sql.filter().size();
    }

    @TearDown
    public void tearDown() throws SQLException {
      if (sql != null) {
        sql.close();
      }
    }
  }

  static int expected(int n) {
    int count = 0;
    for (int i = 0; i < n; i++) {
      count += Workload.permitted(i) ? 1 : 0;
    }
    return count;
  }

  @Benchmark
  public int engine(Engine e) {
    return e.engine.filter(e.base, e.template).size();
  }

  @Benchmark
  public int engineFirstCampaign(FirstCampaign e) {
    return e.engine.filter(e.base, e.template).size();
  }

  @Benchmark
  public int handWritten(HandWritten h) throws SQLException {
    return h.filter();
  }
}
