package com.oriflame.privacy.decision;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Registration;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;

/**
 * The world of the rule tests: the bundled policy, an in-memory engine on a settable clock, and an
 * adult Consultant who registered through the paper CAF on 2024-01-02 with every category
 * provided and no tick box ticked. A test changes one fact and looks at the reasons.
 */
abstract class RuleTestBase {
  static final Instant REGISTERED = Instant.parse("2024-01-02T10:00:00Z");
  static final Instant NOW = Instant.parse("2024-02-01T09:00:00Z");

  final Policy policy = Policies.oriflameKyrgyzstan2017();
  final MutableClock clock = new MutableClock(NOW);
  final InMemoryStores stores = InMemoryStores.create();
  PrivacyEngine engine;
  SubjectId subject;

  @BeforeEach
  void world() {
    engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).build();
    subject = person("consultant-1", b -> b);
    register(subject, Registration.through(caf()));
  }

  /** @return the paper CAF's evidence */
  static Evidence caf() {
    return Evidence.of(Channel.CAF_PAPER, "CAF 000123").withForm(FormId.of("form.caf.paper"));
  }

  /** Records a registration at {@link #REGISTERED}. */
  void register(SubjectId s, Registration registration) {
    at(REGISTERED, () -> engine.consents().register(s, registration));
  }

  /** Runs {@code action} with the clock at {@code instant}, then puts the clock back. */
  void at(Instant instant, Runnable action) {
    Instant now = clock.instant();
    clock.set(instant);
    try {
      action.run();
    } finally {
      clock.set(now);
    }
  }

  /** A subject whose profile (an adult Consultant since {@link #REGISTERED}, changed by {@code change}) holds from then on. */
  SubjectId person(String id, UnaryOperator<SubjectProfile.Builder> change) {
    SubjectId s = SubjectId.of(id);
    Set<CategoryId> roots = new LinkedHashSet<>();
    policy.categories().stream().filter(c -> c.id().parent().isEmpty()).forEach(c -> roots.add(c.id()));
    engine.subjects().save(change.apply(SubjectProfile.builder(s).birthDate(LocalDate.of(1985, 3, 3))
        .contract(Contract.since(REGISTERED)).providedCategories(roots).productLines(List.of("skin-care"))).build(), REGISTERED);
    return s;
  }

  /** Saves a new version of the subject's profile, valid from now. */
  void update(UnaryOperator<SubjectProfile.Builder> change) {
    engine.subjects().save(change.apply(engine.subjects().find(subject).orElseThrow().toBuilder()).build());
  }

  Request request(String purpose, Operation op, String recipient, String... categories) {
    Request r = Request.of(subject, policy.purpose(purpose), policy.categories(categories)).withOperation(op);
    return recipient == null ? r : r.withRecipient(policy.recipient(recipient));
  }

  Decision check(String purpose, Operation op, String recipient, String... categories) {
    return engine.check(request(purpose, op, recipient, categories));
  }

  static Set<ReasonCode> codes(Decision d) {
    return d.reasons().stream().map(Reason::code).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static Set<String> rules(Decision d) {
    return d.reasons().stream().map(Reason::rule).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static Set<ObligationKind> obligations(Decision d) {
    return d.obligations().stream().map(Obligation::kind).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  static Reason reason(Decision d, ReasonCode code) {
    return d.reasons().stream().filter(r -> r.code() == code).findFirst()
        .orElseThrow(() -> new AssertionError(code + " not among " + d.reasons()));
  }
}
