package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A subject's acceptance, consents, objections and cookie choices at one instant: the projection of
 * their events that took effect at or before it, applied in {@link ConsentEvent#ORDER}. Immutable.
 *
 * <p>Acts that permit (an acceptance, a grant, lifting an objection, allowing cookies) count only
 * if the right party made them (R5): the guardian while the subject is a minor, the subject (or an
 * operator agent on their instruction) once of age. Acts that protect the subject (a withdrawal,
 * an objection, refusing cookies) count whoever made them. A registration's tick boxes apply at the
 * instant of its acceptance (R9, R11); accepting the policy at registration grants the purposes
 * whose consent terms say so (§0, §4). The full history stays queryable: project again with an
 * earlier instant.
 *
 * <p>Stability: experimental: the fast path may add a compact projection beside it.
 */
public final class ConsentState {
  private final Instant at;
  private final PolicyAccepted acceptance;
  private final PolicyAccepted registration;
  private final PolicyAccepted ignoredAcceptance;
  private final Map<PurposeId, ConsentStatus> purposes;
  private final Map<ObjectionId, ConsentEvent> objections;
  private final Map<CookieCategoryId, CookiePreferencesSet> cookieAllowed;
  private final Map<CookieCategoryId, CookiePreferencesSet> cookieRefused;
  private final Instant earliest;

  private ConsentState(Projection p, Map<PurposeId, ConsentStatus> purposes) {
    this.at = p.at;
    this.acceptance = p.acceptance;
    this.registration = p.registration;
    this.ignoredAcceptance = p.ignoredAcceptance;
    this.purposes = Collections.unmodifiableMap(purposes);
    this.objections = Collections.unmodifiableMap(p.objections);
    this.cookieAllowed = Collections.unmodifiableMap(p.allowed);
    this.cookieRefused = Collections.unmodifiableMap(p.refused);
    this.earliest = p.earliest;
  }

  /**
   * Projects events onto the state at {@code at}, reading ages and consent validity in the
   * policy's zone.
   *
   * @param policy the policy (which purposes acceptance grants, consent validity, majority age)
   * @param profile the subject's profile for the birth date, or {@code null} if unknown
   * @param events the events of the subject and of linked browser ids, in any order
   * @param at the instant
   * @return the state
   */
  public static ConsentState project(Policy policy, SubjectProfile profile, Collection<? extends ConsentEvent> events, Instant at) {
    return project(policy, profile, events, at, policy.zone());
  }

  /**
   * Projects events onto the state at {@code at}.
   *
   * @param policy the policy (which purposes acceptance grants, consent validity, majority age)
   * @param profile the subject's profile for the birth date, or {@code null} if unknown
   * @param events the events of the subject and of linked browser ids, in any order
   * @param at the instant
   * @param zone the zone ages and consent validity are counted in
   * @return the state
   */
  public static ConsentState project(
      Policy policy, SubjectProfile profile, Collection<? extends ConsentEvent> events, Instant at, ZoneId zone) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(zone, "zone");
    List<ConsentEvent> sorted = new ArrayList<>(events);
    sorted.sort(ConsentEvent.ORDER);
    Projection p = new Projection(policy, profile, at, zone);
    for (ConsentEvent e : sorted) {
      if (p.earliest == null) {
        p.earliest = e.effectiveAt();
      }
      if (e.effectiveAt().isAfter(at)) {
        break;
      }
      e.accept(p);
    }
    Map<PurposeId, ConsentStatus> statuses = new HashMap<>();
    for (Map.Entry<PurposeId, ConsentEvent> entry : p.decisive.entrySet()) {
      PurposeId id = entry.getKey();
      ConsentEvent e = entry.getValue();
      ConsentEvent ignoredGrant = p.ignored.get(id);
      if (e.kind() == EventKind.CONSENT_WITHDRAWN) {
        statuses.put(id, new ConsentStatus(id, ConsentStatus.Kind.WITHDRAWN, Optional.of(e), Optional.empty(),
            Optional.ofNullable(ignoredGrant)));
        continue;
      }
      Period validity = validity(policy, id);
      Instant expires = validity == null ? null : e.effectiveAt().atZone(zone).plus(validity).toInstant();
      ConsentStatus.Kind kind = expires != null && !at.isBefore(expires) ? ConsentStatus.Kind.EXPIRED : ConsentStatus.Kind.GRANTED;
      statuses.put(id, new ConsentStatus(id, kind, Optional.of(e), Optional.ofNullable(expires), Optional.ofNullable(ignoredGrant)));
    }
    for (Map.Entry<PurposeId, ConsentEvent> entry : p.ignored.entrySet()) {
      statuses.putIfAbsent(entry.getKey(), new ConsentStatus(entry.getKey(), ConsentStatus.Kind.NONE, Optional.empty(), Optional.empty(),
          Optional.of(entry.getValue())));
    }
    return new ConsentState(p, statuses);
  }

  /** Applies one event after another; the events' own checks happened when they were appended. */
  private static final class Projection implements ConsentEvent.Visitor<Void> {
    private final Policy policy;
    private final SubjectProfile profile;
    private final Instant at;
    private final ZoneId zone;
    private final int majority;
    private PolicyAccepted acceptance;
    private PolicyAccepted registration;
    private PolicyAccepted ignoredAcceptance;
    private Instant earliest;
    private final Map<PurposeId, ConsentEvent> decisive = new HashMap<>();
    private final Map<PurposeId, ConsentEvent> ignored = new HashMap<>();
    private final Map<ObjectionId, ConsentEvent> objections = new LinkedHashMap<>();
    private final Map<CookieCategoryId, CookiePreferencesSet> allowed = new LinkedHashMap<>();
    private final Map<CookieCategoryId, CookiePreferencesSet> refused = new LinkedHashMap<>();

    Projection(Policy policy, SubjectProfile profile, Instant at, ZoneId zone) {
      this.policy = policy;
      this.profile = profile;
      this.at = at;
      this.zone = zone;
      this.majority = policy.minors().majorityAge();
    }

    private boolean counts(ConsentEvent e) {
      return acceptable(e, profile, majority, zone);
    }

    private void grants(ConsentEvent e, Set<PurposeId> ids, boolean counts) {
      for (PurposeId id : ids) {
        if (counts) {
          decisive.put(id, e);
          ignored.remove(id);
        } else {
          ignored.put(id, e);
        }
      }
    }

    @Override
    public Void acceptance(PolicyAccepted a) {
      boolean counts = counts(a);
      boolean registers = registers(policy, a);
      if (counts) {
        acceptance = a;
        ignoredAcceptance = null;
        if (registers) {
          registration = a;
        }
      } else {
        ignoredAcceptance = a;
      }
      if (!registers) {
        // acceptance by continued use (§9) accepts a revision's terms; it grants no consent (R34)
        return null;
      }
      for (Purpose p : policy.purposesGrantedByAcceptance()) {
        // acceptance grants these purposes, but never undoes an explicit withdrawal
        if (decisive.get(p.id()) != null && decisive.get(p.id()).kind() == EventKind.CONSENT_WITHDRAWN) {
          continue;
        }
        grants(a, Set.of(p.id()), counts);
      }
      // the form's tick boxes take effect at the same instant as the acceptance
      grants(a, a.consents(), counts);
      for (ObjectionId o : a.optOuts()) {
        objections.put(o, a);
      }
      return null;
    }

    @Override
    public Void grant(ConsentGranted g) {
      grants(g, g.purposes(), counts(g));
      return null;
    }

    @Override
    public Void withdrawal(ConsentWithdrawn w) {
      for (PurposeId p : w.purposes()) {
        decisive.put(p, w);
        ignored.remove(p);
      }
      return null;
    }

    @Override
    public Void objection(ObjectionRaised r) {
      for (ObjectionId o : r.objections()) {
        objections.put(o, r);
      }
      return null;
    }

    @Override
    public Void objectionLifted(ObjectionLifted l) {
      if (counts(l)) {
        for (ObjectionId o : l.objections()) {
          objections.remove(o);
        }
      }
      return null;
    }

    @Override
    public Void cookies(CookiePreferencesSet c) {
      if (!(c.holder() instanceof SubjectId) || counts(c)) {
        for (CookieCategoryId id : c.allowed()) {
          allowed.put(id, c);
          refused.remove(id);
        }
      }
      for (CookieCategoryId id : c.refused()) {
        refused.put(id, c);
        allowed.remove(id);
      }
      return null;
    }

    @Override
    public Void visitorLinked(VisitorLinked v) {
      return null;
    }
  }

  /**
   * Whether an acceptance is the registration acceptance of §0 and R2: made on a collection form
   * whose submission accepts the policy (the CAF), named in the evidence or known by its channel.
   *
   * @param policy the policy
   * @param a an acceptance
   * @return whether it is a registration
   */
  public static boolean registers(Policy policy, PolicyAccepted a) {
    return LedgerChecks.registrationForm(policy, a.evidence()).isPresent();
  }

  private static Period validity(Policy policy, PurposeId id) {
    return policy.purposes().find(id).flatMap(Purpose::consent).flatMap(ConsentTerms::validity).orElse(null);
  }

  /**
   * Whether the party who acted could act for the subject at the event's instant (R5): the
   * guardian of a minor, or the subject (or an agent on their instruction) once of age. With no
   * known birth date, the subject's own act counts; decisions refuse to rely on it.
   */
  static boolean acceptable(ConsentEvent e, SubjectProfile profile, int majorityAge, ZoneId zone) {
    Actor actor = e.evidence().actor();
    Optional<Boolean> minor = profile == null ? Optional.empty() : profile.minorAt(e.effectiveAt(), majorityAge, zone);
    if (minor.isEmpty()) {
      return actor != Actor.GUARDIAN;
    }
    return minor.get() ? actor == Actor.GUARDIAN : actor != Actor.GUARDIAN;
  }

  /** @return the instant this state describes */
  public Instant at() {
    return at;
  }

  /**
   * @return the latest acceptance of a policy revision by a party entitled to accept, through any
   *     channel (registration, or continued use after a new revision, §9)
   */
  public Optional<PolicyAccepted> acceptance() {
    return Optional.ofNullable(acceptance);
  }

  /**
   * @return the latest registration acceptance (R2): through a form whose submission accepts the
   *     policy, the CAF on paper or on the web; consent-based purposes and processors need it
   */
  public Optional<PolicyAccepted> registration() {
    return Optional.ofNullable(registration);
  }

  /**
   * @return the latest acceptance made by a party who could not make it (a minor themself, R5),
   *     if no acceptance by an entitled party came after it
   */
  public Optional<PolicyAccepted> ignoredAcceptance() {
    return Optional.ofNullable(ignoredAcceptance);
  }

  /**
   * @param purpose a purpose id
   * @return where the consent to it stands
   */
  public ConsentStatus consent(PurposeId purpose) {
    ConsentStatus s = purposes.get(purpose);
    return s != null ? s : ConsentStatus.none(purpose);
  }

  /** @return the purposes with a consent in force */
  public List<PurposeId> grantedPurposes() {
    List<PurposeId> result = new ArrayList<>();
    for (ConsentStatus s : purposes.values()) {
      if (s.granted()) {
        result.add(s.purpose());
      }
    }
    result.sort(null);
    return result;
  }

  /**
   * @param objection an objection id
   * @return the event that raised it (an objection, or the registration whose opt-out box was
   *     ticked), if it is raised and not lifted
   */
  public Optional<ConsentEvent> objection(ObjectionId objection) {
    return Optional.ofNullable(objections.get(objection));
  }

  /** @return the objections in force */
  public Set<ObjectionId> objections() {
    return Collections.unmodifiableSet(objections.keySet());
  }

  /**
   * @param category a cookie category
   * @return the event that allowed it, if the latest choice allowed it
   */
  public Optional<CookiePreferencesSet> cookieAllowed(CookieCategoryId category) {
    return Optional.ofNullable(cookieAllowed.get(category));
  }

  /**
   * @param category a cookie category
   * @return the event that refused it, if the latest choice refused it
   */
  public Optional<CookiePreferencesSet> cookieRefused(CookieCategoryId category) {
    return Optional.ofNullable(cookieRefused.get(category));
  }

  /** @return the effective instant of the earliest event known for the subject, if any */
  public Optional<Instant> earliestEvent() {
    return Optional.ofNullable(earliest);
  }

  @Override
  public String toString() {
    return "ConsentState[at=" + at + ", accepted=" + (acceptance != null) + ", granted=" + grantedPurposes()
        + ", objections=" + objections.keySet() + "]";
  }
}
