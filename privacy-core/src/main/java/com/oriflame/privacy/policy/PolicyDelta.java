package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import java.util.Objects;
import java.util.Set;

/**
 * One change between two revisions of a policy (§9, R34): which element changed and how, whether
 * the newer revision permits something the older did not (a widening), and what it means for the
 * consents and acceptances already on record.
 *
 * <p>Stability: experimental.
 *
 * @param aspect what kind of element changed
 * @param element the element's id, e.g. {@code marketing.similar-goods.sms}
 * @param kind added, removed or changed
 * @param field the changed field for {@link Kind#CHANGED}, e.g. {@code categories}; {@code ""} for
 *     an element added or removed whole
 * @param added the values the newer revision adds to the field (ids, country codes, periods)
 * @param removed the values it drops
 * @param widening whether the newer revision permits something the older did not
 * @param purposes the purposes of the newer revision the change reaches (those that use the
 *     changed recipient, category, retention rule or transfer; the purpose itself for a purpose)
 * @param reconsent the consent-based purposes whose existing consents no longer cover them (R34);
 *     a subset of {@code purposes}
 * @param effect what the host must do
 */
public record PolicyDelta(
    Aspect aspect,
    String element,
    Kind kind,
    String field,
    Set<String> added,
    Set<String> removed,
    boolean widening,
    Set<PurposeId> purposes,
    Set<PurposeId> reconsent,
    Effect effect) {

  /** The kind of policy element that changed. */
  public enum Aspect {
    /** A purpose of processing (§2): its categories, recipients, operations, modes, conditions or consent terms. */
    PURPOSE,
    /** A data category of the catalogue (§1). */
    CATEGORY,
    /** A recipient (§3). */
    RECIPIENT,
    /** The legal basis of a purpose. */
    LEGAL_BASIS,
    /** A retention rule (§6.2). */
    RETENTION,
    /** A declared cross-border transfer (§4). */
    TRANSFER
  }

  /** How the element changed. */
  public enum Kind {
    /** New in the newer revision. */
    ADDED,
    /** Gone from the newer revision. */
    REMOVED,
    /** In both, with a field changed. */
    CHANGED
  }

  /** What a change means for what is on record, from the least to the most demanding. */
  public enum Effect {
    /** Nothing to do: the change permits nothing new (a narrowing); consents and acceptances still hold. */
    NONE,
    /**
     * A widening of terms that rest on acceptance, contract, law or the operator's interest: it is
     * announced (website, e-mail where necessary) and continued use counts as acceptance of the new
     * revision (§9, R34); consents still hold.
     */
    NOTICE,
    /** A consent-based purpose is new (or newly consent-based): no consent on record covers it; ask before use. */
    NEW_CONSENT,
    /** A consent-based purpose was widened: consents given under older revisions no longer cover it (R34). */
    RECONSENT
  }

  /**
   * Copies collections; rejects missing fields and a re-consent purpose outside {@code purposes}.
   *
   * @param aspect what kind of element changed
   * @param element the element's id
   * @param kind added, removed or changed
   * @param field the changed field, or {@code ""}
   * @param added the values added
   * @param removed the values dropped
   * @param widening whether the newer revision permits something the older did not
   * @param purposes the purposes of the newer revision the change reaches
   * @param reconsent the consent-based purposes that need a new consent
   * @param effect what the host must do
   */
  public PolicyDelta {
    Objects.requireNonNull(aspect, "aspect");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(field, "field");
    added = Copies.orderedSet(added, "added values of " + element);
    removed = Copies.orderedSet(removed, "removed values of " + element);
    purposes = Copies.orderedSet(purposes, "purposes reached by " + element);
    reconsent = Copies.orderedSet(reconsent, "re-consent purposes of " + element);
    Objects.requireNonNull(effect, "effect");
    if (!purposes.containsAll(reconsent)) {
      throw new IllegalArgumentException("re-consent purposes of " + element + " must be among the purposes it reaches");
    }
  }

  /** @return one line: aspect, element, kind, field, what was added and removed, effect */
  public String describe() {
    return aspect + " " + element + " " + kind + (field.isEmpty() ? "" : " " + field)
        + (added.isEmpty() ? "" : " +" + added) + (removed.isEmpty() ? "" : " -" + removed)
        + (widening ? " (widening)" : "") + ": " + effect
        + (reconsent.isEmpty() ? "" : " for " + reconsent);
  }
}
