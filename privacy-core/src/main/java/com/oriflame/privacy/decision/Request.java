package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.internal.Instants;
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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "May this purpose process these categories of this subject, with this operation and mode, for
 * this recipient, at this instant?" Immutable; build with {@link #of} and the {@code with...}
 * methods. Ids are resolved against the policy when checked: an unknown id fails fast with {@code
 * UnknownIdException}.
 *
 * @param subject the data subject
 * @param purpose the purpose
 * @param categories the data categories to process (at least one)
 * @param operation the processing operation (default {@link Operation#USE})
 * @param recipient the recipient of a disclosure, or {@code null}
 * @param at the instant, or {@code null} for "now" by the engine's clock
 * @param dataForm the form of the data released (default {@link DataForm#IDENTIFIED})
 * @param productLine for marketing about similar goods (R8): the product line the message is about
 * @param ground the ground of a disclosure that needs one (legal demand, case, business transfer),
 *     or {@code null}
 * @param dataCollectedAt when the data was collected, for retention rules that run from collection;
 *     {@code null} makes the engine assume the earliest date it knows of the subject
 * @param mode automated or non-automated processing (R20; default {@link ProcessingMode#AUTOMATED})
 * @param destinationCountry for a cross-border transfer, the ISO 3166-1 alpha-2 code of the
 *     destination country (R22), or {@code null}
 */
public record Request(
    SubjectId subject,
    PurposeId purpose,
    Set<CategoryId> categories,
    Operation operation,
    RecipientId recipient,
    Instant at,
    DataForm dataForm,
    String productLine,
    Ground ground,
    Instant dataCollectedAt,
    ProcessingMode mode,
    String destinationCountry) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /** Copies categories; fills defaults; rejects missing fields and malformed country codes. */
  public Request {
    Objects.requireNonNull(subject, "subject is missing");
    Objects.requireNonNull(purpose, "purpose is missing");
    categories = Copies.orderedSet(categories, "categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a request names at least one data category");
    }
    Instants.supported(at, "request instant");
    Instants.supported(dataCollectedAt, "collection instant");
    operation = operation == null ? Operation.USE : operation;
    dataForm = dataForm == null ? DataForm.IDENTIFIED : dataForm;
    mode = mode == null ? ProcessingMode.AUTOMATED : mode;
    if (destinationCountry != null && !COUNTRY.matcher(destinationCountry).matches()) {
      throw new IllegalArgumentException("destination country must be an ISO 3166-1 alpha-2 code such as 'RU', was '"
          + destinationCountry + "'");
    }
  }

  /**
   * @param subject the data subject
   * @param purpose the purpose
   * @param categories the categories to process
   * @return a request to use the data, now, automatically, for no recipient
   */
  public static Request of(SubjectId subject, Purpose purpose, Set<CategoryId> categories) {
    return of(subject, purpose.id(), categories);
  }

  /**
   * @param subject the data subject
   * @param purpose the purpose id
   * @param categories the categories to process
   * @return a request to use the data, now, automatically, for no recipient
   */
  public static Request of(SubjectId subject, PurposeId purpose, Set<CategoryId> categories) {
    return new Request(subject, purpose, categories, Operation.USE, null, null, DataForm.IDENTIFIED, null, null, null,
        ProcessingMode.AUTOMATED, null);
  }

  /** @return whether a legal demand or regulator request backs the request (R18) */
  public boolean legalDemand() {
    return ground != null && ground.kind() == Ground.Kind.LEGAL_DEMAND;
  }

  /** @return this request for {@code other} subject (templates for {@code filter}) */
  public Request forSubject(SubjectId other) {
    return new Request(other, purpose, categories, operation, recipient, at, dataForm, productLine, ground, dataCollectedAt,
        mode, destinationCountry);
  }

  /** @return this request with operation {@code op} */
  public Request withOperation(Operation op) {
    return new Request(subject, purpose, categories, op, recipient, at, dataForm, productLine, ground, dataCollectedAt, mode,
        destinationCountry);
  }

  /** @return this request as a disclosure to {@code to} */
  public Request to(Recipient to) {
    return to(to.id());
  }

  /** @return this request as a disclosure to {@code to} */
  public Request to(RecipientId to) {
    return new Request(subject, purpose, categories, operation, to, at, dataForm, productLine, ground, dataCollectedAt, mode,
        destinationCountry);
  }

  /** @return this request at {@code instant} instead of now */
  public Request atInstant(Instant instant) {
    return new Request(subject, purpose, categories, operation, recipient, instant, dataForm, productLine, ground,
        dataCollectedAt, mode, destinationCountry);
  }

  /** @return this request releasing data in {@code form} (e.g. aggregates for advertisers, R13) */
  public Request withDataForm(DataForm form) {
    return new Request(subject, purpose, categories, operation, recipient, at, form, productLine, ground, dataCollectedAt,
        mode, destinationCountry);
  }

  /** @return this request about goods of {@code line} (R8) */
  public Request aboutProductLine(String line) {
    return new Request(subject, purpose, categories, operation, recipient, at, dataForm, line, ground, dataCollectedAt, mode,
        destinationCountry);
  }

  /**
   * @param reference the demand's number
   * @return this request backed by a legal demand or regulator request (R18)
   */
  public Request underLegalDemand(String reference) {
    return withGround(Ground.legalDemand(reference));
  }

  /** @return this request backed by a legal demand or regulator request (R18) whose number is not given */
  public Request underLegalDemand() {
    return underLegalDemand("unnumbered");
  }

  /** @return this request resting on {@code value} (R17, R18) */
  public Request withGround(Ground value) {
    return new Request(subject, purpose, categories, operation, recipient, at, dataForm, productLine, value, dataCollectedAt,
        mode, destinationCountry);
  }

  /** @return this request about data collected at {@code instant} */
  public Request dataCollectedAt(Instant instant) {
    return new Request(subject, purpose, categories, operation, recipient, at, dataForm, productLine, ground, instant, mode,
        destinationCountry);
  }

  /** @return this request processing in {@code value} mode (R20) */
  public Request inMode(ProcessingMode value) {
    return new Request(subject, purpose, categories, operation, recipient, at, dataForm, productLine, ground, dataCollectedAt,
        value, destinationCountry);
  }

  /**
   * @param country ISO 3166-1 alpha-2 code, e.g. {@code "RU"}
   * @return this request as a transfer to {@code country} (R22)
   */
  public Request toCountry(String country) {
    return new Request(subject, purpose, categories, operation, recipient, at, dataForm, productLine, ground, dataCollectedAt,
        mode, country);
  }

  @Override
  public String toString() {
    return "Request[" + subject + ", purpose=" + purpose + ", categories=" + categories + ", operation=" + operation
        + (recipient == null ? "" : ", recipient=" + recipient) + (at == null ? "" : ", at=" + at) + ", form=" + dataForm
        + ", mode=" + mode + (ground == null ? "" : ", ground=" + ground.kind())
        + (destinationCountry == null ? "" : ", country=" + destinationCountry) + "]";
  }
}
