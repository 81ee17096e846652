package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RecipientId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One release of a subject's data to a recipient, as the disclosure log keeps it (§3, R17, R18,
 * R22, R40): who received which categories, in what form, for which purpose, on what legal basis
 * and ground, to which country, when, and the decision that allowed it (its reasons with their
 * rules and clauses, and the policy revision, R1). Written only by {@code PrivacyEngine#disclose},
 * together with its audit record; never changed afterwards.
 *
 * <p>Build one with {@link #builder()} (the engine and storage adapters do; hosts read them).
 *
 * <p>Stability: stable.
 *
 * @param id the disclosure's id: the host's idempotency key, or one the engine generated
 * @param subject whose data was released
 * @param recipient the policy's recipient (category of recipients) it went to
 * @param party the named receiving party (e.g. the authority or company), when the host gave one
 * @param purpose the purpose it served
 * @param categories the categories released; never empty
 * @param dataForm the form the data was released in
 * @param operation dissemination, or a cross-border transfer (R22)
 * @param legalBasis the purpose's legal basis
 * @param ground what the disclosure rests on
 * @param groundReference the demand's number, the case's or transfer's id, when the ground has one
 * @param destinationCountry the ISO 3166-1 alpha-2 code of the destination, when the host named one
 * @param at when the data was released (the instant decided for), to the microsecond
 * @param policyId the id of the policy the decision was made under
 * @param policyVersion the revision the decision was made under (R1)
 * @param reasons the reasons of the permit, each with its rule and clauses; never empty
 * @param obligations the obligations that came with the permit
 */
public record Disclosure(
    String id,
    SubjectId subject,
    RecipientId recipient,
    Optional<String> party,
    PurposeId purpose,
    Set<CategoryId> categories,
    DataForm dataForm,
    Operation operation,
    LegalBasis legalBasis,
    DisclosureGround ground,
    Optional<String> groundReference,
    Optional<String> destinationCountry,
    Instant at,
    String policyId,
    String policyVersion,
    List<Citation> reasons,
    Set<ObligationKind> obligations) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  /** The longest id accepted, in UTF-16 code units. */
  public static final int MAX_ID_LENGTH = 128;
  private static final int MAX_TEXT_LENGTH = 1_000;

  /**
   * Checks and copies every field; rejects a missing field with a message naming it.
   *
   * @param id the disclosure's id
   * @param subject whose data was released
   * @param recipient the policy's recipient
   * @param party the named receiving party, if any
   * @param purpose the purpose it served
   * @param categories the categories released
   * @param dataForm the form the data was released in
   * @param operation dissemination or cross-border transfer
   * @param legalBasis the purpose's legal basis
   * @param ground what the disclosure rests on
   * @param groundReference the ground's reference, if any
   * @param destinationCountry the destination country, if any
   * @param at when the data was released
   * @param policyId the policy's id
   * @param policyVersion the policy revision
   * @param reasons the reasons of the permit
   * @param obligations the obligations of the permit
   */
  public Disclosure {
    id = requireId(id);
    Objects.requireNonNull(subject, "subject of disclosure is missing");
    Objects.requireNonNull(recipient, "recipient of disclosure is missing");
    party = text(party, "party");
    Objects.requireNonNull(purpose, "purpose of disclosure is missing");
    categories = Copies.orderedSet(Objects.requireNonNull(categories, "categories of disclosure are missing"),
        "categories of disclosure");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("categories of disclosure: a disclosure releases at least one category");
    }
    Objects.requireNonNull(dataForm, "data form of disclosure is missing");
    Objects.requireNonNull(operation, "operation of disclosure is missing");
    if (!operation.discloses()) {
      throw new IllegalArgumentException("operation of disclosure must be DISSEMINATION or CROSS_BORDER_TRANSFER, was " + operation);
    }
    Objects.requireNonNull(legalBasis, "legal basis of disclosure is missing");
    Objects.requireNonNull(ground, "ground of disclosure is missing");
    groundReference = text(groundReference, "ground reference");
    destinationCountry = Objects.requireNonNull(destinationCountry, "destination country: Optional.empty() for none");
    if (destinationCountry.isPresent() && !COUNTRY.matcher(destinationCountry.get()).matches()) {
      throw new IllegalArgumentException("destination country of disclosure must be an ISO 3166-1 alpha-2 code such as 'RU', was '"
          + destinationCountry.get() + "'");
    }
    at = Instants.supported(Objects.requireNonNull(at, "instant of disclosure is missing"), "instant of disclosure")
        .truncatedTo(ChronoUnit.MICROS);
    if (policyId == null || policyId.isBlank() || policyVersion == null || policyVersion.isBlank()) {
      throw new IllegalArgumentException("policy id and version of disclosure are required (R1)");
    }
    Text.requirePrintable(Text.requireWellFormed(policyId, "policy id"), "policy id");
    Text.requirePrintable(Text.requireWellFormed(policyVersion, "policy version"), "policy version");
    reasons = Copies.list(Objects.requireNonNull(reasons, "reasons of disclosure are missing"), "reasons of disclosure");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons of disclosure: the permit that allowed it has at least one reason");
    }
    obligations = Copies.orderedSet(Objects.requireNonNull(obligations, "obligations of disclosure are missing"),
        "obligations of disclosure");
  }

  /**
   * @param id a candidate disclosure id
   * @return {@code id}
   * @throws IllegalArgumentException if it is missing, blank, longer than {@value #MAX_ID_LENGTH}
   *     or holds control characters or unpaired surrogates (the message never quotes it)
   */
  public static String requireId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("disclosure id is missing or blank");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("disclosure id must have at most " + MAX_ID_LENGTH + " characters, had " + id.length());
    }
    return Text.requirePrintable(Text.requireWellFormed(id, "disclosure id"), "disclosure id");
  }

  private static Optional<String> text(Optional<String> value, String what) {
    Objects.requireNonNull(value, () -> what + " of disclosure: Optional.empty() for none");
    if (value.isPresent()) {
      String v = value.get();
      if (v.isBlank()) {
        throw new IllegalArgumentException(what + " of disclosure is blank; use Optional.empty() for none");
      }
      if (v.length() > MAX_TEXT_LENGTH) {
        throw new IllegalArgumentException(what + " of disclosure must have at most " + MAX_TEXT_LENGTH + " characters, had "
            + v.length());
      }
      Text.requirePrintable(Text.requireWellFormed(v, what + " of disclosure"), what + " of disclosure");
    }
    return value;
  }

  /** @return whether the data went abroad: a cross-border transfer, flagged for R22 and the register (R36) */
  public boolean crossBorder() {
    return operation == Operation.CROSS_BORDER_TRANSFER;
  }

  /**
   * @return whether the subject must be told of it (R40): the permit obliged a notice, as for every
   *     disclosure of the subject's data to a third party that is not a processor
   */
  public boolean noticeRequired() {
    return obligations.contains(ObligationKind.NOTIFY_SUBJECT);
  }

  /** @return the canonical stored form, whose digest its audit record carries ({@link DisclosureCodec#write}) */
  public String canonical() {
    return DisclosureCodec.write(this);
  }

  /** @return a builder with nothing set */
  public static Builder builder() {
    return new Builder();
  }

  /** Names the subject by its pseudonym and free text (party, reference) only by length. */
  @Override
  public String toString() {
    return "Disclosure[id=" + id + ", " + subject + ", recipient=" + recipient + party.map(p -> ", party=" + p.length() + " chars")
        .orElse("") + ", purpose=" + purpose + ", categories=" + categories + ", form=" + dataForm + ", operation=" + operation
        + ", ground=" + ground + destinationCountry.map(c -> ", country=" + c).orElse("") + ", at=" + at + ", policy="
        + policyId + " rev. " + policyVersion + "]";
  }

  /**
   * Builds a {@link Disclosure}; optional fields default to empty, obligations to none. Not
   * thread-safe.
   */
  public static final class Builder {
    private String id;
    private SubjectId subject;
    private RecipientId recipient;
    private Optional<String> party = Optional.empty();
    private PurposeId purpose;
    private Set<CategoryId> categories = Set.of();
    private DataForm dataForm = DataForm.IDENTIFIED;
    private Operation operation = Operation.DISSEMINATION;
    private LegalBasis legalBasis;
    private DisclosureGround ground;
    private Optional<String> groundReference = Optional.empty();
    private Optional<String> destinationCountry = Optional.empty();
    private Instant at;
    private String policyId;
    private String policyVersion;
    private List<Citation> reasons = List.of();
    private Set<ObligationKind> obligations = Set.of();

    private Builder() {}

    /**
     * @param value the id
     * @return this builder
     */
    public Builder id(String value) {
      id = value;
      return this;
    }

    /**
     * @param value whose data was released
     * @return this builder
     */
    public Builder subject(SubjectId value) {
      subject = value;
      return this;
    }

    /**
     * @param value the recipient
     * @return this builder
     */
    public Builder recipient(RecipientId value) {
      recipient = value;
      return this;
    }

    /**
     * @param value the named receiving party, or {@code null} for none
     * @return this builder
     */
    public Builder party(String value) {
      party = Optional.ofNullable(value);
      return this;
    }

    /**
     * @param value the purpose
     * @return this builder
     */
    public Builder purpose(PurposeId value) {
      purpose = value;
      return this;
    }

    /**
     * @param value the categories released
     * @return this builder
     */
    public Builder categories(Collection<CategoryId> value) {
      categories = Copies.orderedSet(value, "categories of disclosure");
      return this;
    }

    /**
     * @param value the data form (default identified)
     * @return this builder
     */
    public Builder dataForm(DataForm value) {
      dataForm = value;
      return this;
    }

    /**
     * @param value dissemination (default) or cross-border transfer
     * @return this builder
     */
    public Builder operation(Operation value) {
      operation = value;
      return this;
    }

    /**
     * @param value the purpose's legal basis
     * @return this builder
     */
    public Builder legalBasis(LegalBasis value) {
      legalBasis = value;
      return this;
    }

    /**
     * @param value the ground
     * @return this builder
     */
    public Builder ground(DisclosureGround value) {
      ground = value;
      return this;
    }

    /**
     * @param value the ground's reference, or {@code null} for none
     * @return this builder
     */
    public Builder groundReference(String value) {
      groundReference = Optional.ofNullable(value);
      return this;
    }

    /**
     * @param value the destination country, or {@code null} for none
     * @return this builder
     */
    public Builder destinationCountry(String value) {
      destinationCountry = Optional.ofNullable(value);
      return this;
    }

    /**
     * @param value when the data was released
     * @return this builder
     */
    public Builder at(Instant value) {
      at = value;
      return this;
    }

    /**
     * @param id the policy's id
     * @param version the revision
     * @return this builder
     */
    public Builder policy(String id, String version) {
      policyId = id;
      policyVersion = version;
      return this;
    }

    /**
     * @param value the permit's reasons
     * @return this builder
     */
    public Builder reasons(Collection<Citation> value) {
      reasons = Copies.list(value, "reasons of disclosure");
      return this;
    }

    /**
     * @param value the permit's obligations
     * @return this builder
     */
    public Builder obligations(Collection<ObligationKind> value) {
      obligations = Copies.orderedSet(value, "obligations of disclosure");
      return this;
    }

    /**
     * @return the disclosure
     * @throws IllegalArgumentException or NullPointerException naming a missing or bad field
     */
    public Disclosure build() {
      return new Disclosure(id, subject, recipient, party, purpose, categories, dataForm, operation, legalBasis, ground,
          groundReference, destinationCountry, at, policyId, policyVersion, reasons, obligations);
    }
  }
}
