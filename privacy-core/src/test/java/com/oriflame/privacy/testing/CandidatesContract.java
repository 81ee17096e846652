package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.CandidateQuery;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ConsentStore#candidates}: every store returns exactly what the in-memory
 * reference returns for the same events (so memory, H2 and PostgreSQL agree), and the candidates
 * are a superset of the subjects whose projected {@link ConsentState} grants the purpose without a
 * blocking objection in force, for random histories (ties, guardians' acts that do not count,
 * acceptances that grant, withdrawals, objections lifted and raised again) and instants before,
 * between and after the events. The histories keep to what the ledger's checks let through (only a
 * registration form's acceptance carries tick boxes), as {@link CandidateQuery} assumes. Events go in through {@code append} and {@code appendAll} alike,
 * so the facts both keep are checked.
 */
public abstract class CandidatesContract {
  private static final Policy POLICY = Policies.oriflameKyrgyzstan2017();
  private static final List<PurposeId> PURPOSES = List.of(PurposeId.of("marketing.similar-goods.sms"),
      PurposeId.of("marketing.third-party"), PurposeId.of("site.improvement"));
  private static final List<ObjectionId> OBJECTIONS = List.of(ObjectionId.of("objection.marketing"),
      ObjectionId.of("objection.third-party-marketing"));

  /** The stores under test; one set per property, each try uses its own subjects. */
  protected Stores stores;
  private int tries;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  /** Creates the stores for a property (JUnit's {@code @BeforeEach} does not run for properties). */
  @BeforeProperty
  protected void createPropertyStores() {
    createStores();
    tries = 0;
  }

  /** One event drawn for a history: kind, subject, instant, purpose or objection, actor, form. */
  record Step(int kind, int subject, int second, int element, boolean guardian, boolean form, boolean batch) {}

