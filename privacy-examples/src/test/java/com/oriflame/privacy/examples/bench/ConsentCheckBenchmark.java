package com.oriflame.privacy.examples.bench;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.jdbc.JdbcStores;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.h2.jdbcx.JdbcDataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * "May this subject receive SMS marketing?" answered by the privacy engine (with every condition
 * of the policy and reasons), by jCasbin (the policy engine a team would otherwise reach for,
 * holding one allow-rule per consenting subject, no reasons), and by a bare hash-map lookup (the
 * floor: no policy at all). Same subjects, same consents, one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ConsentCheckBenchmark {
  static final String CASBIN_MODEL = """
      [request_definition]
      r = sub, obj, act
      [policy_definition]
      p = sub, obj, act
      [policy_effect]
      e = some(where (p.eft == allow))
      [matchers]
      m = r.sub == p.sub && r.obj == p.obj && r.act == p.act
      """;

  @Param({"10000"})
  int subjects;

  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private PrivacyEngine memory;
  private PrivacyEngine h2;
  private Enforcer casbin;
  private final Map<String, Set<String>> map = new HashMap<>();
  private List<SubjectId> base;
  private Request permitted;
  private Request withdrawn;
  private Request permittedOnH2;
  private Request template;
  /** Consenting subjects spread over the whole base, visited in turn so no engine gets a lucky one. */
  private Request[] rotation;
  private String[] rotationIds;
  private int next;

  @Setup
  public void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);
    memory = engine(InMemoryStores.create(), clock);
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2 = engine(JdbcStores.create(ds).migrate(), clock);
    Model model = new Model();
    model.loadModelFromText(CASBIN_MODEL);
    casbin = new Enforcer(model);
    base = new ArrayList<>();
    Evidence caf = Evidence.of(Channel.CAF_PAPER, "CAF");
    for (int i = 0; i < subjects; i++) {
      SubjectId s = SubjectId.of("consultant-" + i);
      base.add(s);
      boolean consents = i % 3 != 0;
      boolean withdraws = i % 10 == 0;
      for (PrivacyEngine e : i < 1_000 ? List.of(memory, h2) : List.of(memory)) {
        e.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1985, 1, 1))
            .contract(Contract.since(Instant.parse("2024-01-01T00:00:00Z")))
            .providedCategories(policy.categories("identity", "contact", "commerce")).productLines(List.of("skin-care")).build());
        e.consents().acceptPolicy(s, caf);
        if (consents) {
          e.consents().grant(s, sms, caf);
        }
        if (withdraws) {
          e.consents().withdraw(s, sms, Evidence.of(Channel.EMAIL, "m"));
        }
      }
      if (consents && !withdraws) {
        casbin.addPolicy(s.value(), sms.id().value(), "use");
        map.computeIfAbsent(s.value(), k -> new HashSet<>()).add(sms.id().value());
      }
    }
    template = Request.of(base.get(1), sms, policy.categories("identity.full-name", "contact.mobile-phone")).withProductLine("skin-care");
    permitted = template;
    withdrawn = template.withSubject(base.get(10));
    permittedOnH2 = template.withSubject(base.get(1));
    List<Request> spread = new ArrayList<>();
    for (int i = 1; i < subjects; i += 7) {
      if (i % 3 != 0 && i % 10 != 0) {
        spread.add(template.withSubject(base.get(i)));
      }
    }
    rotation = spread.toArray(new Request[0]);
    rotationIds = spread.stream().map(r -> r.subject().value()).toArray(String[]::new);
    if (!memory.check(permitted).permitted() || memory.check(withdrawn).permitted() || !h2.check(permittedOnH2).permitted()
        || !casbin.enforce("consultant-1", sms.id().value(), "use") || casbin.enforce("consultant-10", sms.id().value(), "use")) {
      throw new IllegalStateException("benchmark fixtures disagree");
    }
  }

  private PrivacyEngine engine(Stores stores, Clock clock) {
    return PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).build();
  }

  @Benchmark
  public boolean privacyCheckPermit() {
    return memory.check(permitted).permitted();
  }

  @Benchmark
  public boolean privacyCheckAcrossBase() {
    int i = next++ % rotation.length;
    return memory.check(rotation[i]).permitted();
  }

  @Benchmark
  public boolean casbinEnforceAcrossBase() {
    int i = next++ % rotationIds.length;
    return casbin.enforce(rotationIds[i], "marketing.similar-goods.sms", "use");
  }

  @Benchmark
  public boolean privacyCheckDenyWithdrawn() {
    return memory.check(withdrawn).permitted();
  }

  @Benchmark
  public boolean privacyCheckPermitOnH2() {
    return h2.check(permittedOnH2).permitted();
  }

  @Benchmark
  public boolean casbinEnforce() {
    return casbin.enforce("consultant-1", "marketing.similar-goods.sms", "use");
  }

  @Benchmark
  public boolean hashMapLookup() {
    Set<String> purposes = map.get("consultant-1");
    return purposes != null && purposes.contains("marketing.similar-goods.sms");
  }

  @Benchmark
  public int privacyFilterWholeBase() {
    return memory.filter(base, template).size();
  }

  @Benchmark
  public int casbinFilterWholeBase() {
    int n = 0;
    for (SubjectId s : base) {
      if (casbin.enforce(s.value(), "marketing.similar-goods.sms", "use")) {
        n++;
      }
    }
    return n;
  }
}
