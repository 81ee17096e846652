package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Obligation;
import com.oriflame.privacy.decision.Reason;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.disclosure.Citation;
import com.oriflame.privacy.disclosure.DisclosedRecipient;
import com.oriflame.privacy.disclosure.Disclosure;
import com.oriflame.privacy.disclosure.DisclosureConflictException;
import com.oriflame.privacy.disclosure.DisclosureDeclaration;
import com.oriflame.privacy.disclosure.DisclosureGround;
import com.oriflame.privacy.disclosure.Disclosures;
import com.oriflame.privacy.disclosure.SubjectNotice;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.internal.EventIds;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RecipientId;
import com.oriflame.privacy.spi.DisclosureStore;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The disclosure log behind {@link PrivacyEngine#disclosures()}, and the logging half of {@link
 * PrivacyEngine#disclose}: a permitted disclosure becomes a {@link Disclosure} stored with its
 * audit record in one atomic step, its notice pending if the permit obliged one (R40).
 */
final class DisclosureService implements Disclosures {
  static final String RECORDED = "disclosure.recorded";
  static final String NOTICE_SENT = "disclosure.notice-sent";

  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final Function<Holder, String> ref;
  private final EventIds ids;

  DisclosureService(Policy policy, Stores stores, Clock clock, Function<Holder, String> ref) {
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.ref = ref;
    this.ids = new EventIds(clock);
  }

  private DisclosureStore store() {
    return stores.disclosures();
  }

  /**
   * Logs a permitted disclosure with its audit record; a retry with the id of a logged disclosure
   * returns that disclosure if it releases the same data, and writes nothing.
   *
   * @throws DisclosureConflictException if the id is logged for another release
   */
  Disclosure record(DisclosureRequest asked, Decision.Permit permit) {
    Request r = asked.request();
    Recipient recipient = policy.recipient(r.recipient().orElseThrow());
    DisclosureGround ground;
    String reference = null;
    if (r.ground().isPresent()) {
      reference = r.ground().get().reference();
      ground = switch (r.ground().get().kind()) {
        case LEGAL_DEMAND -> DisclosureGround.LEGAL_DEMAND;
        case DISPUTE -> DisclosureGround.DISPUTE;
        case FRAUD_INVESTIGATION -> DisclosureGround.FRAUD_INVESTIGATION;
        case BUSINESS_TRANSFER -> DisclosureGround.BUSINESS_TRANSFER;
      };
    } else if (recipient.processor()) {
      ground = DisclosureGround.PROCESSOR_CONTRACT;
    } else {
      ground = DisclosureGround.of(permit.legalBasis());
    }
    Disclosure d = Disclosure.builder()
        .id(asked.id().orElseGet(ids::next))
        .subject(r.subject())
        .recipient(recipient.id())
        .party(asked.party().orElse(null))
        .purpose(r.purpose())
        .categories(r.categories())
        .dataForm(r.dataForm())
        .operation(r.operation())
        .legalBasis(permit.legalBasis())
        .ground(ground)
        .groundReference(reference)
        .destinationCountry(r.destinationCountry().orElse(null))
        .at(permit.at())
        .policy(permit.revision().policyId(), permit.revision().version())
        .reasons(permit.reasons().stream().map(DisclosureService::citation).toList())
        .obligations(permit.obligations().stream().map(Obligation::kind).toList())
        .build();
    Map<String, String> details = new TreeMap<>();
    details.put("disclosure", d.id());
    details.put("digest", Digests.sha256(form(d, Optional.empty())));
    details.put("recipient", d.recipient().value());
    details.put("purpose", d.purpose().value());
    details.put("categories", d.categories().stream().map(CategoryId::value).sorted().collect(Collectors.joining(",")));
    details.put("operation", d.operation().name());
    details.put("ground", d.ground().name());
    details.put("disclosedAt", d.at().toString());
    details.put("notice", d.noticeRequired() ? "pending" : "none");
    d.destinationCountry().ifPresent(c -> details.put("country", c));
    Disclosure stored = store().record(d, new AuditDraft(clock.instant(), RECORDED, ref.apply(d.subject()), policy.version(),
        details));
    if (stored != d && !sameRelease(stored, d)) {
      throw new DisclosureConflictException(d.id().length());
    }
    return stored;
  }

  /** A retry releases the same data to the same party on the same ground; instants and reasons may differ. */
  private static boolean sameRelease(Disclosure a, Disclosure b) {
    return a.subject().equals(b.subject()) && a.recipient().equals(b.recipient()) && a.party().equals(b.party())
        && a.purpose().equals(b.purpose()) && a.categories().equals(b.categories()) && a.dataForm() == b.dataForm()
        && a.operation() == b.operation() && a.ground() == b.ground() && a.groundReference().equals(b.groundReference())
        && a.destinationCountry().equals(b.destinationCountry());
  }

  private static Citation citation(Reason reason) {
    return new Citation(reason.code().name(), reason.rule(), reason.clauses());
  }

  /** The stored form of a disclosure's row: with its notice state if it owes one. */
  static String form(Disclosure d, Optional<Instant> sentAt) {
    return d.noticeRequired() ? new SubjectNotice(d, sentAt).canonical() : d.canonical();
  }

  @Override
  public Optional<Disclosure> find(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return store().find(id);
  }

  @Override
  public List<Disclosure> about(SubjectId subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    return store().about(subject);
  }

  @Override
  public List<Disclosure> to(RecipientId recipient) {
    Objects.requireNonNull(recipient, "recipient must not be null");
    policy.recipient(recipient); // unknown ids fail fast
    return store().to(recipient);
  }

  @Override
  public List<SubjectNotice> pendingNotices(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return store().pendingNotices(limit);
  }

  @Override
  public List<SubjectNotice> notices(SubjectId subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    return store().notices(subject);
  }

  @Override
  public SubjectNotice markNoticeSent(String disclosureId) {
    Objects.requireNonNull(disclosureId, "disclosureId must not be null");
    Optional<SubjectNotice> notice = store().notice(disclosureId);
    if (notice.isEmpty()) {
      boolean logged = store().find(disclosureId).isPresent();
      throw new IllegalArgumentException(logged ? "disclosure " + disclosureId + " needs no notice to the subject (R40 covers"
          + " third parties that are not processors)" : "no disclosure is logged with id " + disclosureId);
    }
    if (!notice.get().pending()) {
      return notice.get();
    }
    Instant now = clock.instant();
    SubjectNotice sent = new SubjectNotice(notice.get().disclosure(), Optional.of(now));
    Map<String, String> details = new TreeMap<>();
    details.put("disclosure", disclosureId);
    details.put("digest", Digests.sha256(sent.canonical()));
    details.put("sentAt", sent.sentAt().orElseThrow().toString());
    store().markNoticeSent(disclosureId, now, new AuditDraft(now, NOTICE_SENT, ref.apply(sent.disclosure().subject()),
        policy.version(), details));
    return store().notice(disclosureId).orElseThrow();
  }

  @Override
  public List<DisclosedRecipient> disclosedRecipients() {
    return store().disclosedRecipients();
  }

  @Override
  public DisclosureDeclaration registerDeclaration() {
    return new DisclosureDeclaration(policy.registerDeclaration(), disclosedRecipients());
  }

  @Override
  public String toString() {
    return "Disclosures[" + policy.id() + " rev. " + policy.version() + "]";
  }
}
