package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.CollectionForm;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A subject's consents, objections and cookie choices at one instant: the projection of their
 * events that took effect at or before it, applied in {@link ConsentEvent#ORDER}. Immutable.
 *
 * <p>A grant counts only if the right party gave it (R5): the guardian while the subject is a
 * minor, the subject (or an operator agent on their instruction) once of age. Accepting the policy
 * grants the purposes whose consent terms say so (§0, §4). A withdrawal counts whoever made it.
 * The full history stays queryable: project again with an earlier instant.
 */
public final class ConsentState {
  private final Instant at;
  private final PolicyAccepted acceptance;
  private final PolicyAccepted registration;
  private final Map<PurposeId, ConsentStatus> purposes;
  private final Map<ObjectionId, ObjectionRaised> objections;
  private final Map<CookieCategoryId, CookiePreferencesSet> cookieAllowed;
  private final Map<CookieCategoryId, CookiePreferencesSet> cookieRefused;

  private ConsentState(Instant at, PolicyAccepted acceptance, PolicyAccepted registration, Map<PurposeId, ConsentStatus> purposes,
      Map<ObjectionId, ObjectionRaised> objections, Map<CookieCategoryId, CookiePreferencesSet> cookieAllowed,
      Map<CookieCategoryId, CookiePreferencesSet> cookieRefused) {
    this.at = at;
    this.acceptance = acceptance;
    this.registration = registration;
    this.purposes = Collections.unmodifiableMap(purposes);
    this.objections = Collections.unmodifiableMap(objections);
    this.cookieAllowed = Collections.unmodifiableMap(cookieAllowed);
    this.cookieRefused = Collections.unmodifiableMap(cookieRefused);
  }

  /**
   * Projects events onto the state at {@code at}.
   *
   * @param policy the policy (which purposes acceptance grants, consent validity, majority age)
   * @param profile the subject's profile for the birth date, or {@code null} if unknown
   * @param events the events of the subject and of linked browser ids, in any order
   * @param at the instant
   * @return the state
   */
  public static ConsentState project(Policy policy, SubjectProfile profile, Collection<? extends ConsentEvent> events, Instant at) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(at, "at");
    List<ConsentEvent> sorted = new ArrayList<>(events);
    sorted.sort(ConsentEvent.ORDER);
    int majority = policy.minors().majorityAge();

    PolicyAccepted acceptance = null;
    PolicyAccepted registration = null;
    Map<PurposeId, ConsentEvent> decisive = new HashMap<>();
    Map<PurposeId, ConsentEvent> ignored = new HashMap<>();
    Map<ObjectionId, ObjectionRaised> objections = new LinkedHashMap<>();
    Map<CookieCategoryId, CookiePreferencesSet> allowed = new LinkedHashMap<>();
    Map<CookieCategoryId, CookiePreferencesSet> refused = new LinkedHashMap<>();

    for (ConsentEvent e : sorted) {
      if (e.effectiveAt().isAfter(at)) {
        break;
      }
      if (e instanceof PolicyAccepted a) {
        boolean counts = acceptable(a, profile, majority);
        boolean registers = registers(policy, a);
        if (counts) {
          acceptance = a;
          if (registers) {
            registration = a;
          }
        }
        if (!registers) {
          // acceptance by continued use (§9) accepts a revision's terms; it grants no consent (R34)
          continue;
        }
        for (Purpose p : policy.purposesGrantedByAcceptance()) {
          // acceptance grants these purposes, but never undoes an explicit withdrawal
          if (decisive.get(p.id()) instanceof ConsentWithdrawn) {
            continue;
          }
          if (counts) {
            decisive.put(p.id(), a);
            ignored.remove(p.id());
          } else {
            ignored.put(p.id(), a);
          }
        }
      } else if (e instanceof ConsentGranted g) {
        boolean counts = acceptable(g, profile, majority);
        for (PurposeId p : g.purposes()) {
          if (counts) {
            decisive.put(p, g);
            ignored.remove(p);
          } else {
            ignored.put(p, g);
          }
        }
      } else if (e instanceof ConsentWithdrawn w) {
        for (PurposeId p : w.purposes()) {
          decisive.put(p, w);
          ignored.remove(p);
        }
      } else if (e instanceof ObjectionRaised r) {
        for (ObjectionId o : r.objections()) {
          objections.put(o, r);
        }
      } else if (e instanceof ObjectionLifted l) {
        for (ObjectionId o : l.objections()) {
          objections.remove(o);
        }
      } else if (e instanceof CookiePreferencesSet c) {
        for (CookieCategoryId id : c.allowed()) {
          allowed.put(id, c);
          refused.remove(id);
        }
        for (CookieCategoryId id : c.refused()) {
          refused.put(id, c);
          allowed.remove(id);
        }
      }
    }

    Map<PurposeId, ConsentStatus> statuses = new HashMap<>();
    for (Map.Entry<PurposeId, ConsentEvent> entry : decisive.entrySet()) {
      PurposeId id = entry.getKey();
      ConsentEvent e = entry.getValue();
      ConsentEvent ignoredGrant = ignored.get(id);
      if (e instanceof ConsentWithdrawn) {
        statuses.put(id, new ConsentStatus(id, ConsentStatus.Kind.WITHDRAWN, e, null, ignoredGrant));
        continue;
      }
      Period validity = validity(policy, id);
      Instant expires = validity == null ? null : e.effectiveAt().atZone(ZoneOffset.UTC).plus(validity).toInstant();
      ConsentStatus.Kind kind = expires != null && !at.isBefore(expires) ? ConsentStatus.Kind.EXPIRED : ConsentStatus.Kind.GRANTED;
      statuses.put(id, new ConsentStatus(id, kind, e, expires, ignoredGrant));
    }
    for (Map.Entry<PurposeId, ConsentEvent> entry : ignored.entrySet()) {
      statuses.putIfAbsent(entry.getKey(), new ConsentStatus(entry.getKey(), ConsentStatus.Kind.NONE, null, null, entry.getValue()));
    }
    return new ConsentState(at, acceptance, registration, statuses, objections, allowed, refused);
  }

  /**
   * Whether an acceptance is the registration acceptance of §0 and R2: made on a collection form
   * whose submission accepts the policy (the CAF), named in the evidence or known by its channel.
   */
  static boolean registers(Policy policy, PolicyAccepted a) {
    for (CollectionForm f : policy.forms()) {
      boolean used = a.evidence().form() != null ? f.id().equals(a.evidence().form()) : f.channel() == a.evidence().channel();
      if (used && f.acceptanceBySubmission()) {
        return true;
      }
    }
    return false;
  }

  private static Period validity(Policy policy, PurposeId id) {
    ConsentTerms terms = policy.findPurpose(id).map(Purpose::consent).orElse(null);
    return terms == null ? null : terms.validity();
  }

  /**
   * Whether the party who acted could give consent for the subject at the event's instant (R5):
   * the guardian of a minor, or the subject (or an agent on their instruction) once of age. With
   * no known birth date, the subject's own act counts; decisions refuse to rely on it.
   */
  static boolean acceptable(ConsentEvent e, SubjectProfile profile, int majorityAge) {
    Actor actor = e.evidence().actor();
    Optional<Boolean> minor = profile == null ? Optional.empty() : profile.minorAt(e.effectiveAt(), majorityAge);
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
   * @param purpose a purpose id
   * @return where the consent to it stands
   */
  public ConsentStatus consent(PurposeId purpose) {
    ConsentStatus s = purposes.get(purpose);
    return s != null ? s : new ConsentStatus(purpose, ConsentStatus.Kind.NONE, null, null, null);
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
   * @return the event that raised it, if it is raised and not lifted
   */
  public Optional<ObjectionRaised> objection(ObjectionId objection) {
    return Optional.ofNullable(objections.get(objection));
  }

  /** @return the objections in force */
  public Map<ObjectionId, ObjectionRaised> objections() {
    return objections;
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

  @Override
  public String toString() {
    return "ConsentState[at=" + at + ", accepted=" + (acceptance != null) + ", granted=" + grantedPurposes()
        + ", objections=" + objections.keySet() + "]";
  }
}
