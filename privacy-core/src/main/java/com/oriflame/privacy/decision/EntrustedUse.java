package com.oriflame.privacy.decision;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RecipientId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A Consultant's use of a customer's or downline member's personal data entrusted to them (§7),
 * to be decided by {@code PrivacyEngine#consultants()}: who acts, whose data, what they do, for
 * which purpose and categories, when.
 *
 * <p>Each kind is decided through the rule table on a request about the data subject: processing
 * under {@link #purpose()} (by default {@value #ENTRUSTED_PURPOSE}, consent-based, §2 purposes
 * only); receiving from the company as the company's disclosure under {@link #purpose()} (by
 * default {@value #EXCHANGE_PURPOSE}) to {@link #recipient()} (by default {@value
 * #EXCHANGE_RECIPIENT}); an onward transfer as a dissemination under the entrusted purpose. The
 * mandate then adds what §7 asks of the Consultant (R24, R30, R31).
 *
 * <p>Stability: experimental.
 *
 * @param consultant the Consultant who acts
 * @param subject the data subject: the customer or downline member whose data it is
 * @param kind what the Consultant does
 * @param purpose the purpose the request is decided under; empty for the kind's default
 * @param operation what is done, for {@link EntrustedUseKind#PROCESS}; ignored for other kinds
 * @param recipient the company's recipient for an exchange; empty for the default
 * @param categories the categories of the data (at least one)
 * @param instant when; empty for now
 */
public record EntrustedUse(
    SubjectId consultant,
    SubjectId subject,
    EntrustedUseKind kind,
    Optional<PurposeId> purpose,
    Operation operation,
    Optional<RecipientId> recipient,
    Set<CategoryId> categories,
    Optional<Instant> instant) {

  /** The bundled policy's purpose for a Consultant's processing of entrusted data (§7, §2(9)). */
  public static final String ENTRUSTED_PURPOSE = "network.consultant-processing";
  /** The bundled policy's purpose under which the company gives data to network participants (§2(9), §3.3). */
  public static final String EXCHANGE_PURPOSE = "network.management";
  /** The bundled policy's recipient for Consultants and other network participants (§3.3, §7). */
  public static final String EXCHANGE_RECIPIENT = "network-participants";

  /**
   * Copies the categories; rejects missing fields, an empty category set and a Consultant who is
   * their own data subject.
   *
   * @param consultant the Consultant who acts
   * @param subject the data subject
   * @param kind what the Consultant does
   * @param purpose the purpose, or empty for the kind's default
   * @param operation what is done, for processing
   * @param recipient the company's recipient for an exchange, or empty for the default
   * @param categories the categories of the data
   * @param instant when, or empty for now
   */
  public EntrustedUse {
    Objects.requireNonNull(consultant, "consultant is missing");
    Objects.requireNonNull(subject, "subject is missing");
    Objects.requireNonNull(kind, "kind is missing");
    Objects.requireNonNull(purpose, "purpose is missing; Optional.empty() for the default");
    Objects.requireNonNull(operation, "operation is missing");
    Objects.requireNonNull(recipient, "recipient is missing; Optional.empty() for the default");
    categories = Copies.orderedSet(Objects.requireNonNull(categories, "categories are missing"), "categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("categories: an entrusted use names at least one data category");
    }
    Objects.requireNonNull(instant, "instant is missing; Optional.empty() for now");
    if (consultant.equals(subject)) {
      throw new IllegalArgumentException("subject: a Consultant's own data is not entrusted to them; decide it with check(Request)");
    }
  }

  /**
   * @param consultant the Consultant
   * @param subject the customer or downline member
   * @param categories the categories
   * @return the Consultant's use of the data, now, under the entrusted purpose
   */
  public static EntrustedUse process(SubjectId consultant, SubjectId subject, Set<CategoryId> categories) {
    return of(consultant, subject, EntrustedUseKind.PROCESS, categories);
  }

  /**
   * @param consultant the Consultant
   * @param subject the customer or downline member
   * @param kind what the Consultant does
   * @param categories the categories
   * @return the use, now, with the kind's default purpose and recipient
   */
  public static EntrustedUse of(SubjectId consultant, SubjectId subject, EntrustedUseKind kind, Set<CategoryId> categories) {
    return new EntrustedUse(consultant, subject, kind, Optional.empty(), Operation.USE, Optional.empty(), categories, Optional.empty());
  }

  /**
   * @param value the purpose to decide the use under
   * @return this use under {@code value}
   */
  public EntrustedUse withPurpose(PurposeId value) {
    return new EntrustedUse(consultant, subject, kind, Optional.of(Objects.requireNonNull(value, "purpose")), operation, recipient,
        categories, instant);
  }

  /**
   * @param value what is done (for processing)
   * @return this use with {@code value}
   */
  public EntrustedUse withOperation(Operation value) {
    return new EntrustedUse(consultant, subject, kind, purpose, Objects.requireNonNull(value, "operation"), recipient, categories,
        instant);
  }

  /**
   * @param value the company's recipient for an exchange
   * @return this use with {@code value}
   */
  public EntrustedUse withRecipient(RecipientId value) {
    return new EntrustedUse(consultant, subject, kind, purpose, operation, Optional.of(Objects.requireNonNull(value, "recipient")),
        categories, instant);
  }

  /**
   * @param value when
   * @return this use at {@code value}
   */
  public EntrustedUse withInstant(Instant value) {
    return new EntrustedUse(consultant, subject, kind, purpose, operation, recipient, categories,
        Optional.of(Objects.requireNonNull(value, "instant")));
  }

  /**
   * The request about the data subject that the rule table decides for this use.
   *
   * @return the request
   */
  public Request request() {
    Request r = switch (kind) {
      case PROCESS -> Request.of(subject, purpose.orElse(PurposeId.of(ENTRUSTED_PURPOSE)), categories).withOperation(operation);
      case RECEIVE_FROM_COMPANY -> Request.of(subject, purpose.orElse(PurposeId.of(EXCHANGE_PURPOSE)), categories)
          .withOperation(Operation.DISSEMINATION).withRecipient(recipient.orElse(RecipientId.of(EXCHANGE_RECIPIENT)));
      case SEND_TO_COMPANY, ONWARD_TRANSFER -> Request.of(subject, purpose.orElse(PurposeId.of(ENTRUSTED_PURPOSE)), categories)
          .withOperation(Operation.DISSEMINATION);
    };
    return instant.map(r::withInstant).orElse(r);
  }

  @Override
  public String toString() {
    return "EntrustedUse[" + kind + " by " + consultant + " of " + subject + " " + categories + purpose.map(p -> " for " + p).orElse("")
        + "]";
  }
}