  /** @return histories of up to 14 events over 3 subjects within 8 seconds (many ties) */
  @Provide
  Arbitrary<List<Step>> histories() {
    Arbitrary<Step> step = Combinators.combine(List.of(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1)))
        .as(v -> new Step(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4) == 0, v.get(5) == 1, v.get(6) == 1));
    return step.list().ofMaxSize(14);
  }

  @Property(tries = 60)
  @Tag("R7")
  @Tag("R10")
  @Label("candidates agree with the in-memory reference and never miss a subject whose consent is in force (R7, R10)")
  void supersetAndAgreement(@ForAll("histories") List<Step> history, @ForAll("queries") Query q) {
    int n = ++tries;
    InMemoryStores reference = InMemoryStores.create();
    List<SubjectId> subjects = List.of(SubjectId.of(n + "-a"), SubjectId.of(n + "-b"), SubjectId.of(n + "-c"));
    List<ConsentEvent> events = new ArrayList<>();
    List<ConsentStore.Append> batch = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      Step s = history.get(i);
      ConsentEvent e = event(n + "-" + i, subjects.get(s.subject()), s);
      events.add(e);
      reference.consents().append(e, ContractEvents.audit(e));
      if (s.batch()) {
        batch.add(new ConsentStore.Append(e, ContractEvents.audit(e)));
      } else {
        stores.consents().append(e, ContractEvents.audit(e));
      }
    }
    stores.consents().appendAll(batch);
    PurposeId purpose = PURPOSES.get(q.purpose());
    Purpose p = POLICY.purpose(purpose);
    boolean consent = p.legalBasis() == LegalBasis.CONSENT;
    boolean byAcceptance = p.consent().map(ConsentTerms::grantedByPolicyAcceptance).orElse(false);
    Set<ObjectionId> blocking = new HashSet<>();
    for (int i = 0; i < OBJECTIONS.size(); i++) {
      if ((q.objections() & (1 << i)) != 0) {
        blocking.add(OBJECTIONS.get(i));
      }
    }
    Instant at = ContractEvents.T0.plusSeconds(q.second()).plusMillis(q.half() ? 500 : 0);
    CandidateQuery query = new CandidateQuery(purpose, consent, byAcceptance || q.widen(), blocking, at);
    List<SubjectId> among = new ArrayList<>(subjects);
    among.add(SubjectId.of(n + "-no-events"));
    Set<SubjectId> got = stores.consents().candidates(query, among);
    assertEquals(reference.consents().candidates(query, among), got, "the store disagrees with the in-memory reference");
    for (SubjectId s : among) {
      List<ConsentEvent> own = events.stream().filter(e -> e.holder().equals(s)).toList();
      ConsentState state = ConsentState.project(POLICY, null, own, at);
      boolean permits = (!consent || state.consent(purpose).granted()) && blocking.stream().noneMatch(o -> state.objection(o).isPresent());
      Statistics.label("reference permits").collect(permits);
      if (permits) {
        assertTrue(got.contains(s), () -> "a subject the events permit was ruled out: " + s + " " + query);
      }
    }
  }

  /** A query drawn for a property: purpose, objections as bits, instant, widening. */
  record Query(int purpose, int objections, int second, boolean half, boolean widen) {}

  /** @return queries over three purposes (consent, consent granted by acceptance, not consent-based) */
  @Provide
  Arbitrary<Query> queries() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(-1, 10), Arbitraries.of(true, false), Arbitraries.of(true, false)).as(Query::new);
  }

  private static ConsentEvent event(String id, SubjectId s, Step step) {
    Instant at = ContractEvents.T0.plusSeconds(step.second());
    EventId eid = EventId.of(id);
    Evidence evidence = step.form() ? Evidence.of(Channel.CAF_PAPER, "CAF " + id).withForm(FormId.of("form.caf.paper"))
        : Evidence.of(Channel.WEBSITE, "site " + id);
    if (step.guardian()) {
      evidence = evidence.withActor(Actor.GUARDIAN);
    }
    PurposeId purpose = PURPOSES.get(step.element() % 2);
    ObjectionId objection = OBJECTIONS.get(step.element() % 2);
    return switch (step.kind()) {
      case 0 -> new ConsentGranted(eid, s, Set.of(purpose), "1", at, at, evidence);
      case 1 -> new ConsentWithdrawn(eid, s, Set.of(purpose), "1", at, at, Evidence.of(Channel.EMAIL, "mail " + id));
      // as the ledger checks: only a registration form's acceptance carries tick boxes (TICK_BOXES_WITHOUT_FORM)
      case 2 -> new PolicyAccepted(eid, s, "1", at, at, evidence, step.element() == 2 || !step.form() ? Set.of() : Set.of(purpose),
          step.element() == 0 && step.form() ? Set.of(objection) : Set.of());
      case 3 -> new ObjectionRaised(eid, s, Set.of(objection), "1", at, at, Evidence.of(Channel.EMAIL, "mail " + id));
      case 4 -> new ObjectionLifted(eid, s, Set.of(objection), "1", at, at, evidence);
      default -> new ConsentGranted(eid, s, Set.of(PURPOSES.get(0), PURPOSES.get(1)), "1", at, at, evidence);
    };
  }

  @Test
  @DisplayName("candidates: granted, withdrawn, objecting and unknown subjects, in the order given, duplicates once")
  void examples() {
    PurposeId sms = PurposeId.of("marketing.similar-goods.sms");
    SubjectId granted = SubjectId.of("granted");
    SubjectId withdrawn = SubjectId.of("withdrawn");
    SubjectId objecting = SubjectId.of("objecting");
    SubjectId regranted = SubjectId.of("re\\granted\u0000");
    List<ConsentEvent> events = List.of(
        ContractEvents.grant("e1", granted, sms.value(), 1),
        ContractEvents.grant("e2", withdrawn, sms.value(), 1),
        ContractEvents.withdraw("e3", withdrawn, sms.value(), 5),
        ContractEvents.grant("e4", objecting, sms.value(), 1),
        ContractEvents.objection("e5", objecting, "objection.marketing", 2),
        ContractEvents.grant("e6", regranted, sms.value(), 1),
        ContractEvents.withdraw("e7", regranted, sms.value(), 2),
        ContractEvents.grant("e8", regranted, sms.value(), 3));
    stores.consents().appendAll(events.stream().map(e -> new ConsentStore.Append(e, ContractEvents.audit(e))).toList());
    List<SubjectId> among = List.of(regranted, SubjectId.of("unknown"), objecting, withdrawn, granted, granted);
    Instant later = ContractEvents.T0.plusSeconds(10);
    CandidateQuery q = CandidateQuery.consent(sms, later).blockedBy(Set.of(ObjectionId.of("objection.marketing")));
    assertEquals(List.of(regranted, granted), List.copyOf(stores.consents().candidates(q, among)));
    CandidateQuery between = CandidateQuery.consent(sms, ContractEvents.T0.plusSeconds(4));
    assertEquals(List.of(regranted, objecting, withdrawn, granted), List.copyOf(stores.consents().candidates(between, among)));
    CandidateQuery before = CandidateQuery.consent(sms, ContractEvents.T0);
    assertEquals(List.of(), List.copyOf(stores.consents().candidates(before, among)));
    CandidateQuery notConsent = new CandidateQuery(PurposeId.of("site.improvement"), false, false,
        Set.of(ObjectionId.of("objection.marketing")), later);
    assertEquals(List.of(regranted, SubjectId.of("unknown"), withdrawn, granted),
        List.copyOf(stores.consents().candidates(notConsent, among)));
    assertEquals(Set.of(), stores.consents().candidates(q, List.of()));
  }

  @Test
  @DisplayName("candidates over a batch larger than one query's: 25,000 subjects")
  void largeBatch() {
    PurposeId sms = PurposeId.of("marketing.similar-goods.sms");
    List<ConsentStore.Append> batch = new ArrayList<>();
    List<SubjectId> among = new ArrayList<>();
    Set<SubjectId> expected = new HashSet<>();
    for (int i = 0; i < 25_000; i++) {
      SubjectId s = SubjectId.of("bulk-" + i);
      among.add(s);
      if (i % 3 != 0) {
        ConsentEvent g = ContractEvents.grant("g" + i, s, sms.value(), 1);
        batch.add(new ConsentStore.Append(g, ContractEvents.audit(g)));
        if (i % 10 == 1) {
          ConsentEvent w = ContractEvents.withdraw("w" + i, s, sms.value(), 2);
          batch.add(new ConsentStore.Append(w, ContractEvents.audit(w)));
        } else {
          expected.add(s);
        }
      }
    }
    stores.consents().appendAll(batch);
    assertEquals(expected, stores.consents().candidates(CandidateQuery.consent(sms, ContractEvents.T0.plusSeconds(60)), among));
    assertTrue(stores.audit().verify().intact());
  }
}
