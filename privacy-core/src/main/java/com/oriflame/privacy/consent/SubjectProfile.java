package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the decision engine needs to know about a subject besides their consent events, kept by
 * the host in the {@code SubjectStore}: birth date (minors, R5), contract, which categories were
 * provided (R4), purchase and enquiry history by product line (R8), an open monetary claim (R19),
 * last activity and account state (R29), blockings (R39), active legal holds (§6.2) and restricted purposes.
 * It holds no personal data values beyond the birth date; {@link #toString()} prints none.
 *
 * @param id the subject
 * @param birthDate the birth date, or {@code null} if unknown (consent then cannot be relied on)
 * @param contract the contract, or {@code null} if there is none
 * @param providedCategories the categories of data the subject provided or that were collected
 * @param productLines product lines the subject bought or enquired about
 * @param openMonetaryClaim whether the operator has an open monetary claim against the subject
 * @param lastActivity the subject's last activity, or {@code null}
 * @param accountClosedAt when the account was closed (§6.2), or {@code null}
 * @param blocks blockings in force (R39): processing of the blocked data stopped, the data kept
 * @param erased whether the subject's data was erased
 * @param legalHolds active reasons to keep data past its retention period
 * @param restrictedPurposes purposes the subject's data may not be used for
 */
public record SubjectProfile(
    SubjectId id,
    LocalDate birthDate,
    Contract contract,
    Set<CategoryId> providedCategories,
    Set<String> productLines,
    boolean openMonetaryClaim,
    Instant lastActivity,
    Instant accountClosedAt,
    List<Blocking> blocks,
    boolean erased,
    Set<HoldReason> legalHolds,
    Set<PurposeId> restrictedPurposes) {

  /** Copies collections; rejects a missing id. */
  public SubjectProfile {
    Objects.requireNonNull(id, "subject id is missing");
    Instants.supported(birthDate, "birth date");
    lastActivity = Events.micros(lastActivity, "last activity");
    accountClosedAt = Events.micros(accountClosedAt, "account closure");
    providedCategories = Copies.orderedSet(providedCategories, "provided categories");
    productLines = Copies.orderedSet(productLines, "product lines");
    productLines.forEach(line -> Text.requireWellFormed(line, "product line"));
    blocks = Copies.list(blocks, "blockings");
    legalHolds = Copies.orderedSet(legalHolds, "legal holds");
    restrictedPurposes = Copies.orderedSet(restrictedPurposes, "restricted purposes");
  }

  /**
   * @param id the subject
   * @return a builder for a profile with nothing known but the id
   */
  public static Builder builder(SubjectId id) {
    return new Builder(id);
  }

  /** @return a builder holding this profile's values */
  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.birthDate = birthDate;
    b.contract = contract;
    b.providedCategories = providedCategories;
    b.productLines = productLines;
    b.openMonetaryClaim = openMonetaryClaim;
    b.lastActivity = lastActivity;
    b.accountClosedAt = accountClosedAt;
    b.blocks = blocks;
    b.erased = erased;
    b.legalHolds = legalHolds;
    b.restrictedPurposes = restrictedPurposes;
    return b;
  }

  /**
   * @param id the subject
   * @return a profile with nothing known but the id: no birth date, no contract, nothing provided
   */
  public static SubjectProfile empty(SubjectId id) {
    return builder(id).build();
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

  /** @return the contract, if any */
  public Optional<Contract> contractTerms() {
    return Optional.ofNullable(contract);
  }

  /**
   * @param at an instant
   * @param majorityAge the age of majority
   * @param zone the zone the subject's birthday is counted in (the policy's)
   * @return whether the subject is a minor at {@code at}; empty if the birth date is unknown
   */
  public Optional<Boolean> minorAt(Instant at, int majorityAge, ZoneId zone) {
    if (birthDate == null) {
      return Optional.empty();
    }
    LocalDate day = at.atZone(zone).toLocalDate();
    return Optional.of(Period.between(birthDate, day).getYears() < majorityAge);
  }

  /**
   * @param majorityAge the age of majority
   * @param zone the zone the subject's birthday is counted in (the policy's)
   * @return the instant the subject comes of age (midnight of the birthday in {@code zone}), if the
   *     birth date is known
   */
  public Optional<Instant> majorityAt(int majorityAge, ZoneId zone) {
    return Optional.ofNullable(birthDate).map(b -> b.plusYears(majorityAge).atStartOfDay(zone).toInstant());
  }

  @Override
  public String toString() {
    return "SubjectProfile[" + id + ", contract=" + (contract != null) + ", provided=" + providedCategories.size()
        + " categories, blocks=" + blocks.size() + ", erased=" + erased + ", closed=" + (accountClosedAt != null) + "]";
  }

  /** Builds a {@link SubjectProfile}. */
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

    /** @param value birth date @return this builder */
    public Builder birthDate(LocalDate value) {
      this.birthDate = value;
      return this;
    }

    /** @param value the contract @return this builder */
    public Builder contract(Contract value) {
      this.contract = value;
      return this;
    }

    /** @param value provided categories @return this builder */
    public Builder provided(Collection<CategoryId> value) {
      this.providedCategories = Set.copyOf(value);
      return this;
    }

    /** @param value categories @return this builder */
    public Builder provided(CategoryId... value) {
      return provided(Set.of(value));
    }

    /** @param value product lines bought or enquired about @return this builder */
    public Builder productLines(Collection<String> value) {
      this.productLines = Set.copyOf(value);
      return this;
    }

    /** @param value open monetary claim @return this builder */
    public Builder openMonetaryClaim(boolean value) {
      this.openMonetaryClaim = value;
      return this;
    }

    /** @param value last activity @return this builder */
    public Builder lastActivity(Instant value) {
      this.lastActivity = value;
      return this;
    }

    /** @param value when the account was closed @return this builder */
    public Builder accountClosedAt(Instant value) {
      this.accountClosedAt = value;
      return this;
    }

    /**
     * Blocks the whole subject (R39).
     *
     * @param ground why
     * @return this builder
     */
    public Builder blocked(BlockingGround ground) {
      return blocks(List.of(Blocking.ofSubject(ground)));
    }

    /**
     * Blocks some categories of the subject (R39).
     *
     * @param ground why
     * @param categories the blocked categories
     * @return this builder
     */
    public Builder blocked(BlockingGround ground, CategoryId... categories) {
      return blocks(List.of(Blocking.of(ground, categories)));
    }

    /** @param value the blockings in force, replacing any set before @return this builder */
    public Builder blocks(Collection<Blocking> value) {
      this.blocks = List.copyOf(value);
      return this;
    }

    /** @param value erased @return this builder */
    public Builder erased(boolean value) {
      this.erased = value;
      return this;
    }

    /** @param value legal holds @return this builder */
    public Builder legalHolds(Collection<HoldReason> value) {
      this.legalHolds = Set.copyOf(value);
      return this;
    }

    /** @param value restricted purposes @return this builder */
    public Builder restrictedPurposes(Collection<PurposeId> value) {
      this.restrictedPurposes = Set.copyOf(value);
      return this;
    }

    /** @return the profile */
    public SubjectProfile build() {
      return new SubjectProfile(id, birthDate, contract, providedCategories, productLines, openMonetaryClaim,
          lastActivity, accountClosedAt, blocks, erased, legalHolds, restrictedPurposes);
    }
  }
}
