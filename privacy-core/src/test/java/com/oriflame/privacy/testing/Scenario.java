package com.oriflame.privacy.testing;

import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.Policy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One try of an invariant: subjects with their profile and events, the requests (or cookie
 * probes) decided, and, for {@link Invariant#NO_LOOK_AHEAD}, what is recorded later. Its {@link
 * #toString()} is the counterexample jqwik prints: every id in clear (the ids are generated test
 * data), every event and request on one line.
 *
 * @param invariant the invariant it is for
 * @param policy the policy
 * @param now the engine clock's instant (cookie decisions are made for it)
 * @param subjects the subjects, saved and recorded before deciding
 * @param visitors events of browser ids (cookie choices, links)
 * @param requests the requests decided; for {@link Invariant#FILTER_AGREES_WITH_CHECK} the templates
 * @param cookieHolders the holders whose essential cookies are decided
 * @param later profile versions and events recorded after the first decisions
 * @param candidates the subjects {@code filter} chooses from
 */
record Scenario(
    Invariant invariant,
    Policy policy,
    Instant now,
    List<Subject> subjects,
    List<ConsentEvent> visitors,
    List<Request> requests,
    List<Holder> cookieHolders,
    List<Subject> later,
    List<SubjectId> candidates) {

  /**
   * A subject's profile version and events.
   *
   * @param id the subject
   * @param profile the profile, or {@code null} to save none
   * @param validFrom from when the profile holds
   * @param events the events, in time order
   */
  record Subject(SubjectId id, SubjectProfile profile, Instant validFrom, List<ConsentEvent> events) {
    Subject {
      events = List.copyOf(events);
    }

    Subject(SubjectProfile profile, Instant validFrom, List<ConsentEvent> events) {
      this(profile.id(), profile, validFrom, events);
    }
  }

  Scenario {
    subjects = List.copyOf(subjects);
    visitors = List.copyOf(visitors);
    requests = List.copyOf(requests);
    cookieHolders = List.copyOf(cookieHolders);
    later = List.copyOf(later);
    candidates = List.copyOf(candidates);
  }

  /** A scenario of subjects and requests only; the clock a day after the last instant in it. */
  static Scenario of(Invariant invariant, Policy policy, List<Subject> subjects, List<Request> requests) {
    return new Scenario(invariant, policy, null, subjects, List.of(), requests, List.of(), List.of(), List.of()).settled();
  }

  /** @return this scenario with the clock a day after every instant in it, unless it has one */
  Scenario settled() {
    if (now != null) {
      return this;
    }
    Instant last = Instant.EPOCH;
    for (Subject s : subjects) {
      last = latest(last, s);
    }
    for (Subject s : later) {
      last = latest(last, s);
    }
    for (ConsentEvent e : visitors) {
      last = max(last, e.effectiveAt());
    }
    for (Request r : requests) {
      last = max(last, InvariantChecks.at(r));
    }
    return new Scenario(invariant, policy, last.plusSeconds(86_400), subjects, visitors, requests, cookieHolders, later,
        candidates);
  }

  private static Instant latest(Instant last, Subject s) {
    Instant result = max(last, s.validFrom());
    for (ConsentEvent e : s.events()) {
      result = max(result, e.effectiveAt());
    }
    return result;
  }

  private static Instant max(Instant a, Instant b) {
    return b != null && b.isAfter(a) ? b : a;
  }

  /** @return the subject's profile and events */
  Subject subject(SubjectId id) {
    return subjects.stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no subject '" + id.value() + "' in the scenario"));
  }

  /** @return how many events, requests and probes the scenario has: what shrinking makes small */
  int size() {
    int n = visitors.size() + requests.size() + cookieHolders.size();
    for (Subject s : subjects) {
      n += s.events().size();
    }
    for (Subject s : later) {
      n += s.events().size() + (s.profile() == null ? 0 : 1);
    }
    return n;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(invariant.id()).append(" under policy ").append(policy.id()).append(" rev. ").append(policy.version())
        .append("; engine clock at ").append(now).append('\n');
    for (Subject s : subjects) {
      describe(sb, s, "");
    }
    for (ConsentEvent e : visitors) {
      sb.append("  ").append(describe(e)).append('\n');
    }
    for (int i = 0; i < requests.size(); i++) {
      sb.append(invariant == Invariant.FILTER_AGREES_WITH_CHECK ? "filter template " : "request ").append(i + 1).append(": ")
          .append(describe(requests.get(i))).append('\n');
    }
    if (!candidates.isEmpty()) {
      sb.append("candidates: ").append(candidates.stream().map(SubjectId::value).collect(Collectors.joining(", "))).append('\n');
    }
    for (Holder h : cookieHolders) {
      sb.append("essential cookies for ").append(holder(h)).append(" now\n");
    }
    for (Subject s : later) {
      describe(sb, s, "later, ");
    }
    return sb.toString().stripTrailing();
  }

  private void describe(StringBuilder sb, Subject s, String when) {
    if (s.profile() != null) {
      sb.append(when).append("subject ").append(s.id().value()).append(": ").append(describe(policy, s.profile()))
          .append(", profile valid from ").append(s.validFrom()).append('\n');
    } else if (!s.events().isEmpty()) {
      sb.append(when).append("subject ").append(s.id().value()).append(":\n");
    }
    for (ConsentEvent e : s.events()) {
      sb.append("  ").append(describe(e)).append('\n');
    }
  }

  /** @return one line: id, instant, what happened, how and by whom */
  static String describe(ConsentEvent e) {
    String how = " via " + e.evidence().channel() + e.evidence().form().map(form -> " on " + form).orElse("")
        + " by " + e.evidence().actor();
    String what = switch (e.kind()) {
      case POLICY_ACCEPTED -> {
        PolicyAccepted a = (PolicyAccepted) e;
        yield "accepted the policy" + how + (a.consents().isEmpty() ? "" : ", consenting to " + a.consents())
            + (a.optOuts().isEmpty() ? "" : ", objecting " + a.optOuts());
      }
      case CONSENT_GRANTED -> "granted " + ((ConsentGranted) e).purposes() + how;
      case CONSENT_WITHDRAWN -> "withdrew " + ((ConsentWithdrawn) e).purposes() + how;
      case OBJECTION_RAISED -> "objected " + ((ObjectionRaised) e).objections() + how;
      case OBJECTION_LIFTED -> "lifted objections " + ((ObjectionLifted) e).objections() + how;
      case COOKIES_SET -> {
        CookiePreferencesSet c = (CookiePreferencesSet) e;
        yield "cookies for " + holder(c.holder()) + ": allowed " + c.allowed() + ", refused " + c.refused() + how;
      }
      case VISITOR_LINKED -> "linked " + holder(((VisitorLinked) e).browser()) + " to " + holder(e.holder()) + how;
    };
    return e.id() + " at " + e.effectiveAt() + ": " + what;
  }

  /** @return one line: purpose, subject, categories, operation, recipient and form, ground, instant */
  static String describe(Request r) {
    return r.purpose() + " for " + r.subject().value() + " " + r.categories() + " " + r.operation()
        + r.recipient().map(to -> " to " + to + " (" + r.dataForm() + ")").orElse("")
        + r.ground().map(g -> " on " + g.kind()).orElse("") + " at " + InvariantChecks.at(r);
  }

  /** @return the profile's facts that decide: age, guardian, contract, account, what was provided */
  static String describe(Policy policy, SubjectProfile p) {
    StringBuilder sb = new StringBuilder();
    int majority = policy.minors().majorityAge();
    if (p.birthDate().isEmpty()) {
      sb.append("age unknown");
    } else {
      sb.append("born ").append(p.birthDate().get()).append(", of age from ")
          .append(p.majorityAt(majority, policy.zone()).orElseThrow());
    }
    if (p.contract().isEmpty()) {
      sb.append(", no contract");
    } else {
      Contract c = p.contract().get();
      sb.append(", contract from ").append(c.start())
          .append(c.end().map(end -> " to " + end).orElse(""))
          .append(c.creditAssessmentRequired() ? " (credit assessment required)" : "");
    }
    p.accountClosedAt().ifPresent(closed -> sb.append(", account closed at ").append(closed));
    if (p.openMonetaryClaim()) {
      sb.append(", owes money");
    }
    if (p.erased()) {
      sb.append(", erased");
    }
    if (!p.blocks().isEmpty()) {
      sb.append(", blocked ").append(p.blocks());
    }
    if (!p.restrictedPurposes().isEmpty()) {
      sb.append(", restricted for ").append(p.restrictedPurposes());
    }
    if (!p.legalHolds().isEmpty()) {
      sb.append(", holds ").append(p.legalHolds());
    }
    if (p.providedCategories().equals(SubjectArbitraries.roots(policy, true))) {
      sb.append(", provided every top-level category");
    } else if (p.providedCategories().equals(SubjectArbitraries.roots(policy, false))) {
      sb.append(", provided every top-level category but the guardian's identity");
    } else {
      sb.append(", provided ").append(p.providedCategories());
    }
    return sb.toString();
  }

  static String holder(Holder h) {
    return h instanceof SubjectId s ? "subject " + s.value() : "browser " + ((BrowserId) h).value();
  }

  /** @return the events of every subject, visitors and later records included */
  List<ConsentEvent> allEvents() {
    List<ConsentEvent> all = new ArrayList<>(visitors);
    subjects.forEach(s -> all.addAll(s.events()));
    later.forEach(s -> all.addAll(s.events()));
    return all;
  }
}
