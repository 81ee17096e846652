package com.oriflame.privacy.consent;

import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CategoryTrait;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RecipientId;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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

  /**
   * The receipt of a grant, a withdrawal or an acceptance of the policy (with the purposes its
   * registration granted). Credential categories are never listed (§5, R25).
   *
   * @param policy the policy the event was recorded under
   * @param e the event
   * @param subjectRef the holder's keyed pseudonym
   * @return the receipt; empty for events that have none (objections, cookie choices, links)
   */
  public static Optional<ConsentReceipt> of(Policy policy, ConsentEvent e, String subjectRef) {
    Optional<Map.Entry<String, Set<PurposeId>>> what = e.accept(new ConsentEvent.Visitor<>() {
      @Override
      public Optional<Map.Entry<String, Set<PurposeId>>> acceptance(PolicyAccepted a) {
        Set<PurposeId> purposes = new LinkedHashSet<>();
        if (ConsentState.registers(policy, a)) {
          policy.purposesGrantedByAcceptance().forEach(p -> purposes.add(p.id()));
          purposes.addAll(a.consents());
        }
        return Optional.of(Map.entry("accept-policy", purposes));
      }

      @Override
      public Optional<Map.Entry<String, Set<PurposeId>>> grant(ConsentGranted g) {
        return Optional.of(Map.entry("grant", g.purposes()));
      }

      @Override
      public Optional<Map.Entry<String, Set<PurposeId>>> withdrawal(ConsentWithdrawn w) {
        return Optional.of(Map.entry("withdraw", w.purposes()));
      }

      @Override
      public Optional<Map.Entry<String, Set<PurposeId>>> objection(ObjectionRaised r) {
        return Optional.empty();
      }

      @Override
      public Optional<Map.Entry<String, Set<PurposeId>>> objectionLifted(ObjectionLifted l) {
        return Optional.empty();
      }

      @Override
      public Optional<Map.Entry<String, Set<PurposeId>>> cookies(CookiePreferencesSet c) {
        return Optional.empty();
      }

      @Override
      public Optional<Map.Entry<String, Set<PurposeId>>> visitorLinked(VisitorLinked v) {
        return Optional.empty();
      }
    });
    if (what.isEmpty()) {
      return Optional.empty();
    }
    Set<CategoryId> credentials = new LinkedHashSet<>();
    for (DataCategory c : policy.categories()) {
      if (c.has(CategoryTrait.CREDENTIAL)) {
        credentials.add(c.id());
      }
    }
    List<ReceiptPurpose> lines = new ArrayList<>();
    Set<String> withdrawal = new LinkedHashSet<>();
    for (PurposeId id : what.get().getValue()) {
      Purpose p = policy.purpose(id);
      List<String> categories = p.categories().stream()
          .filter(c -> credentials.stream().noneMatch(x -> c.covers(x) || x.covers(c)))
          .map(CategoryId::value).toList();
      lines.add(new ReceiptPurpose(id.value(), p.labels(), p.legalBasis().name(), categories,
          p.recipients().stream().map(RecipientId::value).toList(), !p.recipients().isEmpty(),
          p.consent().flatMap(ConsentTerms::validity).map(Period::toString).orElse(null)));
      p.consent().ifPresent(c -> c.withdrawalChannels().stream().map(Channel::name).forEach(withdrawal::add));
    }
    String receiptId = UUID.nameUUIDFromBytes(("receipt:" + e.id().value()).getBytes(StandardCharsets.UTF_8)).toString();
    return Optional.of(new ConsentReceipt(receiptId, FORMAT, what.get().getKey(), e.effectiveAt(), e.recordedAt(),
        policy.controller().name().in(Language.EN, ""), policy.controller().address(), policy.jurisdiction(),
        policy.revision().law(), policy.id(), e.policyVersion(), subjectRef, lines, e.evidence().channel().name(),
        e.evidence().actor().name(), e.evidence().reference(), e.evidence().noticeHash(), List.copyOf(withdrawal)));
  }
}
