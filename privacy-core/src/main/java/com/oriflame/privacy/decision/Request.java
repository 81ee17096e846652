package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RecipientId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * "May this purpose process these categories of this subject, with this operation, for this
 * recipient, at this instant?" Immutable; build with {@link #of} and the {@code with...} methods.
 * Ids are resolved against the policy when checked: an unknown id fails fast with {@code
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
 * @param legalDemand whether a legal demand or regulator request backs the request (R18)
 * @param dataCollectedAt when the data was collected, for retention rules that run from collection
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
    boolean legalDemand,
    Instant dataCollectedAt) {

  /** Copies categories; rejects missing fields. */
  public Request {
    Objects.requireNonNull(subject, "subject is missing");
    Objects.requireNonNull(purpose, "purpose is missing");
    categories = Copies.orderedSet(categories, "categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a request names at least one data category");
    }
    operation = operation == null ? Operation.USE : operation;
    dataForm = dataForm == null ? DataForm.IDENTIFIED : dataForm;
  }

  /**
   * @param subject the data subject
   * @param purpose the purpose
   * @param categories the categories to process
   * @return a request to use the data, now, for no recipient
   */
  public static Request of(SubjectId subject, Purpose purpose, Set<CategoryId> categories) {
    return of(subject, purpose.id(), categories);
  }

  /**
   * @param subject the data subject
   * @param purpose the purpose id
   * @param categories the categories to process
   * @return a request to use the data, now, for no recipient
   */
  public static Request of(SubjectId subject, PurposeId purpose, Set<CategoryId> categories) {
    return new Request(subject, purpose, categories, Operation.USE, null, null, DataForm.IDENTIFIED, null, false, null);
  }

  /** @return this request for {@code other} subject (templates for {@code filter}) */
  public Request forSubject(SubjectId other) {
    return new Request(other, purpose, categories, operation, recipient, at, dataForm, productLine, legalDemand, dataCollectedAt);
  }

  /** @return this request with operation {@code op} */
  public Request withOperation(Operation op) {
    return new Request(subject, purpose, categories, op, recipient, at, dataForm, productLine, legalDemand, dataCollectedAt);
  }

  /** @return this request as a disclosure to {@code to} */
  public Request to(Recipient to) {
    return to(to.id());
  }

  /** @return this request as a disclosure to {@code to} */
  public Request to(RecipientId to) {
    return new Request(subject, purpose, categories, operation, to, at, dataForm, productLine, legalDemand, dataCollectedAt);
  }

  /** @return this request at {@code instant} instead of now */
  public Request atInstant(Instant instant) {
    return new Request(subject, purpose, categories, operation, recipient, instant, dataForm, productLine, legalDemand, dataCollectedAt);
  }

  /** @return this request releasing data in {@code form} (e.g. aggregates for advertisers, R13) */
  public Request withDataForm(DataForm form) {
    return new Request(subject, purpose, categories, operation, recipient, at, form, productLine, legalDemand, dataCollectedAt);
  }

  /** @return this request about goods of {@code line} (R8) */
  public Request aboutProductLine(String line) {
    return new Request(subject, purpose, categories, operation, recipient, at, dataForm, line, legalDemand, dataCollectedAt);
  }

  /** @return this request backed by a legal demand or regulator request (R18) */
  public Request underLegalDemand() {
    return new Request(subject, purpose, categories, operation, recipient, at, dataForm, productLine, true, dataCollectedAt);
  }

  /** @return this request about data collected at {@code instant} */
  public Request dataCollectedAt(Instant instant) {
    return new Request(subject, purpose, categories, operation, recipient, at, dataForm, productLine, legalDemand, instant);
  }
}
