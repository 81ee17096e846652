package com.oriflame.privacy.testing;

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
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CollectionForm;
import com.oriflame.privacy.policy.CookieCategory;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
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
 * jqwik generators for well-formed consent histories of one subject under a policy: registrations
 * on the policy's forms (with their tick boxes), acceptance by continued use where the policy
 * allows it, grants and withdrawals of consent-based purposes through channels the purpose
 * accepts, objections raised and lifted, and cookie choices. Events come in time order (at least
 * a second apart), take effect when they are recorded and name the policy's current revision, so
 * the ledger accepts every one of them ({@code engine.consents().append(e)}).
 *
 * <p>Most acts are made by the party entitled to make them at their instant (the guardian while
 * the subject is a minor, R5), some by the wrong one. A history is a list of small steps mapped
 * onto events: it shrinks to fewer events, earlier kinds of act (registration first), the
 * policy's first purpose or objection, no tick boxes and one-second gaps. Shipped in the core's
 * test-jar.
 */
public final class EventArbitraries {
  private EventArbitraries() {}

  /** The gaps between two events, shortest first (so histories shrink to one-second gaps). */
  static final List<Duration> GAPS = List.of(Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofHours(1),
      Duration.ofDays(1), Duration.ofDays(30), Duration.ofDays(200));

  /** What a step does. */
  enum Act { REGISTER, GRANT, WITHDRAW, OBJECT, LIFT, COOKIES, CONTINUED_USE }

  /** Who acts: the party entitled at the instant, or a fixed one (perhaps the wrong one, R5). */
  enum Party { ENTITLED, SUBJECT, GUARDIAN }

  /** One step of a history: an act, which element, which channel, which boxes, who, how long after the last. */
  record Step(Act act, int element, int channel, int boxes, Party party, Duration gap) {}

  /**
   * @param policy the policy
   * @param profile the subject's profile (its birth date tells who is entitled to act)
   * @param from the events come after this instant
   * @return histories of up to eight events
   */
  public static Arbitrary<List<ConsentEvent>> histories(Policy policy, SubjectProfile profile, Instant from) {
    return histories(policy, profile, from, 8);
  }

  /**
   * @param policy the policy
   * @param profile the subject's profile (its birth date tells who is entitled to act)
   * @param from the events come after this instant
   * @param maxEvents the most events a history has
   * @return histories of up to {@code maxEvents} events
   */
  public static Arbitrary<List<ConsentEvent>> histories(Policy policy, SubjectProfile profile, Instant from, int maxEvents) {
    return steps(maxEvents).map(steps -> events(policy, profile, from, "", steps));
  }

  /**
   * Cookie choices of a visitor not yet known as a subject (§8, R33), and perhaps the link to the
   * subject who later signed in.
   *
   * @param policy the policy
   * @param browser the visitor's browser id
   * @param subject the subject the browser may be linked to
   * @param from the events come after this instant
   * @return histories of up to four cookie choices and at most one link, in time order
   */
  public static Arbitrary<List<ConsentEvent>> browserHistories(Policy policy, BrowserId browser, SubjectId subject, Instant from) {
    Arbitrary<List<Tuple.Tuple2<Integer, Duration>>> choices =
        Combinators.combine(Arbitraries.integers().between(0, 0xFFFF), Arbitraries.of(GAPS)).as(Tuple::of).list().ofMaxSize(4);
    return Combinators.combine(choices, Arbitraries.of(false, true)).as((list, linked) -> {
      List<ConsentEvent> events = new ArrayList<>();
      Instant t = from;
      int k = 0;
      for (Tuple.Tuple2<Integer, Duration> c : list) {
        t = t.plus(c.get2());
        cookies(policy, browser, EventId.of(browser.value() + "-c" + ++k), t, c.get1(), Actor.SUBJECT).ifPresent(events::add);
      }
      if (linked) {
        t = t.plusSeconds(1);
        events.add(new VisitorLinked(EventId.of(browser.value() + "-link"), subject, browser, policy.version(), t, t,
            Evidence.of(Channel.WEBSITE, "sign-in")));
      }
      return events;
    });
  }

