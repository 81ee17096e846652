package com.oriflame.privacy.internal;

import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentState;
import com.oriflame.privacy.consent.ConsentStatus;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.CookieDecision;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.Obligation;
import com.oriflame.privacy.decision.Reason;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CategoryTrait;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.CollectionForm;
import com.oriflame.privacy.policy.Condition;
import com.oriflame.privacy.policy.CookieCategory;
import com.oriflame.privacy.policy.CookieKind;
import com.oriflame.privacy.policy.CrossBorderTransfer;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.NoticeKind;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyRevision;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeTrait;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.policy.RightKind;
import com.oriflame.privacy.policy.SubjectRight;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The decision rules of ARCHITECTURE.md as one pure function of policy, request, subject profile
 * and consent state. {@code check} and {@code filter} both call it, so they cannot disagree. Not
 * API.
 */
public final class Evaluator {
  private static final Set<Operation> STORING = EnumSet.of(Operation.COLLECTION, Operation.STORAGE,
      Operation.ACCUMULATION, Operation.SYSTEMATIZATION);
  private static final Set<Operation> ALLOWED_WHEN_BLOCKED = EnumSet.of(Operation.STORAGE, Operation.BLOCKING,
      Operation.DESTRUCTION);
  private static final Set<Operation> DISCLOSING = EnumSet.of(Operation.DISSEMINATION, Operation.CROSS_BORDER_TRANSFER);

  private final Policy policy;
  private final PolicyRevision revision;
  private final List<ClauseRef> acceptanceClauses;
  private final List<ClauseRef> closureClauses;
  private final List<CategoryId> neverStored;
  private final List<ClauseRef> transferClauses;

  /** @param policy a linted policy */
  public Evaluator(Policy policy) {
    this.policy = policy;
    this.revision = policy.revision();
    Set<ClauseRef> acceptance = new LinkedHashSet<>();
    for (CollectionForm f : policy.forms()) {
      if (f.acceptanceBySubmission()) {
        acceptance.addAll(f.clauses());
      }
    }
    this.acceptanceClauses = List.copyOf(acceptance);
    this.closureClauses = policy.right(RightKind.ERASURE).map(SubjectRight::clauses).orElse(List.of());
    List<CategoryId> never = new ArrayList<>();
    for (DataCategory d : policy.categories()) {
      if (d.has(CategoryTrait.NEVER_STORED)) {
        never.add(d.id());
      }
    }
    this.neverStored = List.copyOf(never);
    Set<ClauseRef> transfer = new LinkedHashSet<>();
    policy.transfers().forEach(t -> transfer.addAll(t.clauses()));
    this.transferClauses = List.copyOf(transfer);
  }

