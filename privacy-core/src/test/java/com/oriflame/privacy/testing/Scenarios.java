package com.oriflame.privacy.testing;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.EventKind;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieKind;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.PurposeTrait;
import com.oriflame.privacy.policy.RecipientKind;
import com.oriflame.privacy.testing.EventArbitraries.Party;
import com.oriflame.privacy.testing.EventArbitraries.Step;
import com.oriflame.privacy.testing.Scenario.Subject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The generators of {@link PolicyInvariants}: for each invariant, scenarios in which it has
 * something to say (a withdrawal followed by requests for its purpose, an objection followed by
 * marketing requests, ...), built from the public generators of this package so that they shrink
 * the same way: to one subject, few events, one request, the policy's first elements.
 */
final class Scenarios {
  /** When the subjects' stories begin. */
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  /** When their profiles begin to hold. */
  static final Instant VALID_FROM = T0.minus(Duration.ofDays(1));
  static final SubjectId A = SubjectId.of("a");

  private Scenarios() {}

  /** One act of the scenario itself: through which of the allowed channels, by whom, how long after the last event. */
  record Act(int channel, Party party, Duration gap) {}

  static Arbitrary<Act> acts() {
    Arbitrary<Party> party = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.just(Party.ENTITLED)),
        Tuple.of(1, Arbitraries.of(Party.SUBJECT, Party.GUARDIAN)));
    return Combinators.combine(Arbitraries.integers().between(0, 7), party, Arbitraries.of(EventArbitraries.GAPS)).as(Act::new);
  }

  static Arbitrary<Scenario> of(Invariant invariant, Policy policy) {
    return switch (invariant) {
      case WITHDRAWAL_WINS -> withdrawals(policy);
      case OBJECTIONS_BLOCK_MARKETING -> objections(policy);
      case FOREIGN_CATEGORIES_DENIED -> foreignCategories(policy);
      case ESSENTIAL_COOKIES_ALLOWED -> essentialCookies(policy);
      case ADVERTISING_AGGREGATES_ONLY -> advertising(policy);
      case MINORS_NEED_GUARDIAN -> minors(policy);
      case FILTER_AGREES_WITH_CHECK -> filters(policy);
      case NO_LOOK_AHEAD -> lookAhead(policy);
    };
  }

  /** A scenario where the invariant has nothing to check: the policy lacks what it is about. */
  private static Arbitrary<Scenario> nothingToCheck(Invariant invariant, Policy policy) {
    return Arbitraries.just(Scenario.of(invariant, policy, List.of(), List.of()));
  }

  /** R7: a history, a withdrawal of a consent-based purpose, more events but no new grant of it, requests for it from then on. */
  static Arbitrary<Scenario> withdrawals(Policy policy) {
    List<Purpose> consentBased = EventArbitraries.consentPurposes(policy);
    if (consentBased.isEmpty()) {
      return nothingToCheck(Invariant.WITHDRAWAL_WINS, policy);
    }
    return Combinators.combine(SubjectArbitraries.profiles(policy, A, T0), Arbitraries.of(consentBased),
            EventArbitraries.steps(5), acts(), EventArbitraries.steps(3))
        .flatAs((profile, purpose, before, act, after) -> {
          List<ConsentEvent> events = new ArrayList<>(EventArbitraries.events(policy, profile, T0, "", before));
          Instant at = last(events).plus(act.gap());
          events.add(EventArbitraries.withdrawal(policy, purpose, EventId.of("a-withdrawal"), A, at, act.channel(),
              actor(policy, profile, act.party(), at)));
          for (ConsentEvent e : EventArbitraries.events(policy, profile, at, "then-", after)) {
            withoutGrantOf(e, purpose.id()).ifPresent(events::add);
          }
          Subject subject = new Subject(profile, VALID_FROM, events);
          return requestsFrom(policy, purpose, subject, at)
              .map(requests -> Scenario.of(Invariant.WITHDRAWAL_WINS, policy, List.of(subject), requests));
        });
  }

  /** R10: a history, every objection without a recipient scope raised, more events but no lifting, marketing requests from then on. */
  static Arbitrary<Scenario> objections(Policy policy) {
    List<Purpose> marketing = policy.purposes().stream().filter(Scenarios::marketingType).toList();
    if (marketing.isEmpty()) {
      return nothingToCheck(Invariant.OBJECTIONS_BLOCK_MARKETING, policy);
    }
    List<Objection> unscoped = unscoped(policy);
    return Combinators.combine(SubjectArbitraries.profiles(policy, A, T0), Arbitraries.of(marketing),
            EventArbitraries.steps(5), acts(), EventArbitraries.steps(3))
        .flatAs((profile, purpose, before, act, after) -> {
          List<ConsentEvent> events = new ArrayList<>(EventArbitraries.events(policy, profile, T0, "", before));
          Instant at = last(events).plus(act.gap());
          if (!unscoped.isEmpty()) {
            Set<ObjectionId> all = new LinkedHashSet<>();
            unscoped.forEach(o -> all.add(o.id()));
            List<Channel> channels = new ArrayList<>(unscoped.get(0).channels());
            events.add(new ObjectionRaised(EventId.of("a-objection"), A, all, policy.version(), at, at,
                Evidence.of(channels.get(act.channel() % channels.size()), "objection")
                    .withActor(actor(policy, profile, act.party(), at))));
          }
          for (ConsentEvent e : EventArbitraries.events(policy, profile, at, "then-", after)) {
            if (e.kind() != EventKind.OBJECTION_LIFTED) {
              events.add(e);
            }
          }
          Subject subject = new Subject(profile, VALID_FROM, events);
          return requestsFrom(policy, purpose, subject, at)
              .map(requests -> Scenario.of(Invariant.OBJECTIONS_BLOCK_MARKETING, policy, List.of(subject), requests));
        });
  }

  /** E2: a subject and requests that name a category outside their purpose. */
  static Arbitrary<Scenario> foreignCategories(Policy policy) {
    return subject(policy, A, SubjectArbitraries.profiles(policy, A, T0), EventArbitraries.steps(6))
        .flatMap(s -> RequestArbitraries.withForeignCategory(policy, A, instants(policy, s)).list().ofMinSize(1).ofMaxSize(3)
            .map(requests -> Scenario.of(Invariant.FOREIGN_CATEGORIES_DENIED, policy, List.of(s), requests)));
  }

  /** R32: a subject and a browser with cookie choices (essential cookies refused too), asked about at an instant around them. */
  static Arbitrary<Scenario> essentialCookies(Policy policy) {
    if (policy.cookieCategories().stream().noneMatch(c -> c.kind() == CookieKind.ESSENTIAL)) {
      return nothingToCheck(Invariant.ESSENTIAL_COOKIES_ALLOWED, policy);
    }
    BrowserId browser = BrowserId.of("browser-a");
    return Combinators.combine(subject(policy, A, SubjectArbitraries.profiles(policy, A, T0), EventArbitraries.steps(6)),
            EventArbitraries.browserHistories(policy, browser, A, T0))
        .flatAs((s, visits) -> {
          List<ConsentEvent> all = new ArrayList<>(s.events());
          all.addAll(visits);
          List<Instant> edges = new ArrayList<>(List.of(T0));
          all.forEach(e -> edges.add(e.effectiveAt()));
          return InstantArbitraries.around(edges).map(now -> new Scenario(Invariant.ESSENTIAL_COOKIES_ALLOWED, policy,
              now.isBefore(VALID_FROM) ? VALID_FROM : now, List.of(s), visits, List.of(), List.of(A, browser), List.of(),
              List.of()));
        });
  }

  /** R13: a subject and disclosures of identified or pseudonymised rows to advertising recipients. */
  static Arbitrary<Scenario> advertising(Policy policy) {
    if (policy.recipients().stream().noneMatch(r -> r.kind() == RecipientKind.ADVERTISING)) {
      return nothingToCheck(Invariant.ADVERTISING_AGGREGATES_ONLY, policy);
    }
    return subject(policy, A, SubjectArbitraries.profiles(policy, A, T0), EventArbitraries.steps(6))
        .flatMap(s -> RequestArbitraries.disclosuresTo(policy, RecipientKind.ADVERTISING,
                Set.of(DataForm.IDENTIFIED, DataForm.PSEUDONYMISED), A, instants(policy, s)).list().ofMinSize(1).ofMaxSize(3)
            .map(requests -> Scenario.of(Invariant.ADVERTISING_AGGREGATES_ONLY, policy, List.of(s), requests)));
  }

  /** R5: a minor (guardian identified or not) whose acts are made by the guardian or, often, the minor; requests while a minor. */
  static Arbitrary<Scenario> minors(Policy policy) {
    List<Purpose> resting = policy.purposes().stream()
        .filter(p -> p.legalBasis() != LegalBasis.LEGAL_OBLIGATION && !p.has(PurposeTrait.STRICTLY_NECESSARY)).toList();
    if (resting.isEmpty()) {
      return nothingToCheck(Invariant.MINORS_NEED_GUARDIAN, policy);
    }
    Arbitrary<SubjectProfile> minors = Arbitraries.of(SubjectArbitraries.Kind.MINOR_WITH_GUARDIAN,
        SubjectArbitraries.Kind.MINOR_WITHOUT_GUARDIAN).flatMap(k -> SubjectArbitraries.profiles(k, policy, A, T0));
    Arbitrary<Party> party = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Party.ENTITLED)),
        Tuple.of(2, Arbitraries.just(Party.SUBJECT)), Tuple.of(1, Arbitraries.just(Party.GUARDIAN)));
    return subject(policy, A, minors, EventArbitraries.steps(6, party)).flatMap(s -> {
      Instant majority = s.profile().majorityAt(policy.minors().majorityAge(), policy.zone()).orElseThrow();
      Arbitrary<Instant> whileMinor = instants(policy, s).map(t -> t.isBefore(majority) ? t : majority.minusSeconds(1));
      return Arbitraries.of(resting).flatMap(p -> RequestArbitraries.requests(policy, p, A, whileMinor, op -> !op.disposes()))
          .list().ofMinSize(1).ofMaxSize(3)
          .map(requests -> Scenario.of(Invariant.MINORS_NEED_GUARDIAN, policy, List.of(s), requests));
    });
  }

  /** One to three subjects, requests about the first as templates, the subjects and an unknown one as candidates. */
  static Arbitrary<Scenario> filters(Policy policy) {
    List<SubjectId> ids = List.of(A, SubjectId.of("b"), SubjectId.of("c"));
    Arbitrary<Tuple.Tuple2<SubjectProfile, List<Step>>> someone =
        Combinators.combine(SubjectArbitraries.profiles(policy, A, T0), EventArbitraries.steps(5)).as(Tuple::of);
    return someone.list().ofMinSize(1).ofMaxSize(ids.size()).flatMap(drafts -> {
      List<Subject> subjects = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        SubjectProfile p = withId(drafts.get(i).get1(), ids.get(i));
        subjects.add(new Subject(p, VALID_FROM, EventArbitraries.events(policy, p, T0, "", drafts.get(i).get2())));
      }
      List<Instant> edges = new ArrayList<>();
      subjects.forEach(s -> edges.addAll(edgesSince(policy, s)));
      List<SubjectId> candidates = new ArrayList<>(subjects.stream().map(Subject::id).toList());
      candidates.add(SubjectId.of("unknown"));
      return RequestArbitraries.requests(policy, A, InstantArbitraries.around(edges)).list().ofMinSize(1).ofMaxSize(3)
          .map(templates -> new Scenario(Invariant.FILTER_AGREES_WITH_CHECK, policy, null, subjects, List.of(), templates,
              List.of(), List.of(), candidates).settled());
    });
  }

  /** The same profile for another subject. */
  static SubjectProfile withId(SubjectProfile p, SubjectId id) {
    return SubjectProfile.builder(id).birthDate(p.birthDate().orElse(null)).contract(p.contract().orElse(null))
        .providedCategories(p.providedCategories()).productLines(p.productLines()).openMonetaryClaim(p.openMonetaryClaim())
        .lastActivity(p.lastActivity().orElse(null)).accountClosedAt(p.accountClosedAt().orElse(null)).blocks(p.blocks()).erased(p.erased()).legalHolds(p.legalHolds())
        .restrictedPurposes(p.restrictedPurposes()).build();
  }

  /** How the profile changes later. */
  enum Change { NONE, CLOSE_ACCOUNT, ERASE, END_CONTRACT, BLOCK, RESTRICT, FORGET_PROVIDED }

  /** A subject, requests, then events after the last request and a later profile version. */
  static Arbitrary<Scenario> lookAhead(Policy policy) {
    return subject(policy, A, SubjectArbitraries.profiles(policy, A, T0), EventArbitraries.steps(5))
        .flatMap(s -> Combinators.combine(RequestArbitraries.requests(policy, A, instants(policy, s)).list().ofMinSize(1).ofMaxSize(3),
                EventArbitraries.steps(4), Arbitraries.of(Change.class), Arbitraries.of(EventArbitraries.GAPS))
            .as((requests, steps, change, gap) -> {
              Instant last = requests.stream().map(InvariantChecks::at).max(Instant::compareTo).orElseThrow();
              List<ConsentEvent> later = EventArbitraries.events(policy, s.profile(), last, "later-", steps);
              Instant from = last.plus(gap);
              Subject then = new Subject(A, changed(policy, s.profile(), change, from), from, later);
              return new Scenario(Invariant.NO_LOOK_AHEAD, policy, null, List.of(s), List.of(), requests, List.of(),
                  List.of(then), List.of()).settled();
            }));
  }

  private static SubjectProfile changed(Policy policy, SubjectProfile p, Change change, Instant from) {
    SubjectProfile.Builder b = p.toBuilder();
    return switch (change) {
      case NONE -> null;
      case CLOSE_ACCOUNT -> b.accountClosedAt(from).contract(ended(p, from)).build();
      case ERASE -> b.erased(true).build();
      case END_CONTRACT -> b.contract(ended(p, from)).build();
      case BLOCK -> b.blocked(BlockingGround.NOT_NECESSARY).build();
      case RESTRICT -> b.restrictedPurposes(policy.purposes().stream().map(Purpose::id).toList()).build();
      case FORGET_PROVIDED -> b.providedCategories(List.of()).build();
    };
  }

  /** The contract ended at {@code at}, unless it has no contract, ended already or starts later. */
  private static com.oriflame.privacy.consent.Contract ended(SubjectProfile p, Instant at) {
    return p.contract().map(c -> c.end().isPresent() || at.isBefore(c.start()) ? c : c.withEnd(at)).orElse(null);
  }

  /** A subject of the given profiles with a history of the given steps. */
  static Arbitrary<Subject> subject(Policy policy, SubjectId id, Arbitrary<SubjectProfile> profiles, Arbitrary<List<Step>> steps) {
    return Combinators.combine(profiles, steps)
        .as((p, st) -> new Subject(p, VALID_FROM, EventArbitraries.events(policy, p, T0, "", st)));
  }

  /** Instants around the subject's edges since the profile holds, or around the start of the story. */
  static Arbitrary<Instant> instants(Policy policy, Subject s) {
    return InstantArbitraries.around(edgesSince(policy, s));
  }

  /** The subject's edges from the day before its profile holds on, and the start of the story. */
  static List<Instant> edgesSince(Policy policy, Subject s) {
    List<Instant> edges = new ArrayList<>(List.of(T0));
    for (Instant e : InstantArbitraries.edges(policy, s.profile(), s.events())) {
      if (!e.isBefore(VALID_FROM)) {
        edges.add(e);
      }
    }
    return edges;
  }

  /** One to three requests for the purpose that do not dispose of data, at or after {@code from}. */
  private static Arbitrary<List<Request>> requestsFrom(Policy policy, Purpose purpose, Subject s, Instant from) {
    List<Instant> edges = new ArrayList<>(List.of(from));
    for (Instant e : InstantArbitraries.edges(policy, s.profile(), s.events())) {
      if (e.isAfter(from)) {
        edges.add(e);
      }
    }
    Arbitrary<Instant> at = InstantArbitraries.around(edges).map(t -> t.isBefore(from) ? from : t);
    return RequestArbitraries.requests(policy, purpose, s.id(), at, op -> !op.disposes()).list().ofMinSize(1).ofMaxSize(3);
  }

  /** The event without any grant of {@code purpose}: a grant of it alone is dropped, a registration loses that tick box. */
  private static Optional<ConsentEvent> withoutGrantOf(ConsentEvent e, PurposeId purpose) {
    if (e instanceof ConsentGranted g && g.purposes().contains(purpose)) {
      Set<PurposeId> rest = new LinkedHashSet<>(g.purposes());
      rest.remove(purpose);
      return rest.isEmpty() ? Optional.empty() : Optional.of(new ConsentGranted(g.id(), g.subject(), rest,
          g.policyVersion(), g.effectiveAt(), g.recordedAt(), g.evidence()));
    }
    if (e instanceof PolicyAccepted a && a.consents().contains(purpose)) {
      Set<PurposeId> rest = new LinkedHashSet<>(a.consents());
      rest.remove(purpose);
      return Optional.of(new PolicyAccepted(a.id(), a.subject(), a.policyVersion(), a.effectiveAt(), a.recordedAt(),
          a.evidence(), rest, a.optOuts()));
    }
    return Optional.of(e);
  }

  private static Actor actor(Policy policy, SubjectProfile profile, Party party, Instant at) {
    return switch (party) {
      case ENTITLED -> EventArbitraries.minorAt(policy, profile, at) ? Actor.GUARDIAN : Actor.SUBJECT;
      case SUBJECT -> Actor.SUBJECT;
      case GUARDIAN -> Actor.GUARDIAN;
    };
  }

  private static Instant last(List<ConsentEvent> events) {
    return events.isEmpty() ? T0 : events.get(events.size() - 1).effectiveAt();
  }

  /** Marketing-type purposes (R10): marketing, electronic marketing or third-party marketing. */
  static boolean marketingType(Purpose p) {
    return p.has(PurposeTrait.MARKETING) || p.has(PurposeTrait.ELECTRONIC_MARKETING) || p.has(PurposeTrait.THIRD_PARTY_MARKETING);
  }

  /** The objections that apply whatever the recipient: objections to purposes (R10), not to disclosures to a recipient (R12). */
  static List<Objection> unscoped(Policy policy) {
    return policy.objections().stream().filter(o -> o.recipients().isEmpty()).toList();
  }
}
