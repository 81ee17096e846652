package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.internal.Instants;
import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.ProcessingMode;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RecipientId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "May this purpose process these categories of this subject, with this operation and mode, for
 * this recipient, at this instant?" Immutable: start with {@link #of} (subject, purpose,
 * categories) and set each other field with its {@code with...} method, named after the field's
 * accessor; each returns a new request and rejects a bad value with a message naming the argument.
 * Fields not set are {@link Optional#empty()} or take the documented default; the wither of an
 * optional field takes {@code null} to clear it (e.g. a host mapping a nullable column). Ids are
 * resolved against the policy when checked: an unknown id fails fast with {@code
 * UnknownIdException}.
 *
 * <pre>{@code
 * Request.of(subject, ads, policy.categories("commerce.purchase-history"))
 *     .withOperation(Operation.DISSEMINATION)
 *     .withRecipient(policy.recipient("advertising-agencies"))
 *     .withDataForm(DataForm.AGGREGATE_ONLY)
 *     .withInstant(Instant.parse("2024-03-01T10:00:00Z"));
 * }</pre>
 *
 * <p>The optional values are kept as {@code Optional}s made once, when the request is made, so
 * reading them allocates nothing. A request object also remembers what the engine last made of its
 * ids, so checking the same request object again skips looking them up; build a request once and
 * reuse it (e.g. with {@link #withSubject}) where checks are hot.
 *
 * <p>Stability: stable.
 */
public final class Request {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  private final SubjectId subject;
  private final PurposeId purpose;
  private final Set<CategoryId> categories;
  private final Operation operation;
  private final Optional<RecipientId> recipient;
  private final Optional<Instant> instant;
  private final DataForm dataForm;
  private final Optional<String> productLine;
  private final Optional<Ground> ground;
  private final Optional<Instant> dataCollectedAt;
  private final ProcessingMode mode;
  private final Optional<String> destinationCountry;
  /** What the last engine to resolve this request made of its ids; a cache, not part of the value. */
  private Resolution resolution;

  /** Takes values already checked by {@link #of} or a wither. */
  private Request(
      SubjectId subject,
      PurposeId purpose,
      Set<CategoryId> categories,
      Operation operation,
      Optional<RecipientId> recipient,
      Optional<Instant> instant,
      DataForm dataForm,
      Optional<String> productLine,
      Optional<Ground> ground,
      Optional<Instant> dataCollectedAt,
      ProcessingMode mode,
      Optional<String> destinationCountry) {
    this.subject = subject;
    this.purpose = purpose;
    this.categories = categories;
    this.operation = operation;
    this.recipient = recipient;
    this.instant = instant;
    this.dataForm = dataForm;
    this.productLine = productLine;
    this.ground = ground;
    this.dataCollectedAt = dataCollectedAt;
    this.mode = mode;
    this.destinationCountry = destinationCountry;
  }

  /**
   * @param subject the data subject
   * @param purpose the purpose
   * @param categories the categories to process (at least one)
   * @return a request to use the data, now, automatically, for no recipient
   * @throws NullPointerException if an argument is missing
   * @throws IllegalArgumentException if {@code categories} is empty or contains {@code null}
   */
  public static Request of(SubjectId subject, Purpose purpose, Set<CategoryId> categories) {
    return of(subject, Objects.requireNonNull(purpose, "purpose is missing").id(), categories);
  }

  /**
   * @param subject the data subject
   * @param purpose the purpose id
   * @param categories the categories to process (at least one)
   * @return a request to use the data, now, automatically, for no recipient
   * @throws NullPointerException if an argument is missing
   * @throws IllegalArgumentException if {@code categories} is empty
   */
  public static Request of(SubjectId subject, PurposeId purpose, Set<CategoryId> categories) {
    Objects.requireNonNull(subject, "subject is missing");
    Objects.requireNonNull(purpose, "purpose is missing");
    Objects.requireNonNull(categories, "categories are missing");
    Set<CategoryId> copy = Copies.orderedSet(categories, "categories");
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("categories: a request names at least one data category");
    }
    return new Request(subject, purpose, copy, Operation.USE, Optional.empty(), Optional.empty(), DataForm.IDENTIFIED,
        Optional.empty(), Optional.empty(), Optional.empty(), ProcessingMode.AUTOMATED, Optional.empty());
  }

  /** @return the data subject */
  public SubjectId subject() {
    return subject;
  }

  /** @return the purpose's id */
  public PurposeId purpose() {
    return purpose;
  }

  /** @return the data categories to process, in the order given; never empty */
  public Set<CategoryId> categories() {
    return categories;
  }

  /** @return the processing operation; {@link Operation#USE} unless set */
  public Operation operation() {
    return operation;
  }

  /** @return the recipient of a disclosure; empty if the data is not disclosed */
  public Optional<RecipientId> recipient() {
    return recipient;
  }

  /** @return the instant to decide for; empty for "now" by the engine's clock */
  public Optional<Instant> instant() {
    return instant;
  }

  /** @return the form of the data released; {@link DataForm#IDENTIFIED} unless set */
  public DataForm dataForm() {
    return dataForm;
  }

  /** @return for marketing about similar goods (R8): the product line the message is about */
  public Optional<String> productLine() {
    return productLine;
  }

  /** @return the ground of a disclosure that needs one (legal demand, case, business transfer) */
  public Optional<Ground> ground() {
    return ground;
  }

  /**
   * @return when the data was collected, for retention rules that run from collection; empty makes
   *     the engine assume the earliest date it knows of the subject
   */
  public Optional<Instant> dataCollectedAt() {
    return dataCollectedAt;
  }

  /** @return automated or non-automated processing (R20); {@link ProcessingMode#AUTOMATED} unless set */
  public ProcessingMode mode() {
    return mode;
  }

  /** @return for a cross-border transfer, the ISO 3166-1 alpha-2 code of the destination country (R22) */
  public Optional<String> destinationCountry() {
    return destinationCountry;
  }

  /** @return whether a legal demand or regulator request backs the request (R18) */
  public boolean legalDemand() {
    return ground.isPresent() && ground.get().kind() == Ground.Kind.LEGAL_DEMAND;
  }

  /**
   * @param value another subject
   * @return this request for {@code value} (a template for {@code filter})
   */
  public Request withSubject(SubjectId value) {
    Objects.requireNonNull(value, "subject is missing");
    Request r = new Request(value, purpose, categories, operation, recipient, instant, dataForm, productLine, ground,
        dataCollectedAt, mode, destinationCountry);
    r.resolution = resolution; // it does not depend on the subject
    return r;
  }

  /**
   * @param value the processing operation, e.g. {@link Operation#DISSEMINATION}
   * @return this request with that operation
   */
  public Request withOperation(Operation value) {
    Objects.requireNonNull(value, "operation is missing");
    return new Request(subject, purpose, categories, value, recipient, instant, dataForm, productLine, ground,
        dataCollectedAt, mode, destinationCountry);
  }

  /**
   * @param value the recipient, or {@code null} for none
   * @return this request as a disclosure to {@code value}
   */
  public Request withRecipient(Recipient value) {
    return withRecipient(value == null ? null : value.id());
  }

  /**
   * @param value the recipient's id, or {@code null} for none
   * @return this request as a disclosure to {@code value}
   */
  public Request withRecipient(RecipientId value) {
    return new Request(subject, purpose, categories, operation, Optional.ofNullable(value), instant, dataForm, productLine,
        ground, dataCollectedAt, mode, destinationCountry);
  }

  /**
   * @param value the instant to decide for (years 1900 to 9999), or {@code null} for "now" by the engine's clock
   * @return this request at {@code value}
   */
  public Request withInstant(Instant value) {
    return new Request(subject, purpose, categories, operation, recipient, Optional.ofNullable(Instants.supported(value,
        "instant")), dataForm, productLine, ground, dataCollectedAt, mode, destinationCountry);
  }

  /**
   * @param value the form of the data released (e.g. aggregates for advertisers, R13)
   * @return this request releasing data in that form
   */
  public Request withDataForm(DataForm value) {
    Objects.requireNonNull(value, "dataForm is missing");
    return new Request(subject, purpose, categories, operation, recipient, instant, value, productLine, ground,
        dataCollectedAt, mode, destinationCountry);
  }

  /**
   * @param value the product line a marketing message is about (R8), or {@code null} for none
   * @return this request about goods of that line
   */
  public Request withProductLine(String value) {
    if (value != null) {
      Text.requireWellFormed(value, "productLine");
    }
    return new Request(subject, purpose, categories, operation, recipient, instant, dataForm, Optional.ofNullable(value),
        ground, dataCollectedAt, mode, destinationCountry);
  }

  /**
   * @param value the ground, e.g. {@code Ground.legalDemand("No. 12/345")} (R17, R18), or {@code null} for none
   * @return this request resting on it
   */
  public Request withGround(Ground value) {
    return new Request(subject, purpose, categories, operation, recipient, instant, dataForm, productLine,
        Optional.ofNullable(value), dataCollectedAt, mode, destinationCountry);
  }

  /**
   * @param value when the data was collected (years 1900 to 9999), or {@code null} if not known
   * @return this request about data collected then
   */
  public Request withDataCollectedAt(Instant value) {
    return new Request(subject, purpose, categories, operation, recipient, instant, dataForm, productLine, ground,
        Optional.ofNullable(Instants.supported(value, "dataCollectedAt")), mode, destinationCountry);
  }

  /**
   * @param value automated or non-automated processing (R20)
   * @return this request processing in that mode
   */
  public Request withMode(ProcessingMode value) {
    Objects.requireNonNull(value, "mode is missing");
    return new Request(subject, purpose, categories, operation, recipient, instant, dataForm, productLine, ground,
        dataCollectedAt, value, destinationCountry);
  }

  /**
   * @param value ISO 3166-1 alpha-2 code of the destination country, e.g. {@code "RU"}, or {@code null} for none
   * @return this request as a transfer to that country (R22)
   * @throws IllegalArgumentException if {@code value} is not two upper-case letters
   */
  public Request withDestinationCountry(String value) {
    if (value != null && !COUNTRY.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "destinationCountry must be an ISO 3166-1 alpha-2 code such as 'RU', was '" + value + "'");
    }
    return new Request(subject, purpose, categories, operation, recipient, instant, dataForm, productLine, ground,
        dataCollectedAt, mode, Optional.ofNullable(value));
  }

  Resolution resolution() {
    return resolution;
  }

  void resolution(Resolution value) {
    this.resolution = value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Request r && r.subject.equals(subject) && r.purpose.equals(purpose) && r.categories.equals(categories)
        && r.operation == operation && r.recipient.equals(recipient) && r.instant.equals(instant) && r.dataForm == dataForm
        && r.productLine.equals(productLine) && r.ground.equals(ground) && r.dataCollectedAt.equals(dataCollectedAt)
        && r.mode == mode && r.destinationCountry.equals(destinationCountry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, purpose, categories, operation, recipient, instant, dataForm, productLine, ground,
        dataCollectedAt, mode, destinationCountry);
  }

  /** Names the subject only by its pseudonym and leaves out the product line and the ground's reference. */
  @Override
  public String toString() {
    return "Request[" + subject + ", purpose=" + purpose + ", categories=" + categories + ", operation=" + operation
        + recipient.map(r -> ", recipient=" + r).orElse("") + instant.map(i -> ", at=" + i).orElse("") + ", form=" + dataForm
        + ", mode=" + mode + ground.map(g -> ", ground=" + g.kind()).orElse("")
        + destinationCountry.map(c -> ", country=" + c).orElse("") + "]";
  }
}
