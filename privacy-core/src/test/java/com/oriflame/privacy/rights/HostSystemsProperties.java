package com.oriflame.privacy.rights;

import com.oriflame.privacy.DataSources;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.memory.InMemoryPersonalDataSource;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CategoryTrait;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.rights.SourceExport;
import com.oriflame.privacy.testing.ContractEvents;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/** Laws of the work across sources: an export is the subject's and all of it; nothing under an active hold is erased. */
class HostSystemsProperties {
  private static final Policy POLICY = Policies.oriflameKyrgyzstan2017();
  private static final List<SubjectId> SUBJECTS = List.of(SubjectId.of("s0"), SubjectId.of("s1"), SubjectId.of("s2"));
  private static final List<BrowserId> BROWSERS = List.of(BrowserId.of("b0"), BrowserId.of("b1"));
  private static final List<CategoryId> LEAVES = leaves();

  private static List<CategoryId> leaves() {
    List<CategoryId> leaves = new ArrayList<>();
    for (DataCategory c : POLICY.categories()) {
      if (!POLICY.hasChildren(c.id())) {
        leaves.add(c.id());
      }
    }
    return List.copyOf(leaves);
  }

  /** One thing recorded about someone: an event kind, whose, which browser, and a data item. */
  record Act(int kind, int who, int browser, int category) {}

  /** A request of {@code kind} received by e-mail, its requester's identity verified (R28). */
  private static RequestId verified(PrivacyEngine engine, RequestKind kind, SubjectId subject) {
    RequestRecord r = engine.rights().receive(RequestIntake.of(kind, subject, Channel.EMAIL));
    return engine.rights().verifyIdentity(r.id(), "agent-1", "passport").id();
  }

