package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
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
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A consent receipt, given for every grant, withdrawal and acceptance of the policy: the fields of
 * a consent record after ISO/IEC 27560 and the Kantara Consent Receipt specification. Write it as
 * JSON with {@link #toJson()}. It names the subject only by a keyed pseudonym and carries no
 * personal data values (never a password, R25). The ledger makes receipts with {@link #of}; build
 * one yourself (e.g. in a test) with {@link #builder()}.
 *
 * <p>Stability: stable.
 */
public final class ConsentReceipt {

  /** The receipt format written into {@link #version()}. */
  public static final String FORMAT = "oriflame-privacy-receipt/1";

  private static final Set<String> ACTIONS = Set.of("grant", "withdraw", "accept-policy");
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private final String receiptId;
  private final String version;
  private final String action;
  private final Instant consentTimestamp;
  private final Instant issuedAt;
  private final String controller;
  private final String controllerAddress;
  private final String jurisdiction;
  private final String law;
  private final String policyId;
  private final String policyVersion;
  private final String subjectRef;
  private final List<ReceiptPurpose> purposes;
  private final String channel;
  private final String method;
  private final String evidenceReference;
  private final Optional<String> noticeHash;
  private final List<String> withdrawalChannels;

  private ConsentReceipt(Builder b) {
    this.receiptId = required(b.receiptId, "receiptId");
    this.version = b.version;
    this.action = required(b.action, "action");
    this.consentTimestamp = required(b.consentTimestamp, "consentTimestamp");
    this.issuedAt = required(b.issuedAt, "issuedAt");
    this.controller = required(b.controller, "controller");
    this.controllerAddress = required(b.controllerAddress, "controllerAddress");
    this.jurisdiction = required(b.jurisdiction, "jurisdiction");
    this.law = required(b.law, "law");
    this.policyId = required(b.policyId, "policyId");
    this.policyVersion = required(b.policyVersion, "policyVersion");
    this.subjectRef = required(b.subjectRef, "subjectRef");
    this.purposes = b.purposes;
    this.channel = required(b.channel, "channel");
    this.method = required(b.method, "method");
    this.evidenceReference = b.evidenceReference;
    this.noticeHash = Optional.ofNullable(b.noticeHash);
    this.withdrawalChannels = b.withdrawalChannels;
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("a consent receipt needs its " + field + "; set it on the builder");
    }
    return value;
  }

  /**
   * A builder for a receipt. Every field but {@code version} ({@link #FORMAT}), {@code purposes},
   * {@code evidenceReference}, {@code noticeHash} and {@code withdrawalChannels} (empty) must be
   * set before {@code build()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this receipt's values */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.receiptId = receiptId;
    b.version = version;
    b.action = action;
    b.consentTimestamp = consentTimestamp;
    b.issuedAt = issuedAt;
    b.controller = controller;
    b.controllerAddress = controllerAddress;
    b.jurisdiction = jurisdiction;
    b.law = law;
    b.policyId = policyId;
    b.policyVersion = policyVersion;
    b.subjectRef = subjectRef;
    b.purposes = purposes;
    b.channel = channel;
    b.method = method;
    b.evidenceReference = evidenceReference;
    b.noticeHash = noticeHash.orElse(null);
    b.withdrawalChannels = withdrawalChannels;
    return b;
  }

  /** @return the receipt's id (derived from the event id) */
  public String receiptId() {
    return receiptId;
  }

  /** @return the receipt format, {@value #FORMAT} */
  public String version() {
    return version;
  }

  /** @return {@code grant}, {@code withdraw} or {@code accept-policy} */
  public String action() {
    return action;
  }

  /** @return when the consent act takes effect */
  public Instant consentTimestamp() {
    return consentTimestamp;
  }

  /** @return when it was recorded */
  public Instant issuedAt() {
    return issuedAt;
  }

  /** @return the operator's name (English) */
  public String controller() {
    return controller;
  }

  /** @return the operator's address */
  public String controllerAddress() {
    return controllerAddress;
  }

  /** @return the ISO 3166-1 alpha-2 code of the jurisdiction */
  public String jurisdiction() {
    return jurisdiction;
  }

  /** @return the law followed */
  public String law() {
    return law;
  }

  /** @return the policy's id */
  public String policyId() {
    return policyId;
  }

  /** @return the policy revision it was given under (R1) */
  public String policyVersion() {
    return policyVersion;
  }

  /** @return a keyed pseudonym of the subject */
  public String subjectRef() {
    return subjectRef;
  }

  /** @return the purposes concerned, with basis, categories and recipients */
  public List<ReceiptPurpose> purposes() {
    return purposes;
  }

  /** @return the channel, e.g. {@code CAF_PAPER} */
  public String channel() {
    return channel;
  }

  /** @return who acted: subject, guardian or operator agent */
  public String method() {
    return method;
  }

  /** @return the reference into the channel, e.g. the CAF form number; may be empty */
  public String evidenceReference() {
    return evidenceReference;
  }

  /** @return lower-case hex SHA-256 of the notice text shown, if recorded */
  public Optional<String> noticeHash() {
    return noticeHash;
  }

  /** @return the channels through which the consents may be withdrawn */
  public List<String> withdrawalChannels() {
    return withdrawalChannels;
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
   * @param validity how long the consent lasts (ISO-8601 period); empty if until withdrawn
   */
  public record ReceiptPurpose(
      String id, Labels labels, String legalBasis, List<String> categories, List<String> recipients,
      boolean thirdPartyDisclosure, Optional<String> validity) {

    /**
     * Copies lists; rejects missing fields.
     *
     * @param id the purpose's id
     * @param labels its names
     * @param legalBasis its legal basis
     * @param categories the categories it uses
     * @param recipients the recipients it may disclose to
     * @param thirdPartyDisclosure whether it discloses to third parties
     * @param validity how long the consent lasts, or {@code Optional.empty()} until withdrawn
     */
    public ReceiptPurpose {
      Objects.requireNonNull(id, "id is missing");
      Objects.requireNonNull(labels, "labels are missing");
      Objects.requireNonNull(legalBasis, "legalBasis is missing");
      categories = Copies.list(Objects.requireNonNull(categories, "categories are missing"), "categories");
      recipients = Copies.list(Objects.requireNonNull(recipients, "recipients are missing"), "recipients");
      Objects.requireNonNull(validity, "validity is missing; Optional.empty() for a consent that lasts until withdrawn");
    }
  }

  /** @return the receipt as indented JSON */
  public String toJson() {
    return ReceiptJson.write(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ConsentReceipt r && r.receiptId.equals(receiptId) && r.version.equals(version)
        && r.action.equals(action) && r.consentTimestamp.equals(consentTimestamp) && r.issuedAt.equals(issuedAt)
        && r.controller.equals(controller) && r.controllerAddress.equals(controllerAddress)
        && r.jurisdiction.equals(jurisdiction) && r.law.equals(law) && r.policyId.equals(policyId)
        && r.policyVersion.equals(policyVersion) && r.subjectRef.equals(subjectRef) && r.purposes.equals(purposes)
        && r.channel.equals(channel) && r.method.equals(method) && r.evidenceReference.equals(evidenceReference)
        && r.noticeHash.equals(noticeHash) && r.withdrawalChannels.equals(withdrawalChannels);
  }

  @Override
  public int hashCode() {
    return Objects.hash(receiptId, version, action, consentTimestamp, issuedAt, controller, controllerAddress, jurisdiction,
        law, policyId, policyVersion, subjectRef, purposes, channel, method, evidenceReference, noticeHash,
        withdrawalChannels);
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
      Optional<ConsentTerms> terms = p.consent();
      lines.add(new ReceiptPurpose(id.value(), p.labels(), p.legalBasis().name(), categories,
          p.recipients().stream().map(RecipientId::value).toList(), !p.recipients().isEmpty(),
          terms.flatMap(ConsentTerms::validity).map(Period::toString)));
      terms.ifPresent(t -> t.withdrawalChannels().stream().map(Channel::name).forEach(withdrawal::add));
    }
    String receiptId = UUID.nameUUIDFromBytes(("receipt:" + e.id().value()).getBytes(StandardCharsets.UTF_8)).toString();
    return Optional.of(builder()
        .receiptId(receiptId)
        .action(what.get().getKey())
        .consentTimestamp(e.effectiveAt())
        .issuedAt(e.recordedAt())
        .controller(policy.controller().name().in(Language.EN, ""))
        .controllerAddress(policy.controller().address())
        .jurisdiction(policy.jurisdiction())
        .law(policy.revision().law())
        .policyId(policy.id())
        .policyVersion(e.policyVersion())
        .subjectRef(subjectRef)
        .purposes(lines)
        .channel(e.evidence().channel().name())
        .method(e.evidence().actor().name())
        .evidenceReference(e.evidence().reference())
        .noticeHash(e.evidence().noticeHash().orElse(null))
        .withdrawalChannels(withdrawal)
        .build());
  }

  /**
   * Builds a {@link ConsentReceipt}. Each setter is named after the receipt's accessor, replaces
   * what was set before and rejects a bad value with a message naming the argument; {@code
   * build()} names a required field that was never set.
   */
  public static final class Builder {
    private String receiptId;
    private String version = FORMAT;
    private String action;
    private Instant consentTimestamp;
    private Instant issuedAt;
    private String controller;
    private String controllerAddress;
    private String jurisdiction;
    private String law;
    private String policyId;
    private String policyVersion;
    private String subjectRef;
    private List<ReceiptPurpose> purposes = List.of();
    private String channel;
    private String method;
    private String evidenceReference = "";
    private String noticeHash;
    private List<String> withdrawalChannels = List.of();

    private Builder() {}

    private static String text(String value, String name) {
      return Objects.requireNonNull(value, () -> name + " is missing");
    }

    /**
     * @param value the receipt's id
     * @return this builder
     */
    public Builder receiptId(String value) {
      this.receiptId = text(value, "receiptId");
      return this;
    }

    /**
     * @param value the receipt format; {@link #FORMAT} unless set
     * @return this builder
     */
    public Builder version(String value) {
      this.version = text(value, "version");
      return this;
    }

    /**
     * @param value {@code grant}, {@code withdraw} or {@code accept-policy}
     * @return this builder
     */
    public Builder action(String value) {
      if (!ACTIONS.contains(text(value, "action"))) {
        throw new IllegalArgumentException("action must be grant, withdraw or accept-policy, was '" + value + "'");
      }
      this.action = value;
      return this;
    }

    /**
     * @param value when the consent act takes effect
     * @return this builder
     */
    public Builder consentTimestamp(Instant value) {
      this.consentTimestamp = Objects.requireNonNull(value, "consentTimestamp is missing");
      return this;
    }

    /**
     * @param value when it was recorded
     * @return this builder
     */
    public Builder issuedAt(Instant value) {
      this.issuedAt = Objects.requireNonNull(value, "issuedAt is missing");
      return this;
    }

    /**
     * @param value the operator's name
     * @return this builder
     */
    public Builder controller(String value) {
      this.controller = text(value, "controller");
      return this;
    }

    /**
     * @param value the operator's address
     * @return this builder
     */
    public Builder controllerAddress(String value) {
      this.controllerAddress = text(value, "controllerAddress");
      return this;
    }

    /**
     * @param value the ISO 3166-1 alpha-2 code of the jurisdiction
     * @return this builder
     */
    public Builder jurisdiction(String value) {
      this.jurisdiction = text(value, "jurisdiction");
      return this;
    }

    /**
     * @param value the law followed
     * @return this builder
     */
    public Builder law(String value) {
      this.law = text(value, "law");
      return this;
    }

    /**
     * @param value the policy's id
     * @return this builder
     */
    public Builder policyId(String value) {
      this.policyId = text(value, "policyId");
      return this;
    }

    /**
     * @param value the policy revision the act was given under
     * @return this builder
     */
    public Builder policyVersion(String value) {
      this.policyVersion = text(value, "policyVersion");
      return this;
    }

    /**
     * @param value the subject's keyed pseudonym, never the subject id
     * @return this builder
     */
    public Builder subjectRef(String value) {
      this.subjectRef = text(value, "subjectRef");
      return this;
    }

    /**
     * @param value the purposes concerned
     * @return this builder
     */
    public Builder purposes(Collection<ReceiptPurpose> value) {
      this.purposes = Copies.list(Objects.requireNonNull(value, "purposes are missing"), "purposes");
      return this;
    }

    /**
     * @param value the channel's name, e.g. {@code CAF_PAPER}
     * @return this builder
     */
    public Builder channel(String value) {
      this.channel = text(value, "channel");
      return this;
    }

    /**
     * @param value who acted: {@code SUBJECT}, {@code GUARDIAN} or {@code OPERATOR_AGENT}
     * @return this builder
     */
    public Builder method(String value) {
      this.method = text(value, "method");
      return this;
    }

    /**
     * @param value the reference into the channel; empty unless set
     * @return this builder
     */
    public Builder evidenceReference(String value) {
      this.evidenceReference = text(value, "evidenceReference");
      return this;
    }

    /**
     * @param value lower-case hex SHA-256 of the notice text shown, or {@code null} if not recorded
     * @return this builder
     */
    public Builder noticeHash(String value) {
      if (value != null && !SHA256_HEX.matcher(value).matches()) {
        throw new IllegalArgumentException("noticeHash must be 64 lower-case hex digits (SHA-256)");
      }
      this.noticeHash = value;
      return this;
    }

    /**
     * @param value the names of the channels consents may be withdrawn through
     * @return this builder
     */
    public Builder withdrawalChannels(Collection<String> value) {
      this.withdrawalChannels = Copies.list(Objects.requireNonNull(value, "withdrawalChannels are missing"),
          "withdrawalChannels");
      return this;
    }

    /**
     * @return the receipt
     * @throws IllegalStateException naming a required field that was never set
     */
    public ConsentReceipt build() {
      return new ConsentReceipt(this);
    }
  }
}