  /** @return lists of up to {@code max} steps, mostly by the entitled party */
  static Arbitrary<List<Step>> steps(int max) {
    return steps(max, Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(Party.ENTITLED)),
        Tuple.of(1, Arbitraries.just(Party.SUBJECT)), Tuple.of(1, Arbitraries.just(Party.GUARDIAN))));
  }

  /** @return lists of up to {@code max} steps by {@code party} */
  static Arbitrary<List<Step>> steps(int max, Arbitrary<Party> party) {
    Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Act.class), Arbitraries.integers().between(0, 63),
            Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 0xFFFF), party, Arbitraries.of(GAPS))
        .as(Step::new);
    return step.list().ofMaxSize(max);
  }

  /**
   * The events the steps stand for, in time order, ids {@code <subject>-<batch><n>}; a step the
   * policy has nothing for (a grant where no purpose rests on consent) is left out.
   */
  static List<ConsentEvent> events(Policy policy, SubjectProfile profile, Instant from, String batch, List<Step> steps) {
    List<ConsentEvent> events = new ArrayList<>();
    Instant t = from;
    int k = 0;
    for (Step s : steps) {
      t = t.plus(s.gap());
      EventId id = EventId.of(prefix(profile.id()) + "-" + batch + ++k);
      event(policy, profile, id, t, s).ifPresent(events::add);
    }
    return events;
  }

  private static String prefix(SubjectId subject) {
    String v = subject.value();
    return v.length() <= 64 ? v : "s" + Integer.toHexString(v.hashCode());
  }

  private static Optional<ConsentEvent> event(Policy policy, SubjectProfile profile, EventId id, Instant t, Step s) {
    Actor actor = switch (s.party()) {
      case ENTITLED -> minorAt(policy, profile, t) ? Actor.GUARDIAN : Actor.SUBJECT;
      case SUBJECT -> Actor.SUBJECT;
      case GUARDIAN -> Actor.GUARDIAN;
    };
    SubjectId subject = profile.id();
    String version = policy.version();
    return switch (s.act()) {
      case REGISTER -> register(policy, subject, id, t, s, actor);
      case CONTINUED_USE -> policy.changes().acceptanceByContinuedUse()
          ? Optional.of(new PolicyAccepted(id, subject, version, t, t, Evidence.of(Channel.WEBSITE, "visit").withActor(actor)))
          : Optional.empty();
      case GRANT -> {
        List<Purpose> grantable = policy.purposes().stream()
            .filter(p -> p.legalBasis().consentBased() && p.consent().isPresent() && !p.consent().get().grantChannels().isEmpty()).toList();
        if (grantable.isEmpty()) {
          yield Optional.empty();
        }
        Purpose p = grantable.get(s.element() % grantable.size());
        Channel channel = pick(new ArrayList<>(p.consent().get().grantChannels()), s.channel());
        yield Optional.of(new ConsentGranted(id, subject, Set.of(p.id()), version, t, t,
            Evidence.of(channel, "grant").withActor(actor)));
      }
      case WITHDRAW -> {
        List<Purpose> consentBased = consentPurposes(policy);
        if (consentBased.isEmpty()) {
          yield Optional.empty();
        }
        Purpose p = consentBased.get(s.element() % consentBased.size());
        yield Optional.of(withdrawal(policy, p, id, subject, t, s.channel(), actor));
      }
      case OBJECT, LIFT -> {
        if (policy.objections().isEmpty()) {
          yield Optional.empty();
        }
        Objection o = policy.objections().list().get(s.element() % policy.objections().size());
        Evidence evidence = Evidence.of(pick(new ArrayList<>(o.channels()), s.channel()), "objection").withActor(actor);
        yield Optional.of(s.act() == Act.OBJECT
            ? new ObjectionRaised(id, subject, Set.of(o.id()), version, t, t, evidence)
            : new ObjectionLifted(id, subject, Set.of(o.id()), version, t, t, evidence));
      }
      case COOKIES -> cookies(policy, subject, id, t, s.boxes(), actor);
    };
  }

  /** A registration on one of the policy's forms whose submission accepts the policy, with some of its boxes ticked. */
  private static Optional<ConsentEvent> register(Policy policy, SubjectId subject, EventId id, Instant t, Step s,
      Actor actor) {
    List<CollectionForm> forms = policy.forms().stream().filter(CollectionForm::acceptanceBySubmission).toList();
    if (forms.isEmpty()) {
      return Optional.empty();
    }
    CollectionForm form = forms.get(s.element() % forms.size());
    List<PurposeId> boxes = new ArrayList<>();
    for (PurposeId p : form.purposes()) {
      Purpose purpose = policy.purpose(p);
      if (purpose.legalBasis().consentBased() && purpose.consent().isPresent()
          && purpose.consent().get().grantChannels().contains(form.channel())) {
        boxes.add(p);
      }
    }
    Set<PurposeId> consents = subset(boxes, s.boxes());
    Set<ObjectionId> optOuts = subset(new ArrayList<>(form.optOutBoxes()), s.boxes() >>> 8);
    Evidence evidence = Evidence.of(form.channel(), "form").withForm(form.id()).withActor(actor);
    return Optional.of(new PolicyAccepted(id, subject, policy.version(), t, t, evidence, consents, optOuts));
  }

  /** A withdrawal of {@code p} through one of the channels the purpose accepts withdrawals on (any, if it names none). */
  static ConsentWithdrawn withdrawal(Policy policy, Purpose p, EventId id, SubjectId subject, Instant t, int channel, Actor actor) {
    List<Channel> channels = p.consent().isEmpty() || p.consent().get().withdrawalChannels().isEmpty()
        ? List.of(Channel.EMAIL) : new ArrayList<>(p.consent().get().withdrawalChannels());
    return new ConsentWithdrawn(id, subject, Set.of(p.id()), policy.version(), t, t,
        Evidence.of(pick(channels, channel), "withdrawal").withActor(actor));
  }

  /** Cookie choices: the low eight bits allow, the next eight refuse (an allowed category is not refused too). */
  private static Optional<ConsentEvent> cookies(Policy policy, Holder holder, EventId id, Instant t, int bits, Actor actor) {
    List<CookieCategoryId> all = policy.cookieCategories().stream().map(CookieCategory::id).toList();
    if (all.isEmpty()) {
      return Optional.empty();
    }
    Set<CookieCategoryId> allowed = subset(all, bits);
    Set<CookieCategoryId> refused = new LinkedHashSet<>(subset(all, bits >>> 8));
    refused.removeAll(allowed);
    if (allowed.isEmpty() && refused.isEmpty()) {
      refused.add(all.get(0));
    }
    return Optional.of(new CookiePreferencesSet(id, holder, allowed, refused, policy.version(), t, t,
        Evidence.of(Channel.BROWSER_SETTINGS, "banner").withActor(actor)));
  }

  /** @return the policy's consent-based purposes, in file order */
  static List<Purpose> consentPurposes(Policy policy) {
    return policy.purposes().stream().filter(p -> p.legalBasis().consentBased()).toList();
  }

  /** Whether the subject is a minor at {@code t} (an unknown birth date is not a minor). */
  static boolean minorAt(Policy policy, SubjectProfile profile, Instant t) {
    return profile.minorAt(t, policy.minors().majorityAge(), policy.zone()).orElse(false);
  }

  private static <T> T pick(List<T> list, int index) {
    return list.get(index % list.size());
  }

  /** @return the elements whose bit is set in {@code bits} (the first eight at most) */
  private static <T> Set<T> subset(List<T> list, int bits) {
    Set<T> result = new LinkedHashSet<>();
    for (int i = 0; i < list.size() && i < 8; i++) {
      if ((bits & (1 << i)) != 0) {
        result.add(list.get(i));
      }
    }
    return result;
  }
}
