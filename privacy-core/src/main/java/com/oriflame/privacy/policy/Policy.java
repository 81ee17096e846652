package com.oriflame.privacy.policy;

import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.internal.Ids;
import com.oriflame.privacy.internal.Suggestions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A personal-data policy as data: who the operator is, which law applies, and every category,
 * purpose, recipient, objection, form, retention rule, cookie category, cross-border transfer,
 * right and Consultant duty it defines, each citing its clauses.
 *
 * <p>Instances are immutable and thread-safe. Build one with {@link #builder()}, read one with
 * {@link PolicyReader}, or take the bundled one from {@link Policies#oriflameKyrgyzstan2017()}.
 * A policy may hold defects (duplicate ids, dangling references); {@link PolicyLinter} reports
 * them, and {@link Policies#load} refuses a policy with errors. Lookups by id fail fast with
 * {@link UnknownIdException}, naming the closest ids.
 */
public final class Policy {
  @NotBlank private final String id;
  @NotBlank private final String version;
  @NotNull private final LocalDate effectiveDate;
  @NotNull @Valid private final Labels title;
  @NotNull @Valid private final Controller controller;
  @NotBlank private final String jurisdiction;
  @NotNull @Valid private final Law law;
  @NotNull private final ZoneId zone;
  private final String registerNumber;
  @NotNull private final List<@Valid Clause> clauses;
  @NotNull private final List<@Valid DataCategory> categories;
  @NotNull private final List<@Valid Purpose> purposes;
  @NotNull private final List<@Valid Recipient> recipients;
  @NotNull private final List<@Valid Objection> objections;
  @NotNull private final List<@Valid CollectionForm> forms;
  @NotNull private final List<@Valid RetentionRule> retention;
  @NotNull private final List<@Valid CookieCategory> cookies;
  @NotNull private final List<@Valid CrossBorderTransfer> transfers;
  @NotNull private final List<@Valid SubjectRight> rights;
  @NotNull private final List<@Valid ConsultantDuty> duties;
  @NotNull @Valid private final ChangeRule changes;
  @NotNull @Valid private final MinorsRule minors;

  private final Map<ClauseRef, Clause> clauseIndex;
  private final Map<CategoryId, DataCategory> categoryIndex;
  private final Map<PurposeId, Purpose> purposeIndex;
  private final Map<RecipientId, Recipient> recipientIndex;
  private final Map<ObjectionId, Objection> objectionIndex;
  private final Map<FormId, CollectionForm> formIndex;
  private final Map<RetentionRuleId, RetentionRule> retentionIndex;
  private final Map<CookieCategoryId, CookieCategory> cookieIndex;
  private final List<Purpose> grantedByAcceptance;

  private Policy(Builder b) {
    this.id = Ids.requireDotted(b.id, "policy id");
    this.version = requireText(b.version, "policy version");
    this.effectiveDate = Objects.requireNonNull(b.effectiveDate, "policy effective date");
    this.title = Objects.requireNonNullElse(b.title, Labels.none());
    this.controller = Objects.requireNonNull(b.controller, "policy controller");
    this.jurisdiction = requireText(b.jurisdiction, "policy jurisdiction");
    this.law = Objects.requireNonNull(b.law, "policy law");
    this.zone = Objects.requireNonNullElse(b.zone, ZoneOffset.UTC);
    this.registerNumber = b.registerNumber == null || b.registerNumber.isBlank() ? null : b.registerNumber;
    this.clauses = Copies.list(b.clauses, "clauses");
    this.categories = Copies.list(b.categories, "categories");
    this.purposes = Copies.list(b.purposes, "purposes");
    this.recipients = Copies.list(b.recipients, "recipients");
    this.objections = Copies.list(b.objections, "objections");
    this.forms = Copies.list(b.forms, "forms");
    this.retention = Copies.list(b.retention, "retention rules");
    this.cookies = Copies.list(b.cookies, "cookie categories");
    this.transfers = Copies.list(b.transfers, "transfers");
    this.rights = Copies.list(b.rights, "rights");
    this.duties = Copies.list(b.duties, "duties");
    this.changes = Objects.requireNonNull(b.changes, "policy change rule");
    this.minors = Objects.requireNonNull(b.minors, "policy minors rule");

    this.clauseIndex = index(clauses, Clause::ref);
    this.categoryIndex = index(categories, DataCategory::id);
    this.purposeIndex = index(purposes, Purpose::id);
    this.recipientIndex = index(recipients, Recipient::id);
    this.objectionIndex = index(objections, Objection::id);
    this.formIndex = index(forms, CollectionForm::id);
    this.retentionIndex = index(retention, RetentionRule::id);
    this.cookieIndex = index(cookies, CookieCategory::id);

    List<Purpose> accepted = new ArrayList<>();
    for (Purpose p : purposes) {
      if (p.consent() != null && p.consent().grantedByPolicyAcceptance()) {
        accepted.add(p);
      }
    }
    this.grantedByAcceptance = List.copyOf(accepted);
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is missing");
    }
    return value;
  }

  /** First definition wins; {@link PolicyLinter} reports the duplicates. */
  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    for (V value : values) {
      map.putIfAbsent(key.apply(value), value);
    }
    return Collections.unmodifiableMap(map);
  }

  /** @return a builder for a new policy */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this policy's values, to derive a changed policy */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.version = version;
    b.effectiveDate = effectiveDate;
    b.title = title;
    b.controller = controller;
    b.jurisdiction = jurisdiction;
    b.law = law;
    b.zone = zone;
    b.registerNumber = registerNumber;
    b.clauses = clauses;
    b.categories = categories;
    b.purposes = purposes;
    b.recipients = recipients;
    b.objections = objections;
    b.forms = forms;
    b.retention = retention;
    b.cookies = cookies;
    b.transfers = transfers;
    b.rights = rights;
    b.duties = duties;
    b.changes = changes;
    b.minors = minors;
    return b;
  }

  // ---- identity -------------------------------------------------------------------------------

  /** @return the policy's id, e.g. {@code oriflame-kg.personal-data-protection} */
  public String id() {
    return id;
  }

  /** @return the revision, e.g. {@code "1"} */
  public String version() {
    return version;
  }

  /** @return the date the revision takes effect */
  public LocalDate effectiveDate() {
    return effectiveDate;
  }

  /** @return the policy's title in three languages */
  public Labels title() {
    return title;
  }

  /** @return the operator (controller) */
  public Controller controller() {
    return controller;
  }

  /** @return the ISO 3166-1 alpha-2 code of the jurisdiction, e.g. {@code KG} */
  public String jurisdiction() {
    return jurisdiction;
  }

  /** @return the law the policy follows */
  public Law law() {
    return law;
  }

  /**
   * The time zone the policy's dates are read in: ages, consent validity, retention periods and the
   * dates in decisions (Asia/Bishkek for the bundled policy; UTC when a file names none).
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /** @return the operator's number in the Register of holders of personal data arrays (R36) */
  public Optional<String> registerNumber() {
    return Optional.ofNullable(registerNumber);
  }

  /**
   * The revision stamp every decision, receipt and audit record carries (R1): policy id, version,
   * effective date, operator, jurisdiction and law.
   *
   * @return the stamp
   */
  public PolicyRevision revision() {
    return new PolicyRevision(
        id, version, effectiveDate, controller.name().in(Language.EN, ""), jurisdiction,
        "Law No. " + law.number() + " of " + law.date());
  }

  // ---- element lists --------------------------------------------------------------------------

  /** @return the clauses and law articles elements may cite */
  public List<Clause> clauses() {
    return clauses;
  }

  /** @return the data categories, in file order */
  public List<DataCategory> categories() {
    return categories;
  }

  /** @return the purposes, in file order */
  public List<Purpose> purposes() {
    return purposes;
  }

  /** @return the recipients, in file order */
  public List<Recipient> recipients() {
    return recipients;
  }

  /** @return the objections (opt-outs), in file order */
  public List<Objection> objections() {
    return objections;
  }

  /** @return the collection forms, in file order */
  public List<CollectionForm> forms() {
    return forms;
  }

  /** @return the retention rules, in file order */
  public List<RetentionRule> retention() {
    return retention;
  }

  /** @return the cookie categories, in file order */
  public List<CookieCategory> cookies() {
    return cookies;
  }

  /** @return the anticipated cross-border transfers */
  public List<CrossBorderTransfer> transfers() {
    return transfers;
  }

  /** @return the subject's rights */
  public List<SubjectRight> rights() {
    return rights;
  }

  /** @return the Consultant's duties of §7 */
  public List<ConsultantDuty> duties() {
    return duties;
  }

  /** @return how the policy changes (§9) */
  public ChangeRule changes() {
    return changes;
  }

  /** @return how minors are handled (§1.1) */
  public MinorsRule minors() {
    return minors;
  }

  // ---- lookups --------------------------------------------------------------------------------

  /**
   * @param id a purpose id
   * @return the purpose
   * @throws UnknownIdException if the policy defines no such purpose; names close matches
   * @throws IllegalArgumentException if {@code id} is malformed
   */
  public Purpose purpose(String id) {
    return purpose(PurposeId.of(id));
  }

  /**
   * @param id a purpose id
   * @return the purpose
   * @throws UnknownIdException if the policy defines no such purpose; names close matches
   */
  public Purpose purpose(PurposeId id) {
    return lookup(purposeIndex, id, "purpose");
  }

  /**
   * @param id a category id
   * @return the category
   * @throws UnknownIdException if the policy defines no such category (R3)
   */
  public DataCategory category(String id) {
    return category(CategoryId.of(id));
  }

  /**
   * @param id a category id
   * @return the category
   * @throws UnknownIdException if the policy defines no such category (R3)
   */
  public DataCategory category(CategoryId id) {
    return lookup(categoryIndex, id, "category");
  }

  /**
   * Resolves category ids, failing fast on the first unknown one (R3).
   *
   * @param ids category ids
   * @return the ids, in the order given
   * @throws UnknownIdException if any id is not a category of this policy
   */
  public Set<CategoryId> categories(String... ids) {
    Set<CategoryId> result = new LinkedHashSet<>();
    for (String s : ids) {
      result.add(category(s).id());
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * @param id a recipient id
   * @return the recipient
   * @throws UnknownIdException if the policy defines no such recipient
   */
  public Recipient recipient(String id) {
    return recipient(RecipientId.of(id));
  }

  /**
   * @param id a recipient id
   * @return the recipient
   * @throws UnknownIdException if the policy defines no such recipient
   */
  public Recipient recipient(RecipientId id) {
    return lookup(recipientIndex, id, "recipient");
  }

  /**
   * @param id an objection id
   * @return the objection
   * @throws UnknownIdException if the policy defines no such objection
   */
  public Objection objection(String id) {
    return lookup(objectionIndex, ObjectionId.of(id), "objection");
  }

  /**
   * @param id an objection id
   * @return the objection
   * @throws UnknownIdException if the policy defines no such objection
   */
  public Objection objection(ObjectionId id) {
    return lookup(objectionIndex, id, "objection");
  }

  /**
   * @param id a form id
   * @return the collection form
   * @throws UnknownIdException if the policy defines no such form
   */
  public CollectionForm form(String id) {
    return lookup(formIndex, FormId.of(id), "form");
  }

  /**
   * @param id a retention rule id
   * @return the rule
   * @throws UnknownIdException if the policy defines no such rule
   */
  public RetentionRule retentionRule(String id) {
    return lookup(retentionIndex, RetentionRuleId.of(id), "retention rule");
  }

  /**
   * @param id a cookie category id
   * @return the cookie category
   * @throws UnknownIdException if the policy defines no such cookie category
   */
  public CookieCategory cookieCategory(String id) {
    return lookup(cookieIndex, CookieCategoryId.of(id), "cookie category");
  }

  /**
   * @param id a cookie category id
   * @return the cookie category
   * @throws UnknownIdException if the policy defines no such cookie category
   */
  public CookieCategory cookieCategory(CookieCategoryId id) {
    return lookup(cookieIndex, id, "cookie category");
  }

  /**
   * @param ref a clause reference
   * @return the clause, or the section it lies in ({@code §2(6)} finds {@code §2})
   */
  public Optional<Clause> clause(ClauseRef ref) {
    Clause exact = clauseIndex.get(ref);
    return exact != null ? Optional.of(exact) : Optional.ofNullable(clauseIndex.get(ref.section()));
  }

  /**
   * @param kind a right
   * @return the policy's terms for it, if the policy grants it
   */
  public Optional<SubjectRight> right(RightKind kind) {
    return rights.stream().filter(r -> r.kind() == kind).findFirst();
  }

  /**
   * The objections that, once raised, affect a purpose ({@link Objection#concerns}); the decision
   * engine keeps the same answer precomputed per purpose.
   *
   * @param purpose a purpose id
   * @return the objections, in file order; empty if the purpose is not objectable
   * @throws UnknownIdException if the policy defines no such purpose
   */
  public List<Objection> objectionsAgainst(PurposeId purpose) {
    lookup(purposeIndex, purpose, "purpose");
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
    lookup(categoryIndex, category, "category");
    List<RetentionRule> result = new ArrayList<>();
    for (RetentionRule r : retention) {
      if (r.covers(category) || r.categories().stream().anyMatch(category::covers)) {
        result.add(r);
      }
    }
    return List.copyOf(result);
  }

  /**
   * @param id a purpose id
   * @return the purpose, or empty if the policy does not define it (no exception)
   */
  public Optional<Purpose> findPurpose(PurposeId id) {
    return Optional.ofNullable(purposeIndex.get(id));
  }

  /** @return the consent-based purposes that accepting the policy grants (§0, §4) */
  public List<Purpose> purposesGrantedByAcceptance() {
    return grantedByAcceptance;
  }

  /**
   * @param category a category id
   * @return whether any other category of the policy lies below it
   */
  public boolean hasChildren(CategoryId category) {
    for (CategoryId other : categoryIndex.keySet()) {
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

  private static <K extends ElementId, V> V lookup(Map<K, V> index, K key, String kind) {
    V value = index.get(key);
    if (value == null) {
      List<String> known = new ArrayList<>(index.size());
      for (K k : index.keySet()) {
        known.add(k.value());
      }
      throw new UnknownIdException(kind, key.value(), Suggestions.closest(key.value(), known));
    }
    return value;
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
    lookup(retentionIndex, rule, "retention rule");
    List<RetentionRule> changed = new ArrayList<>(retention.size());
    for (RetentionRule r : retention) {
      changed.add(r.id().equals(rule) ? r.withPeriod(period) : r);
    }
    return toBuilder().retention(changed).build();
  }

  /**
   * @param number the operator's number in the Register of holders of personal data arrays
   * @return a policy carrying that number (R36)
   */
  public Policy withRegisterNumber(String number) {
    return toBuilder().registerNumber(number).build();
  }

  // ---- Object ---------------------------------------------------------------------------------

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Policy p)) {
      return false;
    }
    return id.equals(p.id)
        && version.equals(p.version)
        && effectiveDate.equals(p.effectiveDate)
        && title.equals(p.title)
        && controller.equals(p.controller)
        && jurisdiction.equals(p.jurisdiction)
        && law.equals(p.law)
        && zone.equals(p.zone)
        && Objects.equals(registerNumber, p.registerNumber)
        && clauses.equals(p.clauses)
        && categories.equals(p.categories)
        && purposes.equals(p.purposes)
        && recipients.equals(p.recipients)
        && objections.equals(p.objections)
        && forms.equals(p.forms)
        && retention.equals(p.retention)
        && cookies.equals(p.cookies)
        && transfers.equals(p.transfers)
        && rights.equals(p.rights)
        && duties.equals(p.duties)
        && changes.equals(p.changes)
        && minors.equals(p.minors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, effectiveDate, categories, purposes, recipients);
  }

  @Override
  public String toString() {
    return "Policy[" + id + " rev. " + version + " of " + effectiveDate + ", " + categories.size()
        + " categories, " + purposes.size() + " purposes, " + recipients.size() + " recipients]";
  }

  /** Builds a {@link Policy}; every list defaults to empty. Not thread-safe. */
  public static final class Builder {
    private String id;
    private String version;
    private LocalDate effectiveDate;
    private Labels title;
    private Controller controller;
    private String jurisdiction;
    private Law law;
    private ZoneId zone;
    private String registerNumber;
    private List<Clause> clauses = List.of();
    private List<DataCategory> categories = List.of();
    private List<Purpose> purposes = List.of();
    private List<Recipient> recipients = List.of();
    private List<Objection> objections = List.of();
    private List<CollectionForm> forms = List.of();
    private List<RetentionRule> retention = List.of();
    private List<CookieCategory> cookies = List.of();
    private List<CrossBorderTransfer> transfers = List.of();
    private List<SubjectRight> rights = List.of();
    private List<ConsultantDuty> duties = List.of();
    private ChangeRule changes;
    private MinorsRule minors;

    private Builder() {}

    /** @param value dotted policy id @return this builder */
    public Builder id(String value) {
      this.id = value;
      return this;
    }

    /** @param value revision, e.g. {@code "1"} @return this builder */
    public Builder version(String value) {
      this.version = value;
      return this;
    }

    /** @param value date the revision takes effect @return this builder */
    public Builder effectiveDate(LocalDate value) {
      this.effectiveDate = value;
      return this;
    }

    /** @param value title in three languages @return this builder */
    public Builder title(Labels value) {
      this.title = value;
      return this;
    }

    /** @param value the operator @return this builder */
    public Builder controller(Controller value) {
      this.controller = value;
      return this;
    }

    /** @param value ISO 3166-1 alpha-2 code @return this builder */
    public Builder jurisdiction(String value) {
      this.jurisdiction = value;
      return this;
    }

    /** @param value the law followed @return this builder */
    public Builder law(Law value) {
      this.law = value;
      return this;
    }

    /** @param value the zone the policy's dates are read in (default UTC) @return this builder */
    public Builder zone(ZoneId value) {
      this.zone = value;
      return this;
    }

    /** @param value register number, or {@code null} @return this builder */
    public Builder registerNumber(String value) {
      this.registerNumber = value;
      return this;
    }

    /** @param value clauses @return this builder */
    public Builder clauses(Collection<Clause> value) {
      this.clauses = List.copyOf(value);
      return this;
    }

    /** @param value categories @return this builder */
    public Builder categories(Collection<DataCategory> value) {
      this.categories = List.copyOf(value);
      return this;
    }

    /** @param value purposes @return this builder */
    public Builder purposes(Collection<Purpose> value) {
      this.purposes = List.copyOf(value);
      return this;
    }

    /** @param value recipients @return this builder */
    public Builder recipients(Collection<Recipient> value) {
      this.recipients = List.copyOf(value);
      return this;
    }

    /** @param value objections @return this builder */
    public Builder objections(Collection<Objection> value) {
      this.objections = List.copyOf(value);
      return this;
    }

    /** @param value forms @return this builder */
    public Builder forms(Collection<CollectionForm> value) {
      this.forms = List.copyOf(value);
      return this;
    }

    /** @param value retention rules @return this builder */
    public Builder retention(Collection<RetentionRule> value) {
      this.retention = List.copyOf(value);
      return this;
    }

    /** @param value cookie categories @return this builder */
    public Builder cookies(Collection<CookieCategory> value) {
      this.cookies = List.copyOf(value);
      return this;
    }

    /** @param value cross-border transfers @return this builder */
    public Builder transfers(Collection<CrossBorderTransfer> value) {
      this.transfers = List.copyOf(value);
      return this;
    }

    /** @param value rights @return this builder */
    public Builder rights(Collection<SubjectRight> value) {
      this.rights = List.copyOf(value);
      return this;
    }

    /** @param value Consultant duties @return this builder */
    public Builder duties(Collection<ConsultantDuty> value) {
      this.duties = List.copyOf(value);
      return this;
    }

    /** @param value change rule @return this builder */
    public Builder changes(ChangeRule value) {
      this.changes = value;
      return this;
    }

    /** @param value minors rule @return this builder */
    public Builder minors(MinorsRule value) {
      this.minors = value;
      return this;
    }

    /**
     * @return the policy
     * @throws IllegalArgumentException or NullPointerException if a required field is missing
     */
    public Policy build() {
      return new Policy(this);
    }
  }
}
