package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed between two revisions of one policy (§9, R34): purposes, categories, recipients,
 * legal bases, retention and cross-border transfers, each change marked as a widening when the
 * newer revision permits something the older did not, with what it means for the consents and
 * acceptances on record ({@link PolicyDelta.Effect}).
 *
 * <p>A widening reaches a consent-based purpose of the older revision (its categories, recipients,
 * operations, retention or transfers grew, a condition or a recipient's protection went): the
 * consents given under the older revision no longer cover it, and the subjects must consent again
 * before use ({@link PolicyDelta.Effect#RECONSENT}). A widening that reaches only purposes resting
 * on acceptance, contract, law or the operator's interest is announced, and continued use counts
 * as acceptance ({@link PolicyDelta.Effect#NOTICE}). A new consent-based purpose needs a first
 * consent ({@link PolicyDelta.Effect#NEW_CONSENT}). Narrowings change nothing on record.
 *
 * <p>Stability: experimental.
 *
 * @param from the older revision
 * @param to the newer revision
 * @param changes every change, purposes first, then categories, recipients, legal bases,
 *     retention and transfers, each group in id order
 */
public record PolicyDiff(PolicyRevision from, PolicyRevision to, List<PolicyDelta> changes) {

  /**
   * Copies the changes; rejects missing fields.
   *
   * @param from the older revision
   * @param to the newer revision
   * @param changes every change
   */
  public PolicyDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    changes = Copies.list(changes, "changes");
  }

  /**
   * Compares two revisions of one policy.
   *
   * @param older the older revision
   * @param newer the newer revision
   * @return what changed from {@code older} to {@code newer}
   * @throws IllegalArgumentException if they are revisions of different policies
   */
  public static PolicyDiff between(Policy older, Policy newer) {
    Objects.requireNonNull(older, "older must not be null");
    Objects.requireNonNull(newer, "newer must not be null");
    if (!older.id().equals(newer.id())) {
      throw new IllegalArgumentException("cannot compare revisions of different policies: '" + older.id() + "' and '"
          + newer.id() + "'");
    }
    return new Differ(older, newer).run();
  }

  /** @return whether the newer revision permits anything the older did not */
  public boolean widens() {
    return changes.stream().anyMatch(PolicyDelta::widening);
  }

  /** @return the changes that widen */
  public List<PolicyDelta> widenings() {
    return changes.stream().filter(PolicyDelta::widening).toList();
  }

  /** @return the consent-based purposes whose consents given under the older revision no longer hold (R34), in id order */
  public Set<PurposeId> reconsentPurposes() {
    Set<PurposeId> ids = new TreeSet<>();
    changes.forEach(c -> ids.addAll(c.reconsent()));
    return Collections.unmodifiableSet(ids);
  }

  /** @return the consent-based purposes that are new: no consent on record covers them, in id order */
  public Set<PurposeId> newConsentPurposes() {
    Set<PurposeId> ids = new TreeSet<>();
    changes.stream().filter(c -> c.effect() == PolicyDelta.Effect.NEW_CONSENT).forEach(c -> ids.addAll(c.purposes()));
    return Collections.unmodifiableSet(ids);
  }

  /** @return whether a widening rests on acceptance and must be announced (continued use accepts it, R34) */
  public boolean needsNotice() {
    return changes.stream().anyMatch(c -> c.effect() == PolicyDelta.Effect.NOTICE);
  }

  /**
   * The purposes this diff finds widened that the newer revision's change history ({@link
   * ChangeRule#history()}) does not declare widened since the older one: the engine would let old
   * consents stand for them. A revision file should declare every one.
   *
   * @param newer the newer revision (the one {@link #to()} names)
   * @return the undeclared widened purposes, in id order
   */
  public Set<PurposeId> undeclaredWidenings(Policy newer) {
    Objects.requireNonNull(newer, "newer must not be null");
    Set<PurposeId> undeclared = new TreeSet<>();
    for (PurposeId p : reconsentPurposes()) {
      if (!newer.changes().widenedSince(from.version(), p)) {
        undeclared.add(p);
      }
    }
    return Collections.unmodifiableSet(undeclared);
  }

  /** @return one line per change, after a heading naming both revisions */
  public String describe() {
    StringBuilder sb = new StringBuilder("rev. " + from.version() + " (" + from.effectiveDate() + ") -> rev. "
        + to.version() + " (" + to.effectiveDate() + "): " + changes.size() + " changes"
        + (widens() ? ", widening" : "") + "\n");
    changes.forEach(c -> sb.append("  ").append(c.describe()).append('\n'));
    return sb.toString();
  }

  /** The comparison itself. */
  private static final class Differ {
    private final Policy older;
    private final Policy newer;
    private final List<PolicyDelta> out = new ArrayList<>();

    Differ(Policy older, Policy newer) {
      this.older = older;
      this.newer = newer;
    }

    PolicyDiff run() {
      purposes();
      categories();
      recipients();
      legalBases();
      retention();
      transfers();
      return new PolicyDiff(older.revision(), newer.revision(), out);
    }

    /** A purpose of both revisions that rests on consent in both: its consents can be widened past. */
    private boolean consentedBefore(PurposeId id) {
      return older.purposes().find(id).map(p -> p.legalBasis() == LegalBasis.CONSENT).orElse(false)
          && newer.purposes().find(id).map(p -> p.legalBasis() == LegalBasis.CONSENT).orElse(false);
    }

    /** Records a change; a widening's effect follows from the purposes it reaches. */
    private void add(PolicyDelta.Aspect aspect, String element, PolicyDelta.Kind kind, String field, Collection<String> added,
        Collection<String> removed, boolean widening, Set<PurposeId> reached) {
      Set<PurposeId> reconsent = new TreeSet<>();
      PolicyDelta.Effect effect = PolicyDelta.Effect.NONE;
      if (widening) {
        effect = PolicyDelta.Effect.NOTICE;
        for (PurposeId p : reached) {
          if (consentedBefore(p)) {
            reconsent.add(p);
          }
        }
        if (!reconsent.isEmpty()) {
          effect = PolicyDelta.Effect.RECONSENT;
        }
      }
      out.add(new PolicyDelta(aspect, element, kind, field, sorted(added), sorted(removed), widening, new TreeSet<>(reached),
          reconsent, effect));
    }

    private void purposes() {
      for (PurposeId id : union(older.purposes().ids(), newer.purposes().ids())) {
        Optional<Purpose> o = older.purposes().find(id);
        Optional<Purpose> n = newer.purposes().find(id);
        String e = id.value();
        if (o.isEmpty()) {
          Purpose p = n.orElseThrow();
          boolean consent = p.legalBasis() == LegalBasis.CONSENT;
          out.add(new PolicyDelta(PolicyDelta.Aspect.PURPOSE, e, PolicyDelta.Kind.ADDED, "", Set.of(), Set.of(), true,
              Set.of(id), Set.of(), consent ? PolicyDelta.Effect.NEW_CONSENT : PolicyDelta.Effect.NOTICE));
          continue;
        }
        if (n.isEmpty()) {
          add(PolicyDelta.Aspect.PURPOSE, e, PolicyDelta.Kind.REMOVED, "", List.of(), List.of(), false, Set.of());
          continue;
        }
        Purpose a = o.get();
        Purpose b = n.get();
        Set<PurposeId> self = Set.of(id);
        Set<String> newCategories = strings(b.categories());
        newCategories.removeIf(c -> a.categories().stream().anyMatch(old -> old.covers(CategoryId.of(c))));
        Set<String> goneCategories = strings(a.categories());
        goneCategories.removeIf(c -> b.categories().stream().anyMatch(now -> now.covers(CategoryId.of(c))));
        field(PolicyDelta.Aspect.PURPOSE, e, "categories", newCategories, goneCategories, self);
        field(PolicyDelta.Aspect.PURPOSE, e, "recipients", minus(b.recipients(), a.recipients()), minus(a.recipients(), b.recipients()),
            self);
        field(PolicyDelta.Aspect.PURPOSE, e, "operations", minus(b.operations(), a.operations()), minus(a.operations(), b.operations()),
            self);
        field(PolicyDelta.Aspect.PURPOSE, e, "modes", minus(b.modes(), a.modes()), minus(a.modes(), b.modes()), self);
        // a condition dropped permits more; one added permits less
        Set<String> conditionsGone = minus(a.conditions(), b.conditions());
        Set<String> conditionsNew = minus(b.conditions(), a.conditions());
        if (!conditionsGone.isEmpty() || !conditionsNew.isEmpty()) {
          add(PolicyDelta.Aspect.PURPOSE, e, PolicyDelta.Kind.CHANGED, "conditions", conditionsNew, conditionsGone,
              !conditionsGone.isEmpty(), self);
        }
        boolean byAcceptanceBefore = a.consent().map(ConsentTerms::grantedByPolicyAcceptance).orElse(false);
        boolean byAcceptanceNow = b.consent().map(ConsentTerms::grantedByPolicyAcceptance).orElse(false);
        if (byAcceptanceBefore != byAcceptanceNow) {
          add(PolicyDelta.Aspect.PURPOSE, e, PolicyDelta.Kind.CHANGED, "grantedByPolicyAcceptance",
              byAcceptanceNow ? List.of("true") : List.of(), byAcceptanceNow ? List.of() : List.of("true"), byAcceptanceNow, self);
        }
        if (!a.retention().equals(b.retention())) {
          boolean longer = !a.retention().isPresent() || b.retention().isEmpty()
              || longer(newer.retentionRule(b.retention().get()).period(), older.retentionRule(a.retention().get()).period());
          add(PolicyDelta.Aspect.RETENTION, e, PolicyDelta.Kind.CHANGED, "retention",
              b.retention().map(r -> List.of(r.value())).orElse(List.of()), a.retention().map(r -> List.of(r.value())).orElse(List.of()),
              longer, self);
        }
      }
    }

    /** A field whose added values widen and whose removed values narrow. */
    private void field(PolicyDelta.Aspect aspect, String element, String name, Collection<String> added, Collection<String> removed,
        Set<PurposeId> reached) {
      if (!added.isEmpty() || !removed.isEmpty()) {
        add(aspect, element, PolicyDelta.Kind.CHANGED, name, added, removed, !added.isEmpty(), reached);
      }
    }

    /** The purposes of both revisions that use a category through the hierarchy. */
    private Set<PurposeId> covering(CategoryId category) {
      Set<PurposeId> reached = new TreeSet<>();
      for (Purpose p : newer.purposes()) {
        if (older.purposes().contains(p.id()) && p.categories().stream().anyMatch(c -> c.covers(category))) {
          reached.add(p.id());
        }
      }
      return reached;
    }

    private void categories() {
      for (CategoryId id : union(older.categories().ids(), newer.categories().ids())) {
        boolean before = older.categories().contains(id);
        boolean now = newer.categories().contains(id);
        if (before == now) {
          continue;
        }
        if (now) {
          // a new category widens the purposes of both revisions that cover it through the hierarchy
          Set<PurposeId> reached = covering(id);
          add(PolicyDelta.Aspect.CATEGORY, id.value(), PolicyDelta.Kind.ADDED, "", List.of(), List.of(), !reached.isEmpty(), reached);
        } else {
          add(PolicyDelta.Aspect.CATEGORY, id.value(), PolicyDelta.Kind.REMOVED, "", List.of(), List.of(), false, Set.of());
        }
      }
    }

    /** The purposes of both revisions that name a recipient. */
    private Set<PurposeId> using(RecipientId recipient) {
      Set<PurposeId> reached = new TreeSet<>();
      for (Purpose p : newer.purposes()) {
        if (older.purposes().contains(p.id()) && p.recipients().contains(recipient)) {
          reached.add(p.id());
        }
      }
      return reached;
    }

    private void recipients() {
      for (RecipientId id : union(older.recipients().ids(), newer.recipients().ids())) {
        Optional<Recipient> o = older.recipients().find(id);
        Optional<Recipient> n = newer.recipients().find(id);
        String e = id.value();
        if (o.isEmpty() || n.isEmpty()) {
          // the purposes that name it carry the widening (their recipients field changes)
          add(PolicyDelta.Aspect.RECIPIENT, e, o.isEmpty() ? PolicyDelta.Kind.ADDED : PolicyDelta.Kind.REMOVED, "", List.of(),
              List.of(), false, Set.of());
          continue;
        }
        Recipient a = o.get();
        Recipient b = n.get();
        Set<PurposeId> reached = using(id);
        if (a.dataForm() != b.dataForm()) {
          // DataForm runs from most to least identifying
          add(PolicyDelta.Aspect.RECIPIENT, e, PolicyDelta.Kind.CHANGED, "dataForm", List.of(b.dataForm().name()),
              List.of(a.dataForm().name()), b.dataForm().ordinal() < a.dataForm().ordinal(), reached);
        }
        Set<String> conditionsGone = minus(a.conditions(), b.conditions());
        Set<String> conditionsNew = minus(b.conditions(), a.conditions());
        if (!conditionsGone.isEmpty() || !conditionsNew.isEmpty()) {
          add(PolicyDelta.Aspect.RECIPIENT, e, PolicyDelta.Kind.CHANGED, "conditions", conditionsNew, conditionsGone,
              !conditionsGone.isEmpty(), reached);
        }
        if (!a.categories().equals(b.categories())) {
          // an empty list means every category of the purpose
          boolean wider = b.categories().isEmpty() || (!a.categories().isEmpty() && b.categories().stream()
              .anyMatch(c -> a.categories().stream().noneMatch(old -> old.covers(c))));
          add(PolicyDelta.Aspect.RECIPIENT, e, PolicyDelta.Kind.CHANGED, "categories", minus(b.categories(), a.categories()),
              minus(a.categories(), b.categories()), wider, reached);
        }
        if (a.mayBeAbroad() != b.mayBeAbroad()) {
          add(PolicyDelta.Aspect.RECIPIENT, e, PolicyDelta.Kind.CHANGED, "mayBeAbroad", b.mayBeAbroad() ? List.of("true") : List.of(),
              b.mayBeAbroad() ? List.of() : List.of("true"), b.mayBeAbroad(), reached);
        }
        Set<String> dutiesGone = minus(a.obligations(), b.obligations());
        Set<String> dutiesNew = minus(b.obligations(), a.obligations());
        if (!dutiesGone.isEmpty() || !dutiesNew.isEmpty()) {
          add(PolicyDelta.Aspect.RECIPIENT, e, PolicyDelta.Kind.CHANGED, "obligations", dutiesNew, dutiesGone, !dutiesGone.isEmpty(),
              reached);
        }
      }
    }

    private void legalBases() {
      for (Purpose b : newer.purposes()) {
        Optional<Purpose> o = older.purposes().find(b.id());
        if (o.isEmpty() || o.get().legalBasis() == b.legalBasis()) {
          continue;
        }
        LegalBasis was = o.get().legalBasis();
        String e = b.id().value();
        List<String> added = List.of(b.legalBasis().name());
        List<String> removed = List.of(was.name());
        if (b.legalBasis() == LegalBasis.CONSENT) {
          // newly consent-based: no consent on record covers it yet
          out.add(new PolicyDelta(PolicyDelta.Aspect.LEGAL_BASIS, e, PolicyDelta.Kind.CHANGED, "legalBasis", Set.copyOf(added), Set.copyOf(removed), false,
              Set.of(b.id()), Set.of(), PolicyDelta.Effect.NEW_CONSENT));
        } else {
          // no longer consent-based (or another basis): processing without the consent asked before, announced
          out.add(new PolicyDelta(PolicyDelta.Aspect.LEGAL_BASIS, e, PolicyDelta.Kind.CHANGED, "legalBasis", Set.copyOf(added), Set.copyOf(removed), true,
              Set.of(b.id()), Set.of(), PolicyDelta.Effect.NOTICE));
        }
      }
    }

    private void retention() {
      for (RetentionRuleId id : union(older.retentionRules().ids(), newer.retentionRules().ids())) {
        Optional<RetentionRule> o = older.retentionRules().find(id);
        Optional<RetentionRule> n = newer.retentionRules().find(id);
        String e = id.value();
        if (o.isEmpty() || n.isEmpty()) {
          add(PolicyDelta.Aspect.RETENTION, e, o.isEmpty() ? PolicyDelta.Kind.ADDED : PolicyDelta.Kind.REMOVED, "", List.of(), List.of(),
              false, Set.of());
          continue;
        }
        RetentionRule a = o.get();
        RetentionRule b = n.get();
        Set<PurposeId> reached = new TreeSet<>();
        for (Purpose p : newer.purposes()) {
          if (older.purposes().contains(p.id()) && p.retention().equals(Optional.of(id))) {
            reached.add(p.id());
          }
        }
        if (!a.period().equals(b.period())) {
          add(PolicyDelta.Aspect.RETENTION, e, PolicyDelta.Kind.CHANGED, "period", List.of(b.period().toString()),
              List.of(a.period().toString()), longer(b.period(), a.period()), reached);
        }
        Set<String> newCategories = strings(b.categories());
        newCategories.removeIf(c -> a.categories().stream().anyMatch(old -> old.covers(CategoryId.of(c))));
        field(PolicyDelta.Aspect.RETENTION, e, "categories", newCategories, minus(a.categories(), b.categories()), reached);
        field(PolicyDelta.Aspect.RETENTION, e, "holds", minus(b.holds(), a.holds()), minus(a.holds(), b.holds()), reached);
        if (a.trigger() != b.trigger() || a.action() != b.action()) {
          add(PolicyDelta.Aspect.RETENTION, e, PolicyDelta.Kind.CHANGED, "trigger and action",
              List.of(b.trigger().name() + " " + b.action().name()), List.of(a.trigger().name() + " " + a.action().name()), true, reached);
        }
      }
    }

    private void transfers() {
      for (TransferId id : union(older.transfers().ids(), newer.transfers().ids())) {
        Optional<CrossBorderTransfer> o = older.transfers().find(id);
        Optional<CrossBorderTransfer> n = newer.transfers().find(id);
        String e = id.value();
        if (n.isEmpty()) {
          add(PolicyDelta.Aspect.TRANSFER, e, PolicyDelta.Kind.REMOVED, "", List.of(), List.of(), false, Set.of());
          continue;
        }
        CrossBorderTransfer b = n.get();
        Set<PurposeId> reached = new TreeSet<>(b.purposes());
        reached.removeIf(p -> !older.purposes().contains(p) || !newer.purposes().contains(p));
        if (o.isEmpty()) {
          add(PolicyDelta.Aspect.TRANSFER, e, PolicyDelta.Kind.ADDED, "", b.countries(), List.of(), true, reached);
          continue;
        }
        CrossBorderTransfer a = o.get();
        field(PolicyDelta.Aspect.TRANSFER, e, "countries", minus(b.countries(), a.countries()), minus(a.countries(), b.countries()), reached);
        field(PolicyDelta.Aspect.TRANSFER, e, "recipients", minus(b.recipients(), a.recipients()), minus(a.recipients(), b.recipients()),
            reached);
        field(PolicyDelta.Aspect.TRANSFER, e, "purposes", minus(b.purposes(), a.purposes()), minus(a.purposes(), b.purposes()), reached);
        Set<String> newCategories = strings(b.categories());
        newCategories.removeIf(c -> a.categories().stream().anyMatch(old -> old.covers(CategoryId.of(c))));
        field(PolicyDelta.Aspect.TRANSFER, e, "categories", newCategories, minus(a.categories(), b.categories()), reached);
      }
    }

    /** Whether period {@code a} keeps data longer than {@code b}, compared as days from a fixed date. */
    private static boolean longer(Period a, Period b) {
      LocalDate base = LocalDate.of(2000, 1, 1);
      return base.plus(a).isAfter(base.plus(b));
    }

    private static <T extends Comparable<? super T>> Set<T> union(Set<T> a, Set<T> b) {
      Set<T> all = new TreeSet<>(a);
      all.addAll(b);
      return all;
    }

    private static Set<String> strings(Collection<?> values) {
      Set<String> s = new LinkedHashSet<>();
      values.forEach(v -> s.add(text(v)));
      return s;
    }

    private static Set<String> minus(Collection<?> a, Collection<?> b) {
      Set<String> s = strings(a);
      s.removeAll(strings(b));
      return s;
    }

    private static String text(Object v) {
      return v instanceof Enum<?> e ? e.name() : v instanceof ElementId id ? id.value() : String.valueOf(v);
    }

    private static Set<String> sorted(Collection<String> values) {
      return new TreeSet<>(values);
    }

  }
}
