package com.oriflame.privacy.policy;

import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.internal.Ids;
import com.oriflame.privacy.internal.Suggestions;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A personal-data policy as data: who the operator is, which law applies, and every category,
 * purpose, recipient, objection, form, retention rule, cookie category, cross-border transfer,
 * right and Consultant duty it defines, each citing its clauses.
 *
 * <p>Every kind of element is a {@link Catalog} with the same lookups: {@code
 * policy.purposes().get("marketing.similar-goods.sms")}, {@code find}, {@code list}, {@code ids};
 * the singular shortcuts ({@link #purpose(String)}, {@link #purpose(PurposeId)}, {@link
 * #form(String)}, ...) are {@code get} on the catalog. Lookups of an id the policy does not define
 * fail fast with {@link UnknownIdException}, naming the closest ids.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()}, read one with
 * {@link PolicyReader}, or take the bundled one from {@link Policies#oriflameKyrgyzstan2017()}.
 * A policy may hold defects (duplicate ids, dangling references); {@link PolicyLinter} reports
 * them, and {@link Policies#load} refuses a policy with errors. Indexes for deciding (objections
 * per purpose, retention per category) are the decision engine's; the answers here are computed
 * on demand.
 *
 * <p>Stability: stable.
 */
public final class Policy {
  /** Every top-level field, in file order; {@code @Valid} so that host frameworks validate it. */
  @Valid private final PolicyContent content;

  private final Catalog<ClauseRef, Clause> clauses;
  private final Catalog<CategoryId, DataCategory> categories;
  private final Catalog<PurposeId, Purpose> purposes;
  private final Catalog<RecipientId, Recipient> recipients;
  private final Catalog<ObjectionId, Objection> objections;
  private final Catalog<FormId, CollectionForm> forms;
  private final Catalog<RetentionRuleId, RetentionRule> retentionRules;
  private final Catalog<CookieCategoryId, CookieCategory> cookieCategories;
  private final Catalog<TransferId, CrossBorderTransfer> transfers;
  private final Catalog<RightKind, SubjectRight> rights;
  private final Catalog<DutyId, ConsultantDuty> duties;
  private int hash;

  Policy(PolicyContent content) {
    this.content = content;
    this.clauses = Catalog.of("clause", content.clauses(), Clause::ref, ClauseRef::of, ClauseRef::value);
    this.categories = Catalog.ofIds("category", content.categories(), DataCategory::id, CategoryId::of);
    this.purposes = Catalog.ofIds("purpose", content.purposes(), Purpose::id, PurposeId::of);
    this.recipients = Catalog.ofIds("recipient", content.recipients(), Recipient::id, RecipientId::of);
    this.objections = Catalog.ofIds("objection", content.objections(), Objection::id, ObjectionId::of);
    this.forms = Catalog.ofIds("form", content.forms(), CollectionForm::id, FormId::of);
    this.retentionRules = Catalog.ofIds("retention rule", content.retention(), RetentionRule::id, RetentionRuleId::of);
    this.cookieCategories =
        Catalog.ofIds("cookie category", content.cookies(), CookieCategory::id, CookieCategoryId::of);
    this.transfers = Catalog.ofIds("transfer", content.transfers(), CrossBorderTransfer::id, TransferId::of);
    this.rights = Catalog.of("right", content.rights(), SubjectRight::kind, Policy::rightKind, PolicyJson::jsonName);
    this.duties = Catalog.ofIds("duty", content.duties(), ConsultantDuty::id, DutyId::of);
  }

  /** A right's kind from its name in policy files ({@code account-closure}) or in Java ({@code ACCOUNT_CLOSURE}). */
  private static RightKind rightKind(String name) {
    List<String> names = new ArrayList<>();
    for (RightKind kind : RightKind.values()) {
      if (PolicyJson.jsonName(kind).equals(name) || kind.name().equals(name)) {
        return kind;
      }
      names.add(PolicyJson.jsonName(kind));
    }
    List<String> close = Suggestions.closest(name, names);
    throw new IllegalArgumentException("right '" + Ids.printable(name) + "' is not a right: expected one of " + names
        + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?"));
  }

  /** @return a builder for a new policy */
  public static Builder builder() {
    return new Builder(new PolicyContent.Draft());
  }

  /** @return a builder holding this policy's values, to derive a changed policy */
  public Builder toBuilder() {
    return new Builder(new PolicyContent.Draft(content));
  }

  /** The fields as policy files hold them, for {@link PolicyJson}. */
  PolicyContent content() {
    return content;
  }

  // ---- identity -------------------------------------------------------------------------------

  /** @return the policy's id, e.g. {@code oriflame-kg.personal-data-protection} */
  public String id() {
    return content.id();
  }

  /** @return the revision, e.g. {@code "1"} */
  public String version() {
    return content.version();
  }

  /** @return the date the revision takes effect */
  public LocalDate effectiveDate() {
    return content.effectiveDate();
  }

  /** @return the policy's title in three languages */
  public Labels title() {
    return content.title();
  }

  /** @return the operator (controller) */
  public Controller controller() {
    return content.controller();
  }

  /** @return the ISO 3166-1 alpha-2 code of the jurisdiction, e.g. {@code KG} */
  public String jurisdiction() {
    return content.jurisdiction();
  }

  /** @return the law the policy follows */
  public Law law() {
    return content.law();
  }

  /**
   * The time zone the policy's dates are read in: ages, consent validity, retention periods and the
   * dates in decisions (Asia/Bishkek for the bundled policy; UTC when a file names none).
   *
   * @return the zone
   */
  public ZoneId zone() {
    return content.zone();
  }

  /** @return the operator's number in the Register of holders of personal data arrays (R36) */
  public Optional<String> registerNumber() {
    return Optional.ofNullable(content.registerNumber());
  }

  /**
   * The revision stamp every decision, receipt and audit record carries (R1): policy id, version,
   * effective date, operator, jurisdiction and law.
   *
   * @return the stamp
   */
  public PolicyRevision revision() {
    return new PolicyRevision(
        id(), version(), effectiveDate(), controller().name().in(Language.EN, ""), jurisdiction(),
        "Law No. " + law().number() + " of " + law().date());
  }

  /** @return how the policy changes (§9) */
  public ChangeRule changes() {
    return content.changes();
  }

  /** @return how minors are handled (§1.1) */
  public MinorsRule minors() {
    return content.minors();
  }

  // ---- catalogs -------------------------------------------------------------------------------

  /** @return the clauses and law articles elements may cite, by reference */
  public Catalog<ClauseRef, Clause> clauses() {
    return clauses;
  }

  /** @return the data categories, in file order, by id */
  public Catalog<CategoryId, DataCategory> categories() {
    return categories;
  }

  /** @return the purposes, in file order, by id */
  public Catalog<PurposeId, Purpose> purposes() {
    return purposes;
  }

  /** @return the recipients, in file order, by id */
  public Catalog<RecipientId, Recipient> recipients() {
    return recipients;
  }

  /** @return the objections (opt-outs), in file order, by id */
  public Catalog<ObjectionId, Objection> objections() {
    return objections;
  }

  /** @return the collection forms, in file order, by id */
  public Catalog<FormId, CollectionForm> forms() {
    return forms;
  }

  /** @return the retention rules, in file order, by id */
  public Catalog<RetentionRuleId, RetentionRule> retentionRules() {
    return retentionRules;
  }

  /** @return the cookie categories, in file order, by id */
  public Catalog<CookieCategoryId, CookieCategory> cookieCategories() {
    return cookieCategories;
  }

  /** @return the anticipated cross-border transfers, by id */
  public Catalog<TransferId, CrossBorderTransfer> transfers() {
    return transfers;
  }

  /**
   * The rights the policy grants, by kind; as strings, kinds are written as in policy files
   * ({@code account-closure}).
   *
   * @return the subject's rights
   */
  public Catalog<RightKind, SubjectRight> rights() {
    return rights;
  }

  /** @return the Consultant's duties of §7, by id */
  public Catalog<DutyId, ConsultantDuty> duties() {
    return duties;
  }

  // ---- singular lookups: get on the catalog ---------------------------------------------------

  /**
   * @param ref a clause reference, e.g. {@code "§6.1"}
   * @return the clause with exactly that reference
   * @throws UnknownIdException if the policy defines no such clause; names close matches
   * @throws IllegalArgumentException if {@code ref} is not a clause reference
   */
  public Clause clause(String ref) {
    return clauses.get(ref);
  }

  /**
   * @param ref a clause reference
   * @return the clause with exactly that reference
   * @throws UnknownIdException if the policy defines no such clause; names close matches
   */
  public Clause clause(ClauseRef ref) {
    return clauses.get(ref);
  }

  /**
   * The clause a reference cites: the clause itself or, for a bullet or sub-article the policy does
   * not list, the section it lies in ({@code §2(6)} finds {@code §2}).
   *
   * @param ref a clause reference
   * @return the clause, or empty if neither the reference nor its section is a clause of the policy
   */
  public Optional<Clause> citedClause(ClauseRef ref) {
    return clauses.find(ref).or(() -> clauses.find(ref.section()));
  }

  /**
   * @param id a category id
   * @return the category
   * @throws UnknownIdException if the policy defines no such category (R3); names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public DataCategory category(String id) {
    return categories.get(id);
  }

  /**
   * @param id a category id
   * @return the category
   * @throws UnknownIdException if the policy defines no such category (R3); names close matches
   */
  public DataCategory category(CategoryId id) {
    return categories.get(id);
  }

  /**
   * Resolves category ids, failing fast on the first unknown one (R3).
   *
   * @param ids category ids
   * @return the ids, in the order given
   * @throws UnknownIdException if any id is not a category of this policy
   * @throws IllegalArgumentException if any id is malformed
   */
  public Set<CategoryId> categories(String... ids) {
    Set<CategoryId> result = new LinkedHashSet<>();
    for (String s : ids) {
      result.add(categories.get(s).id());
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * @param id a purpose id
   * @return the purpose
   * @throws UnknownIdException if the policy defines no such purpose; names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public Purpose purpose(String id) {
    return purposes.get(id);
  }

  /**
   * @param id a purpose id
   * @return the purpose
   * @throws UnknownIdException if the policy defines no such purpose; names close matches
   */
  public Purpose purpose(PurposeId id) {
    return purposes.get(id);
  }

  /**
   * @param id a recipient id
   * @return the recipient
   * @throws UnknownIdException if the policy defines no such recipient; names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public Recipient recipient(String id) {
    return recipients.get(id);
  }

  /**
   * @param id a recipient id
   * @return the recipient
   * @throws UnknownIdException if the policy defines no such recipient; names close matches
   */
  public Recipient recipient(RecipientId id) {
    return recipients.get(id);
  }

  /**
   * @param id an objection id
   * @return the objection
   * @throws UnknownIdException if the policy defines no such objection; names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public Objection objection(String id) {
    return objections.get(id);
  }

  /**
   * @param id an objection id
   * @return the objection
   * @throws UnknownIdException if the policy defines no such objection; names close matches
   */
  public Objection objection(ObjectionId id) {
    return objections.get(id);
  }

  /**
   * @param id a form id
   * @return the collection form
   * @throws UnknownIdException if the policy defines no such form; names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public CollectionForm form(String id) {
    return forms.get(id);
  }

  /**
   * @param id a form id
   * @return the collection form
   * @throws UnknownIdException if the policy defines no such form; names close matches
   */
  public CollectionForm form(FormId id) {
    return forms.get(id);
  }

  /**
   * @param id a retention rule id
   * @return the rule
   * @throws UnknownIdException if the policy defines no such rule; names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public RetentionRule retentionRule(String id) {
    return retentionRules.get(id);
  }

  /**
   * @param id a retention rule id
   * @return the rule
   * @throws UnknownIdException if the policy defines no such rule; names close matches
   */
  public RetentionRule retentionRule(RetentionRuleId id) {
    return retentionRules.get(id);
  }

  /**
   * @param id a cookie category id
   * @return the cookie category
   * @throws UnknownIdException if the policy defines no such cookie category; names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public CookieCategory cookieCategory(String id) {
    return cookieCategories.get(id);
  }

  /**
   * @param id a cookie category id
   * @return the cookie category
   * @throws UnknownIdException if the policy defines no such cookie category; names close matches
   */
  public CookieCategory cookieCategory(CookieCategoryId id) {
    return cookieCategories.get(id);
  }

  /**
   * @param id a transfer id
   * @return the cross-border transfer
   * @throws UnknownIdException if the policy defines no such transfer; names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public CrossBorderTransfer transfer(String id) {
    return transfers.get(id);
  }

  /**
   * @param id a transfer id
   * @return the cross-border transfer
   * @throws UnknownIdException if the policy defines no such transfer; names close matches
   */
  public CrossBorderTransfer transfer(TransferId id) {
    return transfers.get(id);
  }

  /**
   * @param id a duty id
   * @return the Consultant duty
   * @throws UnknownIdException if the policy defines no such duty; names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public ConsultantDuty duty(String id) {
    return duties.get(id);
  }

  /**
   * @param id a duty id
   * @return the Consultant duty
   * @throws UnknownIdException if the policy defines no such duty; names close matches
   */
  public ConsultantDuty duty(DutyId id) {
    return duties.get(id);
  }

  /**
   * @param kind a right as written in policy files, e.g. {@code "account-closure"}
   * @return the policy's terms for it
   * @throws UnknownIdException if the policy does not grant that right
   * @throws IllegalArgumentException if {@code kind} names no right
   */
  public SubjectRight right(String kind) {
    return rights.get(kind);
  }

  /**
   * @param kind a right
   * @return the policy's terms for it
   * @throws UnknownIdException if the policy does not grant that right
   */
  public SubjectRight right(RightKind kind) {
    return rights.get(kind);
  }

  // ---- answers computed on demand -------------------------------------------------------------

  /**
   * The objections that, once raised, affect a purpose ({@link Objection#concerns}).
   *
   * @param purpose a purpose id
   * @return the objections, in file order; empty if the purpose is not objectable
   * @throws UnknownIdException if the policy defines no such purpose
   */
  public List<Objection> objectionsAgainst(PurposeId purpose) {
    purposes.get(purpose);
    List<Objection> result = new ArrayList<>();
    for (Objection o : objections) {
      if (o.concerns(purpose)) {
        result.add(o);
      }
    }
    return List.copyOf(result);
  }

  /**
   * The retention rules that govern data of a category: rules on it or an ancestor (which covers
   * it), and, for a parent category, rules on any category below it (whose data it includes).
   *
   * @param category a category id
   * @return the rules, in file order
   * @throws UnknownIdException if the policy defines no such category
   */
  public List<RetentionRule> retentionFor(CategoryId category) {
    categories.get(category);
    List<RetentionRule> result = new ArrayList<>();
    for (RetentionRule r : retentionRules) {
      if (r.covers(category) || r.categories().stream().anyMatch(category::covers)) {
        result.add(r);
      }
    }
    return List.copyOf(result);
  }

  /** @return the consent-based purposes that accepting the policy grants (§0, §4), in file order */
  public List<Purpose> purposesGrantedByAcceptance() {
    List<Purpose> result = new ArrayList<>();
    for (Purpose p : purposes) {
      if (p.consent().filter(ConsentTerms::grantedByPolicyAcceptance).isPresent()) {
        result.add(p);
      }
    }
    return List.copyOf(result);
  }

  /**
   * @param category a category id
   * @return whether any other category of the policy lies below it
   * @throws UnknownIdException if the policy defines no such category
   */
  public boolean hasChildren(CategoryId category) {
    categories.get(category);
    for (CategoryId other : categories.ids()) {
      if (!other.equals(category) && category.covers(other)) {
        return true;
      }
    }
    return false;
  }

  /** @return the register declaration (R36): what the register entry must state */
  public RegisterDeclaration registerDeclaration() {
    return RegisterDeclaration.of(this);
  }

  // ---- derived policies -----------------------------------------------------------------------

  /**
   * Overrides the period of a retention rule, e.g. to replace an engineering default with the
   * period the host's lawyers set.
   *
   * @param rule the rule's id
   * @param period the new period
   * @return a policy with that rule changed, no longer marked as a default
   * @throws UnknownIdException if the policy has no such rule
   */
  public Policy withRetentionPeriod(RetentionRuleId rule, Period period) {
    retentionRules.get(rule);
    List<RetentionRule> changed = new ArrayList<>(retentionRules.size());
    for (RetentionRule r : retentionRules) {
      changed.add(r.id().equals(rule) ? r.withPeriod(period) : r);
    }
    return toBuilder().retentionRules(changed).build();
  }

  /**
   * @param number the operator's number in the Register of holders of personal data arrays
   * @return a policy carrying that number (R36)
   * @throws IllegalArgumentException if {@code number} is {@code null} or blank
   */
  public Policy withRegisterNumber(String number) {
    return toBuilder().registerNumber(number).build();
  }

  // ---- Object ---------------------------------------------------------------------------------

  /** Two policies are equal when every field is. */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Policy p && content.equals(p.content);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = content.hashCode();
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "Policy[" + id() + " rev. " + version() + " of " + effectiveDate() + ", " + categories.size()
        + " categories, " + purposes.size() + " purposes, " + recipients.size() + " recipients]";
  }

  /**
   * Builds a {@link Policy}; every list defaults to empty, the title to no labels, the zone to UTC.
   * Each setter rejects a bad value at once, naming the argument and what is wrong with it; {@link
   * #build()} names a required field that was never set. Not thread-safe.
   */
  public static final class Builder {
    private final PolicyContent.Draft draft;

    private Builder(PolicyContent.Draft draft) {
      this.draft = draft;
    }

    private Builder set(String field, Object value) {
      draft.set(field, value);
      return this;
    }

    /**
     * @param value dotted policy id, e.g. {@code oriflame-kg.personal-data-protection}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing or malformed
     */
    public Builder id(String value) {
      return set("id", Ids.requireDotted(value, "policy id"));
    }

    /**
     * @param value revision, e.g. {@code "1"}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing or blank
     */
    public Builder version(String value) {
      return set("version", Checks.text(value, "policy version"));
    }

    /**
     * @param value date the revision takes effect
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing
     */
    public Builder effectiveDate(LocalDate value) {
      return set("effectiveDate", Checks.present(value, "policy effective date"));
    }

    /**
     * @param value title in three languages
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing
     */
    public Builder title(Labels value) {
      return set("title", Checks.present(value, "policy title"));
    }

    /**
     * @param value the operator
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing
     */
    public Builder controller(Controller value) {
      return set("controller", Checks.present(value, "policy controller"));
    }

    /**
     * @param value ISO 3166-1 alpha-2 code, e.g. {@code KG}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing or blank
     */
    public Builder jurisdiction(String value) {
      return set("jurisdiction", Checks.text(value, "policy jurisdiction"));
    }

    /**
     * @param value the law followed
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing
     */
    public Builder law(Law value) {
      return set("law", Checks.present(value, "policy law"));
    }

    /**
     * @param value the zone the policy's dates are read in (default UTC)
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing
     */
    public Builder zone(ZoneId value) {
      return set("zone", Checks.present(value, "policy zone"));
    }

    /**
     * @param value the operator's register number
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing or blank; to leave it out, pass
     *     {@code Optional.empty()}
     */
    public Builder registerNumber(String value) {
      return set("registerNumber", Checks.text(value, "register number"));
    }

    /**
     * @param value the operator's register number, or empty if not registered yet
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is {@code null} or holds a blank number
     */
    public Builder registerNumber(Optional<String> value) {
      String number = Checks.optional(value, "register number");
      return set("registerNumber", number == null ? null : Checks.text(number, "register number"));
    }

    /**
     * @param value clauses elements may cite
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder clauses(Collection<Clause> value) {
      return set("clauses", Checks.list(value, "clauses"));
    }

    /**
     * @param value data categories
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder categories(Collection<DataCategory> value) {
      return set("categories", Checks.list(value, "categories"));
    }

    /**
     * @param value purposes
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder purposes(Collection<Purpose> value) {
      return set("purposes", Checks.list(value, "purposes"));
    }

    /**
     * @param value recipients
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder recipients(Collection<Recipient> value) {
      return set("recipients", Checks.list(value, "recipients"));
    }

    /**
     * @param value objections (opt-outs)
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder objections(Collection<Objection> value) {
      return set("objections", Checks.list(value, "objections"));
    }

    /**
     * @param value collection forms
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder forms(Collection<CollectionForm> value) {
      return set("forms", Checks.list(value, "forms"));
    }

    /**
     * @param value retention rules (the file's {@code retention})
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder retentionRules(Collection<RetentionRule> value) {
      return set("retention", Checks.list(value, "retentionRules"));
    }

    /**
     * @param value cookie categories (the file's {@code cookies})
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder cookieCategories(Collection<CookieCategory> value) {
      return set("cookies", Checks.list(value, "cookieCategories"));
    }

    /**
     * @param value cross-border transfers
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder transfers(Collection<CrossBorderTransfer> value) {
      return set("transfers", Checks.list(value, "transfers"));
    }

    /**
     * @param value subject rights
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder rights(Collection<SubjectRight> value) {
      return set("rights", Checks.list(value, "rights"));
    }

    /**
     * @param value Consultant duties
     * @return this builder
     * @throws IllegalArgumentException if {@code value} or one of its elements is {@code null}
     */
    public Builder duties(Collection<ConsultantDuty> value) {
      return set("duties", Checks.list(value, "duties"));
    }

    /**
     * @param value change rule (§9)
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing
     */
    public Builder changes(ChangeRule value) {
      return set("changes", Checks.present(value, "policy change rule"));
    }

    /**
     * @param value minors rule (§1.1)
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is missing
     */
    public Builder minors(MinorsRule value) {
      return set("minors", Checks.present(value, "policy minors rule"));
    }

    /**
     * @return the policy
     * @throws IllegalStateException if a required field (id, version, effectiveDate, controller,
     *     jurisdiction, law, changes, minors) was never set; the message names it
     */
    public Policy build() {
      try {
        return new Policy(draft.build());
      } catch (PolicyContent.FieldProblem e) {
        throw new IllegalStateException(
            "policy field '" + e.field + "' is not set; call " + e.field + "(...) before build()", e);
      }
    }
  }
}
