package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.Labels;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A consent receipt, given for every grant, withdrawal and acceptance of the policy: the fields of
 * a consent record after ISO/IEC 27560 and the Kantara Consent Receipt specification. Write it as
 * JSON with {@link #toJson()}. It names the subject only by a keyed pseudonym and carries no
 * personal data values (never a password, R25).
 *
 * @param receiptId the receipt's id (derived from the event id)
 * @param version the receipt format, {@code oriflame-privacy-receipt/1}
 * @param action {@code grant}, {@code withdraw} or {@code accept-policy}
 * @param consentTimestamp when the consent act takes effect
 * @param issuedAt when it was recorded
 * @param controller the operator's name (English)
 * @param controllerAddress the operator's address
 * @param jurisdiction ISO 3166-1 alpha-2 code
 * @param law the law followed
 * @param policyId the policy's id
 * @param policyVersion the revision it was given under (R1)
 * @param subjectRef a keyed pseudonym of the subject
 * @param purposes the purposes concerned, with basis, categories and recipients
 * @param channel the channel, e.g. {@code CAF_PAPER}
 * @param method who acted: subject, guardian or operator agent
 * @param evidenceReference the reference into the channel, e.g. the CAF form number
 * @param noticeHash SHA-256 of the notice text shown, or {@code null}
 * @param withdrawalChannels how to withdraw
 */
public record ConsentReceipt(
    String receiptId,
    String version,
    String action,
    Instant consentTimestamp,
    Instant issuedAt,
    String controller,
    String controllerAddress,
    String jurisdiction,
    String law,
    String policyId,
    String policyVersion,
    String subjectRef,
    List<ReceiptPurpose> purposes,
    String channel,
    String method,
    String evidenceReference,
    String noticeHash,
    List<String> withdrawalChannels) {

  /** The receipt format written into {@link #version()}. */
  public static final String FORMAT = "oriflame-privacy-receipt/1";

  /** Copies lists; rejects missing fields. */
  public ConsentReceipt {
    Objects.requireNonNull(receiptId, "receiptId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(subjectRef, "subjectRef");
    purposes = List.copyOf(purposes);
    withdrawalChannels = List.copyOf(withdrawalChannels);
  }

  /**
   * One purpose on a receipt.
   *
   * @param id the purpose's id
   * @param labels its name in Kyrgyz, Russian and English
   * @param legalBasis its legal basis
   * @param categories the categories it uses
   * @param recipients the recipients it may disclose to
   * @param thirdPartyDisclosure whether it discloses to third parties
   * @param validity how long the consent lasts (ISO-8601), or {@code null} until withdrawn
   */
  public record ReceiptPurpose(
      String id, Labels labels, String legalBasis, List<String> categories, List<String> recipients,
      boolean thirdPartyDisclosure, String validity) {

    /** Copies lists. */
    public ReceiptPurpose {
      categories = List.copyOf(categories);
      recipients = List.copyOf(recipients);
    }
  }

  /** @return the receipt as indented JSON */
  public String toJson() {
    return ReceiptJson.write(this);
  }

  @Override
  public String toString() {
    return "ConsentReceipt[" + receiptId + ", " + action + ", " + subjectRef + ", " + purposes.size() + " purposes]";
  }
}
