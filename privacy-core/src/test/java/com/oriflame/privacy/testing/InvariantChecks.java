package com.oriflame.privacy.testing;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.CookieCategory;
import com.oriflame.privacy.policy.CookieKind;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.PurposeTrait;
import com.oriflame.privacy.policy.RecipientKind;
import com.oriflame.privacy.testing.Scenario.Subject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What each invariant asserts about a scenario. Every check restates a rule of the policy from
 * the events it recorded, not from the engine's own projections, and looks only where that rule
 * has something to say (a withdrawal not followed by a new grant, a minor's permit, ...); a
 * violation is an {@link AssertionError} whose message says what was recorded, what was decided
 * and why (the decision's reasons in English).
 */
final class InvariantChecks {
  private InvariantChecks() {}

  /** Builds the engine on the scenario's clock, records the scenario and checks its invariant. */
  static void run(EngineUnderTest engine, Scenario s) {
    record(engine, s.subjects());
    s.visitors().forEach(engine::append);
    switch (s.invariant()) {
      case WITHDRAWAL_WINS -> withdrawalWins(engine, s);
      case OBJECTIONS_BLOCK_MARKETING -> objectionsBlockMarketing(engine, s);
      case FOREIGN_CATEGORIES_DENIED -> foreignCategoriesDenied(engine, s);
      case ESSENTIAL_COOKIES_ALLOWED -> essentialCookiesAllowed(engine, s);
      case ADVERTISING_AGGREGATES_ONLY -> advertisingAggregatesOnly(engine, s);
      case MINORS_NEED_GUARDIAN -> minorsNeedGuardian(engine, s);
      case FILTER_AGREES_WITH_CHECK -> filterAgreesWithCheck(engine, s);
      case NO_LOOK_AHEAD -> noLookAhead(engine, s);
    }
  }

  private static void record(EngineUnderTest engine, List<Subject> subjects) {
    for (Subject subject : subjects) {
      if (subject.profile() != null) {
        engine.save(subject.profile(), subject.validFrom());
      }
      subject.events().forEach(engine::append);
    }
  }

  /** R7: the last of the purpose's grants and withdrawals up to the instant is a withdrawal, so the request is denied as withdrawn. */
  private static void withdrawalWins(EngineUnderTest engine, Scenario s) {
    for (int i = 0; i < s.requests().size(); i++) {
      Request r = s.requests().get(i);
      ConsentEvent decisive = null;
      for (ConsentEvent e : upTo(s.subject(r.subject()).events(), at(r))) {
        if (e instanceof ConsentWithdrawn w && w.purposes().contains(r.purpose())) {
          decisive = e;
        } else if (grants(e, r.purpose())) {
          decisive = e;
        }
      }
      if (!(decisive instanceof ConsentWithdrawn) || r.operation().disposes()) {
        continue;
      }
      Decision d = engine.check(r);
      if (d.permitted() || !d.hasReason(ReasonCode.CONSENT_WITHDRAWN)) {
        fail(s, "subject " + r.subject().value() + " withdrew consent to " + r.purpose() + " at " + decisive.effectiveAt()
            + " (event " + decisive.id() + ") and did not grant it again, yet request " + (i + 1) + " at " + at(r) + " is "
            + (d.permitted() ? "permitted" : "denied without " + ReasonCode.CONSENT_WITHDRAWN), d);
      }
    }
  }

  /** Whether the event grants the purpose explicitly: a grant naming it, or a registration with its tick box ticked. */
  private static boolean grants(ConsentEvent e, PurposeId purpose) {
    return e instanceof ConsentGranted g && g.purposes().contains(purpose)
        || e instanceof PolicyAccepted a && a.consents().contains(purpose);
  }

  /**
   * R10: a marketing-type request is denied by an objection when an objection covering it is in
   * force, and when every objection without a recipient scope is in force (the subject objects to
   * all marketing the policy lets them object to): a marketing purpose no such objection covers
   * is a gap in the policy.
   */
  private static void objectionsBlockMarketing(EngineUnderTest engine, Scenario s) {
    Policy policy = s.policy();
    List<Objection> unscoped = Scenarios.unscoped(policy);
    for (int i = 0; i < s.requests().size(); i++) {
      Request r = s.requests().get(i);
      Purpose p = policy.purpose(r.purpose());
      if (!Scenarios.marketingType(p) || r.operation().disposes()) {
        continue;
      }
      List<ConsentEvent> events = upTo(s.subject(r.subject()).events(), at(r));
      List<Objection> inForce = unscoped.stream().filter(o -> inForce(o, events)).toList();
      List<Objection> covering = inForce.stream().filter(o -> o.purposes().contains(p.id())).toList();
      if (covering.isEmpty() && inForce.size() < unscoped.size()) {
        continue;
      }
      Decision d = engine.check(r);
      if (!d.permitted() && d.hasReason(ReasonCode.OBJECTION_RAISED)) {
        continue;
      }
      String outcome = d.permitted() ? "permitted" : "denied without " + ReasonCode.OBJECTION_RAISED;
      if (covering.isEmpty()) {
        fail(s, r.purpose() + " is a marketing-type purpose, but no objection without a recipient scope covers it: subject "
            + r.subject().value() + " objects to " + ids(inForce) + ", everything the policy offers, yet request " + (i + 1)
            + " is " + outcome, d);
      }
      fail(s, "subject " + r.subject().value() + " objects to " + ids(covering) + ", which covers " + r.purpose()
          + ", yet request " + (i + 1) + " at " + at(r) + " is " + outcome, d);
    }
  }

  /** Whether the objection was raised (or ticked at registration) and not lifted since, as the events say. */
  private static boolean inForce(Objection o, List<ConsentEvent> events) {
    boolean raised = false;
    for (ConsentEvent e : events) {
      if (e instanceof ObjectionRaised r && r.objections().contains(o.id())
          || e instanceof PolicyAccepted a && a.optOuts().contains(o.id())) {
        raised = true;
      } else if (e instanceof ObjectionLifted l && l.objections().contains(o.id())) {
        raised = false;
      }
    }
    return raised;
  }

  /** E2: a request naming a category its purpose does not cover is denied for it. */
  private static void foreignCategoriesDenied(EngineUnderTest engine, Scenario s) {
    for (int i = 0; i < s.requests().size(); i++) {
      Request r = s.requests().get(i);
      Purpose p = s.policy().purpose(r.purpose());
      List<CategoryId> outside = r.categories().stream().filter(c -> !p.allows(c)).toList();
      if (outside.isEmpty()) {
        continue;
      }
      Decision d = engine.check(r);
      if (d.permitted() || !d.hasReason(ReasonCode.CATEGORY_NOT_IN_PURPOSE)) {
        fail(s, "request " + (i + 1) + " names " + outside + ", which " + r.purpose() + " does not cover, yet it is "
            + (d.permitted() ? "permitted" : "denied without " + ReasonCode.CATEGORY_NOT_IN_PURPOSE), d);
      }
    }
  }

  /** R32: essential cookies are permitted for every holder, whatever they chose. */
  private static void essentialCookiesAllowed(EngineUnderTest engine, Scenario s) {
    for (Holder h : s.cookieHolders()) {
      for (CookieCategory c : s.policy().cookieCategories()) {
        if (c.kind() != CookieKind.ESSENTIAL) {
          continue;
        }
        Decision d = engine.checkCookies(h, c.id());
        if (!d.permitted()) {
          fail(s, "essential cookies " + c.id() + " are denied for " + Scenario.holder(h) + " at " + s.now(), d);
        }
      }
    }
  }

  /** R13: identified or pseudonymised rows for an advertising recipient are denied for their form. */
  private static void advertisingAggregatesOnly(EngineUnderTest engine, Scenario s) {
    for (int i = 0; i < s.requests().size(); i++) {
      Request r = s.requests().get(i);
      if (r.recipient().isEmpty() || s.policy().recipient(r.recipient().get()).kind() != RecipientKind.ADVERTISING
          || r.dataForm() == DataForm.AGGREGATE_ONLY || r.operation().disposes()) {
        continue;
      }
      Decision d = engine.check(r);
      if (d.permitted() || !d.hasReason(ReasonCode.RECIPIENT_DATA_FORM)) {
        fail(s, "request " + (i + 1) + " releases " + r.dataForm() + " rows to advertising recipient " + r.recipient().get()
            + ", yet it is " + (d.permitted() ? "permitted" : "denied without " + ReasonCode.RECIPIENT_DATA_FORM), d);
      }
    }
  }

  /**
   * R5: a minor's request that rests on acceptance (all but legal obligations and what is strictly
   * necessary) is permitted only if the guardian's identity was provided, the guardian accepted the
   * policy and, for a consent-based purpose, the guardian consented.
   */
  private static void minorsNeedGuardian(EngineUnderTest engine, Scenario s) {
    Policy policy = s.policy();
    for (int i = 0; i < s.requests().size(); i++) {
      Request r = s.requests().get(i);
      Purpose p = policy.purpose(r.purpose());
      Subject subject = s.subject(r.subject());
      SubjectProfile profile = subject.profile();
      boolean minor = profile.minorAt(at(r), policy.minors().majorityAge(), policy.zone()).orElse(false);
      boolean rests = p.legalBasis() != LegalBasis.LEGAL_OBLIGATION && !p.has(PurposeTrait.STRICTLY_NECESSARY);
      if (!minor || !rests || r.operation().disposes() || !subject.validFrom().isBefore(at(r))) {
        continue;
      }
      Decision d = engine.check(r);
      if (!d.permitted()) {
        continue;
      }
      List<ConsentEvent> events = upTo(subject.events(), at(r));
      Predicate<ConsentEvent> byGuardian = e -> e.evidence().actor() == Actor.GUARDIAN;
      List<String> missing = new ArrayList<>();
      if (profile.providedCategories().stream().noneMatch(c -> c.covers(policy.minors().guardianCategory()))) {
        missing.add("the guardian's identity (" + policy.minors().guardianCategory() + ") was not provided");
      }
      if (events.stream().noneMatch(e -> e instanceof PolicyAccepted && byGuardian.test(e))) {
        missing.add("the guardian never accepted the policy");
      }
      boolean consented = events.stream().anyMatch(e -> byGuardian.test(e) && (grants(e, p.id())
          || e instanceof PolicyAccepted && p.consent().filter(ConsentTerms::grantedByPolicyAcceptance).isPresent()));
      if (p.legalBasis().consentBased() && !consented) {
        missing.add("the guardian never consented to " + p.id());
      }
      if (!missing.isEmpty()) {
        fail(s, "subject " + r.subject().value() + " is a minor at " + at(r) + " and " + String.join(", and ", missing)
            + ", yet request " + (i + 1) + " is permitted", d);
      }
    }
  }

  /** {@code filter} permits exactly the candidates {@code check} permits the template for. */
  private static void filterAgreesWithCheck(EngineUnderTest engine, Scenario s) {
    for (int i = 0; i < s.requests().size(); i++) {
      Request template = s.requests().get(i);
      Set<String> checked = new TreeSet<>();
      List<String> decisions = new ArrayList<>();
      for (SubjectId c : s.candidates()) {
        Decision d = engine.check(template.withSubject(c));
        if (d.permitted()) {
          checked.add(c.value());
        }
        decisions.add(c.value() + ": " + d.explain(Language.EN).replace("\n", "\n    "));
      }
      Set<String> filtered = values(engine.filter(s.candidates(), template));
      if (!filtered.equals(checked)) {
        throw new AssertionError(Invariant.FILTER_AGREES_WITH_CHECK + " violated: for template " + (i + 1) + " filter permits "
            + filtered + " but check permits " + checked + "\ncheck decided:\n  " + String.join("\n  ", decisions));
      }
    }
  }

  /** Recording events and profile versions that take effect after the requests' instants changes none of their decisions. */
  private static void noLookAhead(EngineUnderTest engine, Scenario s) {
    List<Decision> before = s.requests().stream().map(engine::check).toList();
    record(engine, s.later());
    for (int i = 0; i < s.requests().size(); i++) {
      Decision after = engine.check(s.requests().get(i));
      if (!after.equals(before.get(i))) {
        throw new AssertionError(Invariant.NO_LOOK_AHEAD + " violated: request " + (i + 1) + " at " + at(s.requests().get(i))
            + " was decided\n" + before.get(i).explain(Language.EN) + "\nbut after recording what takes effect later\n"
            + after.explain(Language.EN));
      }
    }
  }

  /** @return the instant the scenario's request is made at (every scenario request names one) */
  static Instant at(Request r) {
    return r.instant().orElseThrow(() -> new IllegalStateException("a scenario request names no instant: " + r));
  }

  /** @return the events that took effect at or before {@code at}, in the ledger's order */
  static List<ConsentEvent> upTo(Collection<ConsentEvent> events, Instant at) {
    return events.stream().filter(e -> !e.effectiveAt().isAfter(at)).sorted(ConsentEvent.ORDER).toList();
  }

  private static String ids(List<Objection> objections) {
    return objections.stream().map(o -> o.id().value()).collect(Collectors.joining(", ", "[", "]"));
  }

  private static Set<String> values(Collection<SubjectId> ids) {
    return ids.stream().map(SubjectId::value).collect(Collectors.toCollection(TreeSet::new));
  }

  private static void fail(Scenario s, String what, Decision d) {
    throw new AssertionError(s.invariant() + " violated: " + what + "\n" + d.explain(Language.EN));
  }
}