  /** Whether a declared transfer abroad (§4) covers the purpose, the recipient and every category. */
  private boolean declaredTransfer(Purpose purpose, Recipient recipient, Set<CategoryId> categories) {
    if (!recipient.mayBeAbroad()) {
      return false;
    }
    for (CrossBorderTransfer t : policy.transfers()) {
      if (t.purposes().contains(purpose.id()) && t.recipients().contains(recipient.id())
          && categories.stream().allMatch(c -> t.categories().stream().anyMatch(tc -> tc.covers(c)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decides a request whose ids are known to the policy and whose instant is set.
   *
   * @param request the request, {@code at} filled in
   * @param profile the subject's profile, or {@code null} if none is stored
   * @param state the subject's consent state at the request's instant
   * @return the decision
   */
  public Decision decide(Request request, SubjectProfile profile, ConsentState state) {
    Purpose purpose = policy.purpose(request.purpose());
    Recipient recipient = request.recipient() == null ? null : policy.recipient(request.recipient());
    Instant at = request.at();
    Operation op = request.operation();
    List<Reason> denials = new ArrayList<>(2);

    if (profile == null) {
      denials.add(new Reason(ReasonCode.SUBJECT_UNKNOWN, purpose.clauses(), "no profile of the subject in the subject store"));
    }

    // 1. categories
    for (CategoryId c : request.categories()) {
      DataCategory category = policy.category(c);
      if (!purpose.allows(c)) {
        denials.add(new Reason(ReasonCode.CATEGORY_NOT_IN_PURPOSE, purpose.clauses(),
            "category " + c + " is not among the categories of purpose " + purpose.id()));
      }
      if (STORING.contains(op) && touchesNeverStored(c)) {
        denials.add(new Reason(ReasonCode.NEVER_STORED, category.clauses(),
            "operation " + name(op) + " on category " + c + ", which is never stored"));
      }
      if (profile != null && op != Operation.COLLECTION && !provided(profile, c)) {
        denials.add(new Reason(ReasonCode.CATEGORY_NOT_PROVIDED, category.clauses(), "category " + c + " was not provided"));
      }
    }

    // 2. operation
    if (!purpose.operations().contains(op)) {
      denials.add(new Reason(ReasonCode.OPERATION_NOT_IN_PURPOSE, purpose.clauses(),
          "operation " + name(op) + " is not among the operations of purpose " + purpose.id()));
    }

    // 3. recipient: disclosures go to named recipients only, so their protections cannot be skipped
    if (recipient == null && DISCLOSING.contains(op) && !purpose.recipients().isEmpty()) {
      denials.add(new Reason(ReasonCode.RECIPIENT_MISSING, purpose.clauses(),
          "operation " + name(op) + " for purpose " + purpose.id() + " names no recipient; the purpose discloses only to "
              + purpose.recipients().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))));
    }
    if (op == Operation.CROSS_BORDER_TRANSFER && recipient != null && !declaredTransfer(purpose, recipient, request.categories())) {
      denials.add(new Reason(ReasonCode.TRANSFER_NOT_DECLARED, transferClauses.isEmpty() ? purpose.clauses() : transferClauses,
          "no declared transfer abroad covers purpose " + purpose.id() + ", recipient " + recipient.id() + " and these categories"
              + (recipient.mayBeAbroad() ? "" : "; the recipient is not marked as possibly abroad")));
    }
    if (recipient != null && recipient.processor() && !recipient.conditions().contains(Condition.REGISTRATION_ACCEPTED)
        && state.registration().isEmpty()) {
      denials.add(new Reason(ReasonCode.CONDITION_NOT_MET, acceptanceClauses.isEmpty() ? recipient.clauses() : acceptanceClauses,
          "data may be entrusted to processor " + recipient.id() + " only after the subject accepted the policy at registration"));
    }
    if (recipient != null) {
      if (!purpose.recipients().contains(recipient.id())) {
        denials.add(new Reason(ReasonCode.RECIPIENT_NOT_IN_PURPOSE, recipient.clauses(),
            "recipient " + recipient.id() + " is not among the recipients of purpose " + purpose.id()));
      }
      if (!recipient.categories().isEmpty()) {
        for (CategoryId c : request.categories()) {
          if (recipient.categories().stream().noneMatch(allowed -> allowed.covers(c))) {
            denials.add(new Reason(ReasonCode.RECIPIENT_CATEGORY_NOT_ALLOWED, recipient.clauses(),
                "recipient " + recipient.id() + " may not receive category " + c));
          }
        }
      }
      // DataForm is declared from most to least identifying: a recipient may get its form or a less identifying one
      if (request.dataForm().ordinal() < recipient.dataForm().ordinal()) {
        denials.add(new Reason(ReasonCode.RECIPIENT_DATA_FORM, recipient.clauses(),
            "recipient " + recipient.id() + " receives " + name(recipient.dataForm()) + " data; the request releases "
                + name(request.dataForm()) + " data"));
      }
      for (Condition condition : recipient.conditions()) {
        String unmet = unmet(condition, request, purpose, profile, state);
        if (unmet != null) {
          denials.add(new Reason(ReasonCode.CONDITION_NOT_MET, recipient.clauses(), unmet));
        }
      }
    }

    // 4. conditions of the purpose
    for (Condition condition : purpose.conditions()) {
      String unmet = unmet(condition, request, purpose, profile, state);
      if (unmet != null) {
        denials.add(new Reason(ReasonCode.CONDITION_NOT_MET, purpose.clauses(), unmet));
      }
    }

    // 5. the subject's state and retention
    if (profile != null) {
      subjectState(request, purpose, profile, denials);
    }

    // 6. objections
    for (Objection o : policy.objectionsAgainst(purpose.id())) {
      ObjectionRaised raised = state.objection(o.id()).orElse(null);
      if (raised == null) {
        continue;
      }
      boolean blocks = o.recipients().isEmpty() || (recipient != null && o.recipients().contains(recipient.id()));
      if (blocks) {
        denials.add(new Reason(ReasonCode.OBJECTION_RAISED, o.clauses(),
            "objection " + o.id() + " raised on " + day(raised.effectiveAt()) + " by " + channel(raised.evidence().channel())));
      }
    }

    // 7. the legal basis
    Reason basis = basis(request, purpose, profile, state, denials);

    if (!denials.isEmpty()) {
      return new Decision.Deny(request, purpose.legalBasis(), denials, revision);
    }
    return new Decision.Permit(request, purpose.legalBasis(), List.of(basis), obligations(request, purpose, recipient), revision);
  }

  private Reason basis(Request request, Purpose purpose, SubjectProfile profile, ConsentState state, List<Reason> denials) {
    LegalBasis basis = purpose.legalBasis();
    Instant at = request.at();
    switch (basis) {
      case CONSENT -> {
        if (state.registration().isEmpty()) {
          denials.add(new Reason(ReasonCode.NO_POLICY_ACCEPTANCE, acceptanceClauses.isEmpty() ? purpose.clauses() : acceptanceClauses,
              "no acceptance of the policy at registration (through the CAF) is recorded"));
        }
        if (profile != null && profile.birthDate() == null) {
          denials.add(new Reason(ReasonCode.AGE_UNKNOWN, policy.minors().clauses(),
              "the subject's birth date is unknown, so it cannot be told whether a guardian must consent"));
        }
        ConsentStatus status = state.consent(purpose.id());
        switch (status.kind()) {
          case NONE -> {
            if (status.ignoredGrant() != null) {
              ConsentEvent g = status.ignoredGrant();
              denials.add(new Reason(ReasonCode.CONSENT_BY_WRONG_PARTY, policy.minors().clauses(),
                  "consent given on " + day(g.effectiveAt()) + " by " + actor(g) + ", who could not give it then"));
            } else {
              denials.add(new Reason(ReasonCode.NO_CONSENT, purpose.clauses(), "no consent to purpose " + purpose.id() + " is recorded"));
            }
          }
          case WITHDRAWN -> {
            ConsentEvent w = status.decisive();
            denials.add(new Reason(ReasonCode.CONSENT_WITHDRAWN, purpose.clauses(),
                "consent withdrawn on " + day(w.effectiveAt()) + " by " + channel(w.evidence().channel())));
          }
          case EXPIRED -> denials.add(new Reason(ReasonCode.CONSENT_EXPIRED, purpose.clauses(),
              "consent given on " + day(status.decisive().effectiveAt()) + " expired on " + day(status.expiresAt())));
          case GRANTED -> {
            ConsentEvent g = status.decisive();
            if (policy.changes().widenedSince(g.policyVersion(), purpose.id())) {
              denials.add(new Reason(ReasonCode.RECONSENT_REQUIRED, policy.changes().clauses(),
                  "consent given under revision " + g.policyVersion() + "; purpose " + purpose.id() + " was widened since"));
            }
            if (purpose.has(PurposeTrait.THIRD_PARTY_MARKETING) && !announced(g, NoticeKind.THIRD_PARTY_MARKETING)) {
              denials.add(new Reason(ReasonCode.NOTICE_NOT_GIVEN, purpose.clauses(),
                  "the consent was collected by " + channel(g.evidence().channel()) + " without the third-party marketing notice"));
            }
            return new Reason(ReasonCode.CONSENT_IN_FORCE, purpose.clauses(),
                "consent given on " + day(g.effectiveAt()) + " by " + channel(g.evidence().channel()) + " (" + actor(g) + ")"
                    + (status.expiresAt() == null ? "" : ", valid until " + day(status.expiresAt())));
          }
          default -> throw new IllegalStateException("unknown consent status " + status.kind());
        }
        return null;
      }
      case CONTRACT -> {
        Contract contract = profile == null ? null : profile.contract();
        if (profile == null) {
          return null;
        }
        if (contract == null || at.isBefore(contract.start())) {
          denials.add(new Reason(ReasonCode.NO_CONTRACT, purpose.clauses(),
              contract == null ? "no contract with the subject is recorded" : "the contract starts on " + day(contract.start())));
          return null;
        }
        if (contract.inForceAt(at)) {
          return new Reason(ReasonCode.CONTRACT_IN_FORCE, purpose.clauses(), "contract in force since " + day(contract.start()));
        }
        if (purpose.has(PurposeTrait.SURVIVES_ACCOUNT_CLOSURE)) {
          return new Reason(ReasonCode.SURVIVES_CLOSURE, closureClauses.isEmpty() ? purpose.clauses() : closureClauses,
              "contract ended on " + day(contract.end()) + "; purpose " + purpose.id() + " survives it");
        }
        denials.add(new Reason(ReasonCode.CONTRACT_ENDED, purpose.clauses(), "contract ended on " + day(contract.end())));
        return null;
      }
      case LEGAL_OBLIGATION -> {
        return new Reason(ReasonCode.LEGAL_OBLIGATION, purpose.clauses(), "purpose " + purpose.id() + " is a legal obligation");
      }
      case LEGITIMATE_INTEREST -> {
        return new Reason(ReasonCode.LEGITIMATE_INTEREST, purpose.clauses(),
            "purpose " + purpose.id() + " rests on the operator's legitimate interest; no objection is raised");
      }
      default -> {
        return new Reason(ReasonCode.OTHER_BASIS, purpose.clauses(), "purpose " + purpose.id() + " rests on " + name(basis));
      }
    }
  }

  private void subjectState(Request request, Purpose purpose, SubjectProfile profile, List<Reason> denials) {
    Instant at = request.at();
    if (profile.erased()) {
      denials.add(new Reason(ReasonCode.SUBJECT_ERASED, closureClauses, "the subject's data was erased"));
    }
    if (profile.blocked() && !ALLOWED_WHEN_BLOCKED.contains(request.operation())) {
      denials.add(new Reason(ReasonCode.SUBJECT_BLOCKED, closureClauses,
          "processing is blocked; only storage, blocking and destruction are allowed"));
    }
    if (profile.restrictedPurposes().contains(purpose.id())) {
      denials.add(new Reason(ReasonCode.PURPOSE_RESTRICTED, purpose.clauses(), "the subject's data is restricted for purpose " + purpose.id()));
    }
    if (profile.accountClosedAt() != null && !at.isBefore(profile.accountClosedAt())
        && !purpose.has(PurposeTrait.SURVIVES_ACCOUNT_CLOSURE)) {
      denials.add(new Reason(ReasonCode.ACCOUNT_CLOSED, closureClauses,
          "account closed on " + day(profile.accountClosedAt()) + "; purpose " + purpose.id() + " does not survive closure"));
    }
    for (CategoryId c : request.categories()) {
      for (RetentionRule rule : policy.retentionFor(c)) {
        Instant trigger = switch (rule.trigger()) {
          case COLLECTION -> request.dataCollectedAt();
          case END_OF_CONTRACT -> profile.contract() != null && profile.contract().end() != null
              ? profile.contract().end() : profile.accountClosedAt();
          case LAST_ACTIVITY -> profile.lastActivity();
          case WITHDRAWAL, PURPOSE_FULFILLED -> null;
        };
        if (trigger == null) {
          continue;
        }
        Instant expires = trigger.atZone(ZoneOffset.UTC).plus(rule.period()).toInstant();
        if (at.isBefore(expires)) {
          continue;
        }
        // a hold extends the purpose only if the rule allows that hold, the purpose serves it and it is active
        boolean held = purpose.has(PurposeTrait.SURVIVES_ACCOUNT_CLOSURE)
            && heldFor(rule.holds(), purpose.holds(), profile.legalHolds());
        if (!held) {
          denials.add(new Reason(ReasonCode.RETENTION_EXPIRED, rule.clauses(),
              "retention rule " + rule.id() + " for category " + c + " ran out on " + day(expires)));
        }
      }
    }
  }

  private static boolean heldFor(Set<HoldReason> rule, Set<HoldReason> purpose, Set<HoldReason> active) {
    for (HoldReason r : active) {
      if (rule.contains(r) && purpose.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** @return why the condition does not hold, or {@code null} if it holds */
  private String unmet(Condition condition, Request request, Purpose purpose, SubjectProfile profile, ConsentState state) {
    return switch (condition) {
      case SIMILAR_GOODS_ONLY -> {
        if (request.productLine() == null) {
          yield "the request names no product line; marketing may only concern goods similar to earlier purchases or enquiries";
        }
        if (profile != null && !profile.productLines().contains(request.productLine())) {
          yield "product line '" + request.productLine() + "' is not in the subject's purchase or enquiry history";
        }
        yield null;
      }
      case OPEN_MONETARY_CLAIM -> profile != null && !profile.openMonetaryClaim()
          ? "the company has no open monetary claim against the subject" : null;
      case CREDIT_ASSESSMENT_REQUIRED -> profile != null && (profile.contract() == null || !profile.contract().creditAssessmentRequired())
          ? "the subject's contract does not require a credit assessment" : null;
      case POLICY_PURPOSE_ONLY -> purpose.clauses().stream().anyMatch(c -> c.section().value().equals("§2"))
          ? null : "purpose " + purpose.id() + " is not one of the purposes of §2";
      case REGISTRATION_ACCEPTED -> state.registration().isPresent()
          ? null : "the subject has not accepted the policy at registration";
      case LEGAL_DEMAND -> request.legalDemand() ? null : "no legal demand or regulator request backs the request";
    };
  }

  private boolean touchesNeverStored(CategoryId c) {
    for (CategoryId n : neverStored) {
      if (c.covers(n) || n.covers(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean provided(SubjectProfile profile, CategoryId c) {
    for (CategoryId p : profile.providedCategories()) {
      if (p.covers(c) || c.covers(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the form (named, or deduced from the CAF channel) that collected a grant carried {@code notice}. */
  private boolean announced(ConsentEvent grant, NoticeKind notice) {
    for (CollectionForm f : policy.forms()) {
      boolean used = grant.evidence().form() != null ? f.id().equals(grant.evidence().form()) : f.channel() == grant.evidence().channel();
      if (used && f.notices().contains(notice)) {
        return true;
      }
    }
    return false;
  }

  private List<Obligation> obligations(Request request, Purpose purpose, Recipient recipient) {
    List<Obligation> result = new ArrayList<>();
    if (recipient != null) {
      for (ObligationKind kind : recipient.obligations()) {
        result.add(new Obligation(kind, recipient.clauses(), detail(kind, recipient, purpose)));
      }
    }
    if (request.operation() == Operation.CROSS_BORDER_TRANSFER
        && (recipient == null || !recipient.obligations().contains(ObligationKind.LOG_CROSS_BORDER))) {
      result.add(new Obligation(ObligationKind.LOG_CROSS_BORDER, purpose.clauses(),
          "log the destination country, recipient, purpose and categories"));
    }
    return result;
  }

  private static String detail(ObligationKind kind, Recipient recipient, Purpose purpose) {
    return switch (kind) {
      case AGGREGATES_ONLY -> "release aggregate figures only, never rows about individuals";
      case SUPPRESS_SMALL_GROUPS -> "suppress groups smaller than "
          + recipient.aggregationTerms().map(a -> a.minimumGroupSize()).orElse(2) + " subjects";
      case ENCRYPT_IN_TRANSIT -> "encrypt files of personal data sent over a public network";
      case RECORD_DISCLOSURE -> "record the disclosure to " + recipient.id() + " with its ground: " + name(purpose.legalBasis())
          + " (" + purpose.id() + ")";
      case LOG_CROSS_BORDER -> "log the destination country, recipient, purpose and categories";
      case NOTIFY_SUBJECT -> "notify the subject of the transfer to " + recipient.id();
      case RETURN_AND_DESTROY_ON_END -> "return and destroy the data when the relationship ends";
    };
  }

  /**
   * Decides whether cookies of a category may be set for a holder (§8, R32, R33): essential cookies
   * always; others unless refused, and, if consent-based, only when allowed.
   *
   * @param holder the subject or browser id
   * @param cookie the cookie category
   * @param state the holder's state, with the cookie choices of linked identities
   * @return the decision
   */
  public CookieDecision decideCookie(Holder holder, CookieCategory cookie, ConsentState state) {
    LegalBasis basis = cookie.legalBasis();
    Instant at = state.at();
    if (cookie.kind() == CookieKind.ESSENTIAL) {
      return new CookieDecision(holder, cookie.id(), at, true, basis, List.of(new Reason(ReasonCode.ESSENTIAL_COOKIES,
          cookie.clauses(), "cookie category " + cookie.id() + " is essential")), revision);
    }
    var refused = state.cookieRefused(cookie.id());
    if (refused.isPresent()) {
      return new CookieDecision(holder, cookie.id(), at, false, basis, List.of(new Reason(ReasonCode.COOKIE_REFUSED,
          cookie.clauses(), "cookie category " + cookie.id() + " refused on " + day(refused.get().effectiveAt()) + " by "
              + channel(refused.get().evidence().channel()))), revision);
    }
    var allowed = state.cookieAllowed(cookie.id());
    if (basis.consentBased() && allowed.isEmpty()) {
      return new CookieDecision(holder, cookie.id(), at, false, basis, List.of(new Reason(ReasonCode.NO_CONSENT,
          cookie.clauses(), "cookie category " + cookie.id() + " needs consent and none is recorded")), revision);
    }
    return new CookieDecision(holder, cookie.id(), at, true, basis, List.of(new Reason(ReasonCode.COOKIES_ALLOWED,
        cookie.clauses(), allowed.map(a -> "cookie category " + cookie.id() + " allowed on " + day(a.effectiveAt()))
            .orElse("cookie category " + cookie.id() + " is not refused; refusal is possible in the browser"))), revision);
  }

  /** @return the instant's UTC date, ISO format */
  public static String day(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String actor(ConsentEvent e) {
    return switch (e.evidence().actor()) {
      case SUBJECT -> "the subject";
      case GUARDIAN -> "the guardian";
      case OPERATOR_AGENT -> "an operator agent";
    };
  }

  /** @return a channel as words, e.g. {@code e-mail} */
  public static String channel(Channel channel) {
    return switch (channel) {
      case CAF_PAPER -> "CAF on paper";
      case CAF_WEB -> "CAF on the web";
      case WEBSITE_FORM -> "website form";
      case ACCOUNT_SETTINGS -> "account settings";
      case EMAIL -> "e-mail";
      case PHONE -> "phone";
      case WRITTEN -> "letter";
      case WEBSITE -> "website";
      case PREMISES -> "premises";
      case BROWSER_SETTINGS -> "browser settings";
      case BULK_IMPORT -> "bulk import";
    };
  }

  private static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
