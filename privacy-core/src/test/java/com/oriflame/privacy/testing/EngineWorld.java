package com.oriflame.privacy.testing;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** A small world of subjects, events and requests on the bundled policy, for engine properties. */
final class EngineWorld {
  static final Policy POLICY = Policies.oriflameKyrgyzstan2017();
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  static final int SUBJECTS = 3;

  static final List<PurposeId> CONSENT_PURPOSES = ids("marketing.similar-goods.email", "marketing.similar-goods.sms",
      "marketing.third-party", "site.interactive-features", "surveys.customer-satisfaction");
  static final List<PurposeId> PURPOSES = ids("marketing.similar-goods.email", "marketing.similar-goods.sms",
      "marketing.third-party", "site.interactive-features", "surveys.customer-satisfaction", "contract.performance",
      "network.management", "marketing.recommendations", "site.security", "legal.tax-and-statistics");
  static final List<ObjectionId> OBJECTIONS = List.of(ObjectionId.of("objection.marketing"),
      ObjectionId.of("objection.third-party-marketing"), ObjectionId.of("objection.network-sharing"));

  enum Kind { ACCEPT, GRANT, WITHDRAW, OBJECT, LIFT }

  /** One generated event: what, for whom, about which purpose or objection, when. */
  record Op(Kind kind, int subject, int target, int second) {}

  /** One generated request: whose, which purpose, which of its categories (or a foreign one), when. */
  record Ask(int subject, int purpose, int category, boolean foreign, int second) {}

  private EngineWorld() {}

  private static List<PurposeId> ids(String... ids) {
    List<PurposeId> list = new ArrayList<>();
    for (String id : ids) {
      list.add(PurposeId.of(id));
    }
    return List.copyOf(list);
  }

  static Arbitrary<Op> ops() {
    return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, SUBJECTS - 1),
        Arbitraries.integers().between(0, 20), Arbitraries.integers().between(0, 1_000)).as(Op::new);
  }

  static Arbitrary<List<Op>> histories() {
    return ops().list().ofMaxSize(25);
  }

  static Arbitrary<Ask> asks() {
    return Combinators.combine(Arbitraries.integers().between(0, SUBJECTS - 1), Arbitraries.integers().between(0, PURPOSES.size() - 1),
        Arbitraries.integers().between(0, 50), Arbitraries.of(false, false, false, true), Arbitraries.integers().between(0, 1_100))
        .as(Ask::new);
  }

  /** @return a channel the purpose accepts grants on */
  static Channel grantChannel(PurposeId purpose) {
    return POLICY.purpose(purpose).consent().orElseThrow().grantChannels().iterator().next();
  }

  static SubjectId subject(int i) {
    return SubjectId.of("subject-" + i);
  }

  /** The events of a history, with ids that are unique and independent of order. */
  static List<ConsentEvent> events(List<Op> ops, Actor actor) {
    List<ConsentEvent> events = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      Op op = ops.get(i);
      EventId id = EventId.of("e-" + i);
      Instant at = T0.plusSeconds(op.second());
      SubjectId s = subject(op.subject());
      PurposeId p = CONSENT_PURPOSES.get(op.target() % CONSENT_PURPOSES.size());
      Channel channel = op.kind() == Kind.GRANT ? grantChannel(p) : Channel.CAF_WEB;
      Evidence evidence = Evidence.of(channel, "web-" + i).withActor(actor);
      ObjectionId o = OBJECTIONS.get(op.target() % OBJECTIONS.size());
      events.add(switch (op.kind()) {
        case ACCEPT -> new PolicyAccepted(id, s, "1", at, at, evidence);
        case GRANT -> new ConsentGranted(id, s, Set.of(p), "1", at, at, evidence);
        case WITHDRAW -> new ConsentWithdrawn(id, s, Set.of(p), "1", at, at, evidence);
        case OBJECT -> new ObjectionRaised(id, s, Set.of(o), "1", at, at, evidence);
        case LIFT -> new ObjectionLifted(id, s, Set.of(o), "1", at, at, evidence);
      });
    }
    return events;
  }

  /** An engine on {@code stores} whose subjects are adults (or minors) with a contract and every category provided. */
  static PrivacyEngine engine(Stores stores, boolean minors) {
    PrivacyEngine engine = PrivacyEngine.builder().policy(POLICY).stores(stores)
        .clock(new MutableClock(T0.plusSeconds(2_000))).build();
    Set<CategoryId> roots = new LinkedHashSet<>();
    for (DataCategory c : POLICY.categories()) {
      if (c.id().parent().isEmpty()) {
        roots.add(c.id());
      }
    }
    for (int i = 0; i < SUBJECTS; i++) {
      // the profiles describe the subjects from a day before the world's events on (facts as of the instant)
      engine.subjects().save(SubjectProfile.builder(subject(i))
          .birthDate(minors ? LocalDate.of(2015, 1, 1) : LocalDate.of(1980, 1, 1))
          .contract(Contract.since(T0.minusSeconds(86_400)))
          .providedCategories(roots)
          .productLines(List.of("skin-care"))
          .build(), T0.minusSeconds(86_400));
    }
    return engine;
  }

  /** The request an {@link Ask} stands for. */
  static Request request(Ask ask) {
    Purpose p = POLICY.purpose(PURPOSES.get(ask.purpose()));
    List<CategoryId> own = new ArrayList<>(p.categories());
    CategoryId category = own.get(ask.category() % own.size());
    if (ask.foreign()) {
      List<CategoryId> outside = new ArrayList<>();
      for (DataCategory c : POLICY.categories()) {
        if (!p.allows(c.id()) && !c.id().value().startsWith("payment")) {
          outside.add(c.id());
        }
      }
      category = outside.get(ask.category() % outside.size());
    }
    return disclosingTo(p, Request.of(subject(ask.subject()), p, Set.of(category))
        .withOperation(p.operations().iterator().next())
        .withProductLine("skin-care")
        .withInstant(T0.plusSeconds(ask.second())));
  }

  /** Disclosures name the purpose's first recipient, as a host must. */
  static Request disclosingTo(Purpose p, Request r) {
    boolean discloses = r.operation() == com.oriflame.privacy.policy.Operation.DISSEMINATION
        || r.operation() == com.oriflame.privacy.policy.Operation.CROSS_BORDER_TRANSFER;
    return discloses && !p.recipients().isEmpty() ? r.withRecipient(p.recipients().iterator().next()) : r;
  }

  /** Objections that cover the purpose without a recipient scope. */
  static List<Objection> blocking(PurposeId purpose) {
    return POLICY.objectionsAgainst(purpose).stream().filter(o -> o.recipients().isEmpty()).toList();
  }
}
