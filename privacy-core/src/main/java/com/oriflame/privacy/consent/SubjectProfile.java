package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the decision engine needs to know about a subject besides their consent events, kept by
 * the host in the {@code SubjectStore}: birth date (minors, R5), contract, which categories were
 * provided (R4), purchase and enquiry history by product line (R8), an open monetary claim (R19),
 * last activity and account state (R29), blockings (R39), active legal holds (§6.2) and restricted
 * purposes. Immutable; build it with {@link #builder(SubjectId)}, change it with {@link
 * #toBuilder()}. What is not known reads as {@link Optional#empty()}.
 *
 * <p>It holds no personal data values beyond the birth date; {@link #toString()} prints none.
 *
 * <p>Stability: stable.
 */
public final class SubjectProfile {
  private final SubjectId id;
  private final Optional<LocalDate> birthDate;
  private final Optional<Contract> contract;
  private final Set<CategoryId> providedCategories;
  private final Set<String> productLines;
  private final boolean openMonetaryClaim;
  private final Optional<Instant> lastActivity;
  private final Optional<Instant> accountClosedAt;
  private final List<Blocking> blocks;
  private final boolean erased;
  private final Set<HoldReason> legalHolds;
  private final Set<PurposeId> restrictedPurposes;

  private SubjectProfile(Builder b) {
    this.id = b.id;
    this.birthDate = Optional.ofNullable(b.birthDate);
    this.contract = Optional.ofNullable(b.contract);
    this.providedCategories = b.providedCategories;
    this.productLines = b.productLines;
    this.openMonetaryClaim = b.openMonetaryClaim;
    this.lastActivity = Optional.ofNullable(b.lastActivity);
    this.accountClosedAt = Optional.ofNullable(b.accountClosedAt);
    this.blocks = b.blocks;
    this.erased = b.erased;
    this.legalHolds = b.legalHolds;
    this.restrictedPurposes = b.restrictedPurposes;
  }

  /**
   * @param id the subject
   * @return a builder for a profile with nothing known but the id
   * @throws NullPointerException if {@code id} is missing
   */
  public static Builder builder(SubjectId id) {
    return new Builder(Objects.requireNonNull(id, "id is missing"));
  }

  /**
   * @param id the subject
   * @return a profile with nothing known but the id: no birth date, no contract, nothing provided
   */
  public static SubjectProfile empty(SubjectId id) {
    return builder(id).build();
  }

  /** @return a builder holding this profile's values */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.birthDate = birthDate.orElse(null);
    b.contract = contract.orElse(null);
    b.providedCategories = providedCategories;
    b.productLines = productLines;
    b.openMonetaryClaim = openMonetaryClaim;
    b.lastActivity = lastActivity.orElse(null);
    b.accountClosedAt = accountClosedAt.orElse(null);
    b.blocks = blocks;
    b.erased = erased;
    b.legalHolds = legalHolds;
    b.restrictedPurposes = restrictedPurposes;
    return b;
  }

  /** @return the subject */
  public SubjectId id() {
    return id;
  }

  /** @return the birth date, if known (if not, consent cannot be relied on, R5) */
  public Optional<LocalDate> birthDate() {
    return birthDate;
  }

  /** @return the contract, if there is one */
  public Optional<Contract> contract() {
    return contract;
  }

  /** @return the categories of data the subject provided or that were collected (R4) */
  public Set<CategoryId> providedCategories() {
    return providedCategories;
  }

  /** @return product lines the subject bought or enquired about (R8) */
  public Set<String> productLines() {
    return productLines;
  }

  /** @return whether the operator has an open monetary claim against the subject (R19) */
  public boolean openMonetaryClaim() {
    return openMonetaryClaim;
  }

  /** @return the subject's last activity, if known */
  public Optional<Instant> lastActivity() {
    return lastActivity;
  }

  /** @return when the account was closed (§6.2), if it was */
  public Optional<Instant> accountClosedAt() {
    return accountClosedAt;
  }

  /** @return blockings in force (R39): processing of the blocked data stopped, the data kept */
  public List<Blocking> blocks() {
    return blocks;
  }

  /** @return whether the subject's data was erased */
  public boolean erased() {
    return erased;
  }

  /** @return active reasons to keep data past its retention period (§6.2) */
  public Set<HoldReason> legalHolds() {
    return legalHolds;
  }

  /** @return purposes the subject's data may not be used for */
  public Set<PurposeId> restrictedPurposes() {
    return restrictedPurposes;
  }

  /** @return whether a blocking of the whole subject is in force */
  public boolean blocked() {
    return blocks.stream().anyMatch(Blocking::whole);
  }

  /**
   * @param category a category
   * @return the first blocking in force that covers it
   */
  public Optional<Blocking> blockingOf(CategoryId category) {
    return blocks.stream().filter(b -> b.covers(category)).findFirst();
  }

  /**
   * @param at an instant
   * @param majorityAge the age of majority
   * @param zone the zone the subject's birthday is counted in (the policy's)
   * @return whether the subject is a minor at {@code at}; empty if the birth date is unknown
   */
  public Optional<Boolean> minorAt(Instant at, int majorityAge, ZoneId zone) {
    if (birthDate.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = at.atZone(zone).toLocalDate();
    return Optional.of(Period.between(birthDate.get(), day).getYears() < majorityAge);
  }

  /**
   * @param majorityAge the age of majority
   * @param zone the zone the subject's birthday is counted in (the policy's)
   * @return the instant the subject comes of age (midnight of the birthday in {@code zone}), if the
   *     birth date is known
   */
  public Optional<Instant> majorityAt(int majorityAge, ZoneId zone) {
    return birthDate.map(b -> b.plusYears(majorityAge).atStartOfDay(zone).toInstant());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectProfile p && p.id.equals(id) && p.birthDate.equals(birthDate) && p.contract.equals(contract)
        && p.providedCategories.equals(providedCategories) && p.productLines.equals(productLines)
        && p.openMonetaryClaim == openMonetaryClaim && p.lastActivity.equals(lastActivity)
        && p.accountClosedAt.equals(accountClosedAt) && p.blocks.equals(blocks) && p.erased == erased
        && p.legalHolds.equals(legalHolds) && p.restrictedPurposes.equals(restrictedPurposes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, birthDate, contract, providedCategories, productLines, openMonetaryClaim, lastActivity,
        accountClosedAt, blocks, erased, legalHolds, restrictedPurposes);
  }

  @Override
  public String toString() {
    return "SubjectProfile[" + id + ", contract=" + contract.isPresent() + ", provided=" + providedCategories.size()
        + " categories, blocks=" + blocks.size() + ", erased=" + erased + ", closed=" + accountClosedAt.isPresent() + "]";
  }

  /**
   * Builds a {@link SubjectProfile}. Each setter is named after the profile's accessor, replaces
   * what was set before and rejects a bad value with a message naming the argument; a setter of a
   * value that may be unknown (birth date, contract, last activity, account closure) takes {@code
   * null} for "not known". Collections are copied in the order given.
   */
  public static final class Builder {
    private final SubjectId id;
    private LocalDate birthDate;
    private Contract contract;
    private Set<CategoryId> providedCategories = Set.of();
    private Set<String> productLines = Set.of();
    private boolean openMonetaryClaim;
    private Instant lastActivity;
    private Instant accountClosedAt;
    private List<Blocking> blocks = List.of();
    private boolean erased;
    private Set<HoldReason> legalHolds = Set.of();
    private Set<PurposeId> restrictedPurposes = Set.of();

    private Builder(SubjectId id) {
      this.id = id;
    }

    /**
     * @param value the birth date (years 1900 to 9999), or {@code null} if not known
     * @return this builder
     */
    public Builder birthDate(LocalDate value) {
      this.birthDate = Instants.supported(value, "birthDate");
      return this;
    }

    /**
     * @param value the contract, or {@code null} if there is none
     * @return this builder
     */
    public Builder contract(Contract value) {
      this.contract = value;
      return this;
    }

    /**
     * @param value the categories of data the subject provided or that were collected (R4)
     * @return this builder
     */
    public Builder providedCategories(Collection<CategoryId> value) {
      this.providedCategories = Copies.orderedSet(Objects.requireNonNull(value, "providedCategories is missing"),
          "providedCategories");
      return this;
    }

    /**
     * @param value the categories of data the subject provided or that were collected (R4)
     * @return this builder
     */
    public Builder providedCategories(CategoryId... value) {
      return providedCategories(Arrays.asList(Objects.requireNonNull(value, "providedCategories is missing")));
    }

    /**
     * @param value product lines the subject bought or enquired about (R8)
     * @return this builder
     */
    public Builder productLines(Collection<String> value) {
      Set<String> copy = Copies.orderedSet(Objects.requireNonNull(value, "productLines is missing"), "productLines");
      copy.forEach(line -> Text.requireWellFormed(line, "productLines"));
      this.productLines = copy;
      return this;
    }

    /**
     * @param value whether the operator has an open monetary claim against the subject (R19)
     * @return this builder
     */
    public Builder openMonetaryClaim(boolean value) {
      this.openMonetaryClaim = value;
      return this;
    }

    /**
     * @param value the subject's last activity (kept to the microsecond), or {@code null} if not known
     * @return this builder
     */
    public Builder lastActivity(Instant value) {
      this.lastActivity = Events.micros(value, "lastActivity");
      return this;
    }

    /**
     * @param value when the account was closed (kept to the microsecond), or {@code null} if it is open
     * @return this builder
     */
    public Builder accountClosedAt(Instant value) {
      this.accountClosedAt = Events.micros(value, "accountClosedAt");
      return this;
    }

    /**
     * Blocks the whole subject (R39), replacing the blockings set before.
     *
     * @param ground why
     * @return this builder
     */
    public Builder blocked(BlockingGround ground) {
      return blocks(List.of(Blocking.ofSubject(ground)));
    }

    /**
     * Blocks some categories of the subject (R39), replacing the blockings set before.
     *
     * @param ground why
     * @param categories the blocked categories
     * @return this builder
     */
    public Builder blocked(BlockingGround ground, CategoryId... categories) {
      return blocks(List.of(Blocking.of(ground, categories)));
    }

    /**
     * @param value the blockings in force (R39)
     * @return this builder
     */
    public Builder blocks(Collection<Blocking> value) {
      this.blocks = Copies.list(Objects.requireNonNull(value, "blocks is missing"), "blocks");
      return this;
    }

    /**
     * @param value whether the subject's data was erased
     * @return this builder
     */
    public Builder erased(boolean value) {
      this.erased = value;
      return this;
    }

    /**
     * @param value active reasons to keep data past its retention period (§6.2)
     * @return this builder
     */
    public Builder legalHolds(Collection<HoldReason> value) {
      this.legalHolds = Copies.orderedSet(Objects.requireNonNull(value, "legalHolds is missing"), "legalHolds");
      return this;
    }

    /**
     * @param value purposes the subject's data may not be used for
     * @return this builder
     */
    public Builder restrictedPurposes(Collection<PurposeId> value) {
      this.restrictedPurposes = Copies.orderedSet(Objects.requireNonNull(value, "restrictedPurposes is missing"),
          "restrictedPurposes");
      return this;
    }

    /** @return the profile */
    public SubjectProfile build() {
      return new SubjectProfile(this);
    }
  }
}
