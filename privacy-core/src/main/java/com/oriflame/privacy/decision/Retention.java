package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.ConsentStatus;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.PurposeTrait;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.retention.LegalHold;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * E6 and R29: data is not used after the retention period of a rule governing its category has
 * run out (Law: storage limitation, L7), unless a legal hold that the rule allows and the purpose
 * serves is active (§6.2, R29). The disposal operations (depersonalization, blocking, destruction)
 * stay permitted after the period ends; see {@link Disposal}.
 *
 * <p>Periods run, in the engine's zone, from: the collection of the data (the request's {@code
 * dataCollectedAt}); the end of the contract (else the account closure); the subject's last
 * activity; or the withdrawal of the consent to the purpose (or an objection raised against it). A
 * rule never silently does nothing: where the host gives no date of collection or last activity,
 * or the subject never had a contract, the engine assumes the oldest the data can be, the earliest
 * date it knows of the subject, and the reason says so.
 */
@Implements({"E6", "R29"})
final class Retention implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.request.operation().disposes()) {
      return;
    }
    for (Expiry e : f.expiries()) {
      v.deny(ReasonCode.RETENTION_EXPIRED, Rules.RETENTION, e.rule().clauses(), e.rule().id(), e.fact(f));
    }
  }

  /** A retention rule whose period ran out for a category, and from which date it ran. */
  record Expiry(RetentionRule rule, DataCategory category, Instant expired, Instant assumedFrom) {
    Fact fact(Facts f) {
      return assumedFrom == null
          ? Fact.of(FactText.RETENTION_RAN_OUT, rule.id().value(), category.id().value(), f.day(expired))
          : Fact.of(FactText.RETENTION_RAN_OUT_ASSUMED, rule.id().value(), category.id().value(), f.day(expired),
              Words.dateOf(rule.trigger()), f.day(assumedFrom));
    }
  }

  /** @return every rule whose period ran out, per requested category, that no legal hold extends; see {@link Facts#expiries()} */
  static List<Expiry> expiries(Facts f) {
    List<Expiry> result = new ArrayList<>();
    for (DataCategory c : f.categories) {
      for (RetentionRule rule : f.compiled.retentionFor(c.id())) {
        Instant trigger = trigger(rule, f);
        boolean assumed = false;
        if (trigger == null && assumable(rule, f)) {
          trigger = f.earliestKnown;
          assumed = true;
        }
        if (trigger == null) {
          continue;
        }
        Instant expires = trigger.atZone(f.compiled.zone).plus(rule.period()).toInstant();
        if (f.at.isBefore(expires) || held(rule, c, f)) {
          continue;
        }
        result.add(new Expiry(rule, c, expires, assumed ? trigger : null));
      }
    }
    return result;
  }

  /** @return the instant the rule's period runs from, or {@code null} if it has not started or is not given */
  private static Instant trigger(RetentionRule rule, Facts f) {
    return switch (rule.trigger()) {
      case COLLECTION -> f.request.dataCollectedAt().orElse(null);
      case END_OF_CONTRACT -> contractEnd(f.profile.contract()).orElse(f.profile.accountClosedAt().orElse(null));
      case LAST_ACTIVITY -> f.profile.lastActivity().orElse(null);
      case WITHDRAWAL -> withdrawal(f);
      // refused by the linter (RETENTION_TRIGGER_UNSUPPORTED): the engine is never told that a purpose was fulfilled
      case PURPOSE_FULFILLED -> null;
    };
  }

  private static Optional<Instant> contractEnd(Optional<Contract> contract) {
    return contract.isPresent() ? contract.get().end() : Optional.empty();
  }

  /** Whether a missing date is assumed rather than meaning "not started". */
  private static boolean assumable(RetentionRule rule, Facts f) {
    return switch (rule.trigger()) {
      case COLLECTION, LAST_ACTIVITY -> true;
      case END_OF_CONTRACT -> f.profile.contract().isEmpty() && f.profile.accountClosedAt().isEmpty();
      case WITHDRAWAL, PURPOSE_FULFILLED -> false;
    };
  }

  /** The withdrawal of the consent to the request's purpose, or the first objection in force against it. */
  private static Instant withdrawal(Facts f) {
    Instant earliest = null;
    ConsentStatus status = f.consents.consent(f.purpose.id());
    if (status.kind() == ConsentStatus.Kind.WITHDRAWN) {
      earliest = status.decisive().orElseThrow().effectiveAt();
    }
    for (Objection o : f.compiled.objectionsAgainst(f.purpose.id())) {
      if (!o.recipients().isEmpty()) {
        continue;
      }
      Instant raised = f.consents.objection(o.id()).map(e -> e.effectiveAt()).orElse(null);
      if (raised != null && (earliest == null || raised.isBefore(earliest))) {
        earliest = raised;
      }
    }
    return earliest;
  }

  /**
   * A hold extends the purpose only if the rule allows that hold, the purpose serves it and it is
   * active (R29); a hold in the register also only for the categories it keeps.
   */
  private static boolean held(RetentionRule rule, DataCategory category, Facts f) {
    if (!f.purpose.has(PurposeTrait.SURVIVES_ACCOUNT_CLOSURE)) {
      return false;
    }
    for (HoldReason h : f.profile.legalHolds()) {
      if (rule.holds().contains(h) && f.purpose.holds().contains(h)) {
        return true;
      }
    }
    for (LegalHold h : f.holds) {
      if (rule.holds().contains(h.reason()) && f.purpose.holds().contains(h.reason())
          && f.compiled.holdCoverage.keeps(h, category.id())) {
        return true;
      }
    }
    return false;
  }
}