  @Provide
  Arbitrary<List<Act>> acts() {
    return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, LEAVES.size() - 1)).as(Act::new)
        .list().ofMaxSize(25);
  }

  /**
   * An export holds every consent event of the subject (and of the browsers linked to them) and every
   * item the sources hold about them, credentials excepted, and nothing of anyone else.
   *
   * @param acts what was recorded, about three subjects and two browsers
   */
  @Property(tries = 60)
  void exportHoldsEverythingOfTheSubjectAndNothingElse(@ForAll("acts") List<Act> acts) {
    InMemoryStores stores = InMemoryStores.create();
    InMemoryPersonalDataSource a = InMemoryPersonalDataSource.create("a", POLICY, LEAVES);
    InMemoryPersonalDataSource b = InMemoryPersonalDataSource.create("b", POLICY, LEAVES);
    PrivacyEngine engine = PrivacyEngine.builder().policy(POLICY).stores(stores).clock(MutableClock.at("2025-01-01T00:00:00Z"))
        .dataSources(DataSources.of(a, b)).build();
    SubjectId me = SUBJECTS.get(0);
    List<ConsentEvent> all = new ArrayList<>();
    Set<String> expectedItems = new HashSet<>();
    int n = 0;
    for (Act act : acts) {
      n++;
      SubjectId who = SUBJECTS.get(act.who());
      BrowserId browser = BROWSERS.get(act.browser());
      ConsentEvent e = switch (act.kind()) {
        case 0 -> ContractEvents.grant("e" + n, who, "marketing.similar-goods.sms", n);
        case 1 -> ContractEvents.withdraw("e" + n, who, "marketing.similar-goods.sms", n);
        case 2 -> ContractEvents.objection("e" + n, who, "objection.marketing", n);
        case 3 -> ContractEvents.cookies("e" + n, browser, n);
        case 4 -> ContractEvents.link("e" + n, who, browser, n);
        default -> null;
      };
      if (e != null) {
        stores.consents().append(e, ContractEvents.audit(e));
        all.add(e);
      }
      CategoryId category = LEAVES.get(act.category());
      String value = "v" + n + "-" + who.value();
      (n % 2 == 0 ? a : b).put(who, category, "f" + n, value);
      if (who.equals(me) && !POLICY.category(category).has(CategoryTrait.CREDENTIAL)) {
        expectedItems.add(value);
      }
    }
    Set<String> linked = new HashSet<>();
    for (ConsentEvent e : all) {
      if (e.holder().equals(me)) {
        e.linkedBrowser().ifPresent(x -> linked.add(x.value()));
      }
    }
    Set<String> expectedEvents = new HashSet<>();
    for (ConsentEvent e : all) {
      if (e.holder().equals(me) || (e.holder() instanceof BrowserId && linked.contains(e.holder().value()))) {
        expectedEvents.add(e.id().value());
      }
    }
    AccessExport export = engine.hostSystems().export(verified(engine, RequestKind.ACCESS, me), Language.KY);
    Set<String> events = new HashSet<>();
    export.consentHistory().forEach(c -> events.add(c.event()));
    assertEquals(expectedEvents, events);
    assertEquals(expectedEvents.size(), export.consentHistory().size(), "an event appears twice");
    Set<String> items = new HashSet<>();
    for (SourceExport s : export.sources()) {
      s.items().forEach(i -> items.add(i.value()));
    }
    assertEquals(expectedItems, items);
    String json = export.toJson();
    for (SubjectId other : SUBJECTS.subList(1, 3)) {
      assertTrue(!json.contains("-" + other.value() + "\""), "data of another subject in the export");
    }
  }

  @Provide
  Arbitrary<Set<HoldReason>> holds() {
    return Arbitraries.of(HoldReason.class).set();
  }

  /**
   * Nothing under an active hold is erased (§6.2, R29): after an erasure or closure of everything,
   * every category that a purpose serving an active hold uses is still in the source.
   *
   * @param holds the profile's legal holds
   * @param claim whether a monetary claim is open (a debt-collection hold)
   * @param closure whether the account is closed rather than erased
   * @param contractEnded whether the contract ended before (else none)
   */
  @Property(tries = 60)
  @Tag("R29")
  void nothingUnderAnActiveHoldIsErased(@ForAll("holds") Set<HoldReason> holds, @ForAll boolean claim,
      @ForAll boolean closure, @ForAll boolean contractEnded) {
    InMemoryStores stores = InMemoryStores.create();
    MutableClock clock = MutableClock.at("2025-06-01T00:00:00Z");
    InMemoryPersonalDataSource source = InMemoryPersonalDataSource.create("all", POLICY, LEAVES);
    PrivacyEngine engine = PrivacyEngine.builder().policy(POLICY).stores(stores).clock(clock)
        .dataSources(DataSources.of(source)).build();
    SubjectId me = SUBJECTS.get(0);
    SubjectProfile.Builder profile = SubjectProfile.builder(me).legalHolds(holds).openMonetaryClaim(claim);
    if (contractEnded) {
      profile.contract(Contract.since(Instant.parse("2020-01-01T00:00:00Z")).withEnd(Instant.parse("2024-01-01T00:00:00Z")));
    }
    engine.subjects().save(profile.build(), Instant.parse("2020-01-01T00:00:00Z"));
    for (CategoryId c : LEAVES) {
      source.put(me, c, "f", "v");
      source.put(SUBJECTS.get(1), c, "f", "v");
    }
    RequestId req = verified(engine, closure ? RequestKind.ACCOUNT_CLOSURE : RequestKind.ERASURE, me);
    ErasureReport report = closure ? engine.hostSystems().closeAccount(req) : engine.hostSystems().erase(req);
    assertTrue(report.complete());
    Set<HoldReason> active = new HashSet<>(holds);
    if (claim) {
      active.add(HoldReason.DEBT_COLLECTION);
    }
    for (CategoryId c : LEAVES) {
      boolean held = false;
      for (Purpose p : POLICY.purposes()) {
        if (p.holds().stream().anyMatch(active::contains) && p.allows(c)) {
          held = true;
        }
      }
      if (held) {
        assertEquals(1, source.count(me, c), c + " is under an active hold but was erased");
      }
      assertEquals(1, source.count(SUBJECTS.get(1), c), "another subject's data was erased");
    }
    if (active.isEmpty()) {
      assertTrue(report.kept().isEmpty(), "kept without a hold or a contract in force: " + report.kept());
    }
  }
}
