package com.oriflame.privacy.examples.bench;

import static com.oriflame.privacy.examples.bench.Workload.PERMITTED;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.examples.bench.Workload.Store;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One check, "may consultant-i receive SMS about skin care?", by the engine on each store and by
 * the hand-written peers: the plain-Java rule over compact state, a {@code HashMap}, one indexed
 * SQL query, jCasbin with the RBAC model. {@code same}: the same permitted subject every time;
 * {@code inTurn}: the permitted subjects one after another across the base; {@code engineCold}: the
 * same subject with its snapshot dropped before each check (a store read and the full rule table).
 */
public class CheckBenchmark {
  private static final String SAME = Workload.id(PERMITTED);
  static final String CASBIN_RBAC = """
      [request_definition]
      r = sub, obj, act
      [policy_definition]
      p = sub, obj, act
      [role_definition]
      g = _, _
      [policy_effect]
      e = some(where (p.eft == allow))
      [matchers]
      m = g(r.sub, p.sub) && r.obj == p.obj && r.act == p.act
      """;

  /** Where the answers come from and over how many subjects: "store/size". */
  @State(Scope.Benchmark)
  public static class Base {
    @Param({"memory/100000", "h2/2000", "postgres/2000"})
    String checkBase;
    Store store;
    int[] inTurn;
    int cursor;

    /** @return the next position in {@link #inTurn}, round and round */
    int next() {
      int k = cursor;
      cursor = k + 1 == inTurn.length ? 0 : k + 1;
      return k;
    }

    void open() {
      store = Store.of(checkBase);
      inTurn = Workload.permittedInTurn(Store.size(checkBase));
    }
  }

  /** The engine over the workload on the store. */
  @State(Scope.Benchmark)
  public static class Engine extends Base {
    PrivacyEngine engine;
    Request same;
    Request denied;
    Request[] requests;

    @Setup
    public void setUp() {
      open();
      engine = Workload.engine(store, Store.size(checkBase));
      same = Workload.request(PERMITTED);
      denied = Workload.request(Workload.DENIED);
      requests = new Request[inTurn.length];
      for (int k = 0; k < inTurn.length; k++) {
        requests[k] = Workload.request(inTurn[k]);
      }
    }
  }

  /** The engine with a coarse ticker for its cache expiry (a host's millisecond clock) instead of {@code System.nanoTime()}. */
  @State(Scope.Benchmark)
  public static class CoarseEngine extends Base {
    PrivacyEngine engine;
    Request same;
    Workload.CoarseTicker ticker;

    @Setup
    public void setUp() {
      open();
      ticker = new Workload.CoarseTicker();
      engine = Workload.engine(store, Store.size(checkBase), java.time.Duration.ofSeconds(1), ticker);
      same = Workload.request(PERMITTED);
    }

    @TearDown
    public void tearDown() {
      ticker.close();
    }
  }

  /** The best hand-written answer on the store: compact state in memory, one indexed query on a database. */
  @State(Scope.Benchmark)
  public static class HandWritten extends Base {
    Workload.Compact compact;
    Workload.Sql sql;
    String[] ids;

    @Setup
    public void setUp() {
      open();
      ids = Workload.subjects(Store.size(checkBase)).stream().map(s -> s.value()).toArray(String[]::new);
      if (store == Store.MEMORY) {
        compact = new Workload.Compact(Store.size(checkBase));
      } else {
        sql = new Workload.Sql(store, Store.size(checkBase));
      }
    }

    boolean check(int i) throws SQLException {
      String subject = ids[i];
      return compact != null ? compact.check(subject) : sql.check(subject);
    }

    @TearDown
    public void tearDown() throws SQLException {
      if (sql != null) {
        sql.close();
      }
    }
  }

  /** The in-memory peers that hold no policy: jCasbin RBAC and a map. */
  @State(Scope.Benchmark)
  public static class Peers {
    @Param("100000")
    int subjects;
    Enforcer casbin;
    Map<String, Boolean> map;
    String[] inTurn;
    int next;

    @Setup
    public void setUp() {
      Model model = new Model();
      model.loadModelFromText(CASBIN_RBAC);
      casbin = new Enforcer(model);
      // one policy line per purpose-subject grant: the subject holds the purpose's role
      casbin.addPolicy("grantee:" + Workload.PURPOSE, Workload.PURPOSE, "use");
      for (int i = 0; i < subjects; i++) {
        if (Workload.permitted(i)) {
          casbin.addGroupingPolicy(Workload.id(i), "grantee:" + Workload.PURPOSE);
        }
      }
      map = Workload.hashMap(subjects);
      inTurn = Arrays.stream(Workload.permittedInTurn(subjects)).mapToObj(Workload::id).toArray(String[]::new);
      if (!casbin.enforce(Workload.id(PERMITTED), Workload.PURPOSE, "use") || casbin.enforce(Workload.id(Workload.DENIED), Workload.PURPOSE, "use")) {
        throw new IllegalStateException("jCasbin does not decide as the workload says");
      }
    }

    String nextSubject() {
      String s = inTurn[next];
      next = next + 1 == inTurn.length ? 0 : next + 1;
      return s;
    }
  }

  @Benchmark
  public boolean engineSame(Engine e) {
    return e.engine.check(e.same).permitted();
  }

  @Benchmark
  public boolean engineSameCoarseTicker(CoarseEngine e) {
    return e.engine.check(e.same).permitted();
  }

  @Benchmark
  public boolean engineInTurn(Engine e) {
    return e.engine.check(e.requests[e.next()]).permitted();
  }

  /** A cold check: the subject's snapshot dropped first, so its records are read from the store and the rule table runs. */
  @Benchmark
  public boolean engineCold(Engine e) {
    e.engine.refresh(e.same.subject());
    return e.engine.check(e.same).permitted();
  }

  @Benchmark
  public boolean engineDenyWithReasons(Engine e) {
    return e.engine.check(e.denied).permitted();
  }

  @Benchmark
  public boolean handWrittenSame(HandWritten h) throws SQLException {
    return h.check(PERMITTED);
  }

  @Benchmark
  public boolean handWrittenInTurn(HandWritten h) throws SQLException {
    return h.check(h.inTurn[h.next()]);
  }

  @Benchmark
  public boolean casbinRbacSame(Peers p) {
    return p.casbin.enforce(SAME, Workload.PURPOSE, "use");
  }

  @Benchmark
  public boolean casbinRbacInTurn(Peers p) {
    return p.casbin.enforce(p.nextSubject(), Workload.PURPOSE, "use");
  }

  @Benchmark
  public boolean hashMapSame(Peers p) {
    return p.map.getOrDefault(SAME, false);
  }

  @Benchmark
  public boolean hashMapInTurn(Peers p) {
    return p.map.getOrDefault(p.nextSubject(), false);
  }
}
