package com.oriflame.privacy.testing;

import static com.oriflame.privacy.testing.EngineWorld.POLICY;
import static com.oriflame.privacy.testing.EngineWorld.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Ground;
import com.oriflame.privacy.decision.Reason;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeTrait;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.EngineWorld.Ask;
import com.oriflame.privacy.testing.EngineWorld.Op;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Laws of the decision engine over random event histories and requests on the bundled policy,
 * run against every store: the in-memory reference ({@code InMemoryEnginePropertiesTest}), H2 and
 * PostgreSQL ({@code H2EnginePropertiesTest}, {@code PostgresEnginePropertiesIT}). Each try builds
 * an engine on {@link #newStores()}; a slow store may run fewer tries ({@link #triesPercent()}).
 */
@AddLifecycleHook(value = EnginePropertiesContract.ScaledTries.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
public abstract class EnginePropertiesContract {

  /** @return new, empty stores; called for every try */
  protected abstract Stores newStores();

  /** @return the share of each property's tries to run, in percent (default 100); at least one try runs */
  protected int triesPercent() {
    return 100;
  }

  /** Scales each property's tries by the contract's {@link #triesPercent()}. */
  static final class ScaledTries implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
      if (context.testInstance() instanceof EnginePropertiesContract contract) {
        int percent = contract.triesPercent();
        context.attributes().tries().ifPresent(t -> context.attributes().setTries(Math.max(1, t * percent / 100)));
      }
      return property.execute();
    }
  }

  @Provide
  Arbitrary<List<Op>> histories() {
    return EngineWorld.histories();
  }

  @Provide
  Arbitrary<List<Ask>> asks() {
    return EngineWorld.asks().list().ofMinSize(1).ofMaxSize(15);
  }

  @Provide
  Arbitrary<PurposeId> consentPurposes() {
    return Arbitraries.of(EngineWorld.CONSENT_PURPOSES);
  }

  private PrivacyEngine loaded(List<ConsentEvent> events, boolean minors) {
    PrivacyEngine engine = EngineWorld.engine(newStores(), minors);
    events.forEach(engine.consents()::append);
    return engine;
  }

  private static Request consentRequest(PurposeId purpose, SubjectId s, Instant at) {
    Purpose p = POLICY.purpose(purpose);
    return EngineWorld.disclosingTo(p, Request.of(s, p, Set.of(p.categories().iterator().next()))
        .withOperation(p.operations().iterator().next()).withProductLine("skin-care").withInstant(at));
  }

  @Property(tries = 150)
  @Tag("R7")
  @Label("R7 a withdrawal after a grant denies the purpose from then on; a later grant permits again")
  void withdrawalThenRegrant(@ForAll("consentPurposes") PurposeId purpose, @ForAll @IntRange(min = 1, max = 500) int gap,
      @ForAll @IntRange(min = 0, max = 500) int probe) {
    SubjectId s = EngineWorld.subject(0);
    Evidence web = Evidence.of(Channel.CAF_WEB, "web");
    Instant accept = T0.plusSeconds(1);
    Instant grant = T0.plusSeconds(2);
    Instant withdraw = grant.plusSeconds(gap);
    Instant regrant = withdraw.plusSeconds(gap);
    PrivacyEngine engine = loaded(List.of(
        new PolicyAccepted(EventId.of("a"), s, "1", accept, accept, web),
        new ConsentGranted(EventId.of("g"), s, Set.of(purpose), "1", grant, grant,
            Evidence.of(EngineWorld.grantChannel(purpose), "g")),
        new ConsentWithdrawn(EventId.of("w"), s, Set.of(purpose), "1", withdraw, withdraw, Evidence.of(Channel.EMAIL, "m"))), false);
    assertTrue(engine.check(consentRequest(purpose, s, withdraw.minusSeconds(1))).permitted());
    Decision after = engine.check(consentRequest(purpose, s, withdraw.plusSeconds(probe)));
    assertFalse(after.permitted());
    assertEquals(List.of(ReasonCode.CONSENT_WITHDRAWN), after.reasons().stream().map(Reason::code).toList());
    engine.consents().append(new ConsentGranted(EventId.of("g2"), s, Set.of(purpose), "1", regrant, regrant,
        Evidence.of(EngineWorld.grantChannel(purpose), "g2")));
    assertTrue(engine.check(consentRequest(purpose, s, regrant.plusSeconds(probe))).permitted());
    assertFalse(engine.check(consentRequest(purpose, s, regrant.minusSeconds(1))).permitted());
  }

  @Property(tries = 150)
  @Tag("R2")
  @Label("R2 no consent-based purpose is ever permitted without a grant")
  void noGrantNoPermit(@ForAll("histories") List<Op> ops, @ForAll("consentPurposes") PurposeId purpose,
      @ForAll @IntRange(min = 0, max = 1_100) int second) {
    List<ConsentEvent> events = new ArrayList<>();
    for (ConsentEvent e : EngineWorld.events(ops, Actor.SUBJECT)) {
      boolean grantsIt = switch (e.kind()) {
        case CONSENT_GRANTED -> ((ConsentGranted) e).purposes().contains(purpose);
        case POLICY_ACCEPTED -> POLICY.purpose(purpose).consent().orElseThrow().grantedByPolicyAcceptance();
        default -> false;
      };
      if (!grantsIt) {
        events.add(e);
      }
    }
    PrivacyEngine engine = loaded(events, false);
    for (int i = 0; i < EngineWorld.SUBJECTS; i++) {
      assertFalse(engine.check(consentRequest(purpose, EngineWorld.subject(i), T0.plusSeconds(second))).permitted());
    }
  }

  @Property(tries = 100)
  @Label("decisions do not depend on the arrival order of events with distinct ids")
  void arrivalOrder(@ForAll("histories") List<Op> ops, @ForAll("asks") List<Ask> asks, @ForAll long seed) {
    List<ConsentEvent> events = EngineWorld.events(ops, Actor.SUBJECT);
    List<ConsentEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    PrivacyEngine a = loaded(events, false);
    PrivacyEngine b = loaded(shuffled, false);
    for (Ask ask : asks) {
      Request r = EngineWorld.request(ask);
      assertEquals(a.check(r), b.check(r));
    }
  }

  @Property(tries = 100)
  @Label("appending the same events again changes nothing")
  void idempotentAppends(@ForAll("histories") List<Op> ops, @ForAll("asks") List<Ask> asks) {
    List<ConsentEvent> events = EngineWorld.events(ops, Actor.SUBJECT);
    PrivacyEngine engine = loaded(events, false);
    long head = engine.audit().head().sequence();
    List<Decision> before = asks.stream().map(EngineWorld::request).map(engine::check).toList();
    for (ConsentEvent e : events) {
      assertFalse(engine.consents().append(e).appended());
    }
    assertEquals(head, engine.audit().head().sequence());
    assertEquals(before, asks.stream().map(EngineWorld::request).map(engine::check).toList());
  }

  @Property(tries = 100)
  @Tag("R32")
  @Label("R32 strictly necessary cookies are always permitted, whatever was chosen")
  void essentialCookies(@ForAll List<@IntRange(min = 0, max = 3) Integer> choices, @ForAll boolean linked) {
    PrivacyEngine engine = EngineWorld.engine(newStores(), false);
    BrowserId browser = BrowserId.of("browser-1");
    SubjectId subject = EngineWorld.subject(0);
    List<CookieCategoryId> cats = POLICY.cookieCategories().stream().map(c -> c.id()).toList();
    int n = 0;
    for (int choice : choices) {
      Instant at = T0.plusSeconds(n);
      Holder holder = n % 2 == 0 ? browser : subject;
      engine.consents().append(new CookiePreferencesSet(EventId.of("c" + n++), holder, Set.of(),
          Set.of(cats.get(choice)), "1", at, at, Evidence.of(Channel.BROWSER_SETTINGS, "")));
    }
    if (linked) {
      engine.consents().linkVisitor(browser, subject, Evidence.of(Channel.WEBSITE, ""));
    }
    CookieCategoryId essential = CookieCategoryId.of("cookie.essential");
    assertTrue(engine.checkCookies(browser, essential).permitted());
    assertTrue(engine.checkCookies(subject, essential).permitted());
  }

  @Property(tries = 150)
  @Label("a category outside the purpose is always denied")
  void foreignCategory(@ForAll("histories") List<Op> ops, @ForAll("asks") List<Ask> asks) {
    PrivacyEngine engine = loaded(EngineWorld.events(ops, Actor.SUBJECT), false);
    for (Ask ask : asks) {
      Ask foreign = new Ask(ask.subject(), ask.purpose(), ask.category(), true, ask.second());
      Decision d = engine.check(EngineWorld.request(foreign));
      assertFalse(d.permitted());
      assertTrue(d.reasons().stream().anyMatch(r -> r.code() == ReasonCode.CATEGORY_NOT_IN_PURPOSE));
    }
  }

  @Property(tries = 100)
  @Tag("R10")
  @Tag("R18")
  @Label("R10 R18 an objection blocks every objectable purpose and never a legal obligation")
  void objections(@ForAll("histories") List<Op> ops, @ForAll @IntRange(min = 0, max = 2) int objectionIndex) {
    List<ConsentEvent> events = new ArrayList<>(EngineWorld.events(ops, Actor.SUBJECT));
    SubjectId s = EngineWorld.subject(0);
    ObjectionId objection = EngineWorld.OBJECTIONS.get(objectionIndex);
    Instant late = T0.plusSeconds(1_050);
    events.add(new ObjectionRaised(EventId.of("objection"), s, Set.of(objection), "1", late, late, Evidence.of(Channel.PHONE, "c")));
    PrivacyEngine engine = loaded(events, false);
    Objection o = POLICY.objection(objection);
    for (Purpose p : POLICY.purposes()) {
      Request r = EngineWorld.disclosingTo(p, Request.of(s, p, Set.of(p.categories().iterator().next()))
          .withOperation(p.operations().iterator().next()).withProductLine("skin-care").withGround(Ground.legalDemand("unnumbered"))
          .withInstant(late.plusSeconds(1)));
      Decision d = engine.check(r);
      if (p.legalBasis() == LegalBasis.LEGAL_OBLIGATION) {
        assertTrue(d.permitted(), d::toString);
      } else if (o.purposes().contains(p.id()) && o.recipients().isEmpty()) {
        assertFalse(d.permitted());
        assertTrue(d.reasons().stream().anyMatch(x -> x.code() == ReasonCode.OBJECTION_RAISED), d::toString);
      }
    }
  }

  @Property(tries = 150)
  @Tag("R5")
  @Label("R5 a minor's own consent is never enough")
  void minorsOwnConsent(@ForAll("histories") List<Op> ops, @ForAll("consentPurposes") PurposeId purpose,
      @ForAll @IntRange(min = 0, max = 1_100) int second) {
    PrivacyEngine engine = loaded(EngineWorld.events(ops, Actor.SUBJECT), true);
    for (int i = 0; i < EngineWorld.SUBJECTS; i++) {
      assertFalse(engine.check(consentRequest(purpose, EngineWorld.subject(i), T0.plusSeconds(second))).permitted());
    }
  }

  @Property(tries = 100)
  @Label("filter equals check applied to each subject")
  void filterEqualsCheck(@ForAll("histories") List<Op> ops, @ForAll("asks") List<Ask> asks) {
    PrivacyEngine engine = loaded(EngineWorld.events(ops, Actor.SUBJECT), false);
    List<SubjectId> all = new ArrayList<>();
    for (int i = 0; i < EngineWorld.SUBJECTS; i++) {
      all.add(EngineWorld.subject(i));
    }
    all.add(SubjectId.of("unknown-subject"));
    List<Request> templates = new ArrayList<>();
    for (Ask ask : asks) {
      templates.add(EngineWorld.request(ask).withInstant(null)); // now, first: the candidate query narrows
    }
    for (Ask ask : asks) {
      templates.add(EngineWorld.request(ask));
    }
    for (Request template : templates) {
      // first from the stores (narrowed by the candidate query), then from what filter keeps, then after checks
      Set<SubjectId> fromStores = new TreeSet<>(engine.filter(all, template));
      Set<SubjectId> fromKept = new TreeSet<>(engine.filter(all, template));
      Set<SubjectId> expected = new TreeSet<>();
      for (SubjectId s : all) {
        if (engine.check(template.withSubject(s)).permitted()) {
          expected.add(s);
        }
      }
      assertEquals(expected, fromStores);
      assertEquals(expected, fromKept);
      assertEquals(expected, new TreeSet<>(engine.filter(all, template)));
    }
  }

  // ---- model-based ---------------------------------------------------------------------------

  /**
   * A deliberately simple reference model of the decision rules for this world: adults with a
   * contract in force who provided every category, every acceptance a CAF registration, requests
   * without recipients or naming the purpose's first one. It restates the rules from the policy
   * text, not from the engine: nothing but legal obligations and what is strictly necessary runs
   * without an acceptance (Art. 9, R2); an objection in force blocks the purposes it covers (R10);
   * consent needs a grant in force (R7); accepting at registration grants what the policy says.
   */
  static boolean model(List<ConsentEvent> events, Request r) {
    Purpose p = POLICY.purpose(r.purpose());
    if (!r.categories().stream().allMatch(p::allows)) {
      return false;
    }
    List<ConsentEvent> mine = new ArrayList<>();
    for (ConsentEvent e : events) {
      if (e.holder().equals(r.subject()) && !e.effectiveAt().isAfter(r.instant().orElseThrow())) {
        mine.add(e);
      }
    }
    mine.sort((a, b) -> a.effectiveAt().equals(b.effectiveAt()) ? a.id().compareTo(b.id()) : a.effectiveAt().compareTo(b.effectiveAt()));
    boolean accepted = false;
    String consent = "none";
    Map<ObjectionId, Boolean> raised = new HashMap<>();
    for (ConsentEvent e : mine) {
      switch (e.kind()) {
        case POLICY_ACCEPTED -> {
          accepted = true;
          if (p.consent().filter(ConsentTerms::grantedByPolicyAcceptance).isPresent() && !consent.equals("withdrawn")) {
            consent = "granted";
          }
        }
        case CONSENT_GRANTED -> consent = ((ConsentGranted) e).purposes().contains(p.id()) ? "granted" : consent;
        case CONSENT_WITHDRAWN -> consent = ((ConsentWithdrawn) e).purposes().contains(p.id()) ? "withdrawn" : consent;
        case OBJECTION_RAISED -> ((ObjectionRaised) e).objections().forEach(id -> raised.put(id, true));
        case OBJECTION_LIFTED -> ((ObjectionLifted) e).objections().forEach(id -> raised.put(id, false));
        case COOKIES_SET, VISITOR_LINKED -> { }
      }
    }
    for (Objection o : EngineWorld.blocking(p.id())) {
      if (raised.getOrDefault(o.id(), false)) {
        return false;
      }
    }
    boolean needsAcceptance = p.legalBasis() != LegalBasis.LEGAL_OBLIGATION && !p.has(PurposeTrait.STRICTLY_NECESSARY);
    if (needsAcceptance && !accepted) {
      return false;
    }
    if (p.legalBasis() == LegalBasis.CONSENT) {
      return consent.equals("granted");
    }
    return true;
  }

  @Property(tries = 300)
  @Label("model-based: the engine agrees with a simple reference model on random histories and requests")
  void agreesWithModel(@ForAll("histories") List<Op> ops, @ForAll("asks") List<Ask> asks) {
    List<ConsentEvent> events = EngineWorld.events(ops, Actor.SUBJECT);
    PrivacyEngine engine = loaded(events, false);
    for (Ask ask : asks) {
      Request r = EngineWorld.request(ask);
      Decision d = engine.check(r);
      assertEquals(model(events, r), d.permitted(), () -> "request " + r + "\nevents " + events + "\n" + d);
      Statistics.label("outcome").collect(d.permitted() ? "permit" : "deny");
      Statistics.label("basis").collect(d.legalBasis());
    }
    // the model must see both outcomes and consent-based purposes often, or it proves little
    Statistics.label("outcome").coverage(c -> {
      c.check("permit").percentage(p -> p > 15);
      c.check("deny").percentage(p -> p > 15);
    });
    Statistics.label("basis").coverage(c -> c.check(LegalBasis.CONSENT).percentage(p -> p > 30));
  }
}
