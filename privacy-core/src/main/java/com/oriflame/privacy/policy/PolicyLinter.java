package com.oriflame.privacy.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds every semantic problem of a {@link Policy} at once: duplicate ids, dangling references,
 * purposes without a legal basis, consent that cannot be withdrawn, categories no retention rule
 * covers, advertising recipients that are not restricted to aggregates, consent-based essential
 * cookies, missing labels, collection forms without the notices and tick boxes §6.1 requires,
 * purposes without categories, periods longer than 200 years, dates outside the years 1900 to 9999,
 * and more; see {@link LintCode}. Stateless and thread-safe.
 *
 * <p>Stability: stable.
 */
public final class PolicyLinter {
  /** The longest period a policy may state: 200 years ({@link LintCode#PERIOD_TOO_LONG}). */
  static final int MAX_PERIOD_YEARS = 200;
  /** 200 years in days, at the Gregorian average of 365.2425 days a year, rounded down. */
  static final int MAX_PERIOD_DAYS = 73_048;
  /** The earliest date a policy may state ({@link LintCode#DATE_OUT_OF_RANGE}). */
  static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
  /** The latest date a policy may state. */
  static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  private PolicyLinter() {}

  /**
   * @param policy the policy to check
   * @return all findings, errors first; empty when the policy is clean
   */
  public static LintReport lint(Policy policy) {
    return new Run(policy).run();
  }

  private static final class Run {
    private final Policy policy;
    private final List<LintFinding> findings = new ArrayList<>();
    private final Set<CategoryId> categoryIds = new HashSet<>();
    private final Set<PurposeId> purposeIds = new HashSet<>();
    private final Set<RecipientId> recipientIds = new HashSet<>();
    private final Set<ObjectionId> objectionIds = new HashSet<>();
    private final Set<RetentionRuleId> retentionIds = new HashSet<>();
    private final Set<ClauseRef> clauseRefs = new HashSet<>();

    Run(Policy policy) {
      this.policy = policy;
    }

    LintReport run() {
      collectIds();
      clauses();
      categories();
      purposes();
      recipients();
      objections();
      forms();
      retention();
      cookies();
      transfers();
      rightsAndDuties();
      policyLevel();
      findings.sort(
          Comparator.comparing(LintFinding::severity)
              .thenComparing(LintFinding::code)
              .thenComparing(LintFinding::elementId));
      return new LintReport(findings);
    }

    private void add(LintCode code, String element, String message) {
      findings.add(new LintFinding(code, code.severity(), element, message, code.hint()));
    }

    private void collectIds() {
      unique(policy.clauses(), Clause::ref, clauseRefs);
      unique(policy.categories(), DataCategory::id, categoryIds);
      unique(policy.purposes(), Purpose::id, purposeIds);
      unique(policy.recipients(), Recipient::id, recipientIds);
      unique(policy.objections(), Objection::id, objectionIds);
      unique(policy.forms(), CollectionForm::id, new HashSet<>());
      unique(policy.retentionRules(), RetentionRule::id, retentionIds);
      unique(policy.cookieCategories(), CookieCategory::id, new HashSet<>());
      unique(policy.transfers(), CrossBorderTransfer::id, new HashSet<>());
      unique(policy.rights(), SubjectRight::kind, new HashSet<>());
      unique(policy.duties(), ConsultantDuty::id, new HashSet<>());
    }

    private <T, K> void unique(Catalog<K, T> elements, Function<T, K> key, Set<K> seen) {
      String kind = elements.kind();
      for (T element : elements) {
        K k = key.apply(element);
        if (!seen.add(k)) {
          add(LintCode.DUPLICATE_ID, kind + " " + k, "the " + kind + " '" + k + "' is defined more than once");
        }
      }
    }

    // ---- shared checks ----------------------------------------------------------------------

    private void labels(String element, Labels labels, String what) {
      Set<Language> missing = labels.missing();
      if (!missing.isEmpty()) {
        List<String> tags = missing.stream().map(Language::tag).toList();
        add(LintCode.MISSING_LABEL, element, what + " has no label in " + String.join(", ", tags));
      }
    }

    private void cites(String element, List<ClauseRef> refs) {
      if (refs.isEmpty()) {
        add(LintCode.MISSING_CLAUSE, element, "cites no clause of the policy");
      }
      for (ClauseRef ref : refs) {
        if (!clauseRefs.contains(ref) && !clauseRefs.contains(ref.section())) {
          add(LintCode.DANGLING_CLAUSE, element, "cites clause '" + ref + "', which the policy does not define");
        }
      }
    }

    private void element(String element, Labels labels, List<ClauseRef> refs) {
      labels(element, labels, "it");
      cites(element, refs);
    }

    private void categoryRefs(String element, Set<CategoryId> refs) {
      for (CategoryId c : refs) {
        if (!categoryIds.contains(c)) {
          add(LintCode.DANGLING_CATEGORY, element, "refers to category '" + c + "', which the policy does not define");
        }
      }
    }

    private void purposeRefs(String element, Set<PurposeId> refs) {
      for (PurposeId p : refs) {
        if (!purposeIds.contains(p)) {
          add(LintCode.DANGLING_PURPOSE, element, "refers to purpose '" + p + "', which the policy does not define");
        }
      }
    }

    private void recipientRefs(String element, Set<RecipientId> refs) {
      for (RecipientId r : refs) {
        if (!recipientIds.contains(r)) {
          add(LintCode.DANGLING_RECIPIENT, element, "refers to recipient '" + r + "', which the policy does not define");
        }
      }
    }

    /** Periods longer than 200 years; a period's components are never negative once read. */
    private void period(String element, String what, Period period) {
      // months and days at their Gregorian averages: 146097 days in 4800 months
      long scaled = period.toTotalMonths() * 146_097L + period.getDays() * 4_800L;
      if (scaled > MAX_PERIOD_YEARS * 12L * 146_097L) {
        add(LintCode.PERIOD_TOO_LONG, element, what + " " + period + " is longer than " + MAX_PERIOD_YEARS + " years");
      }
    }

    private void deadline(String element, Deadline deadline) {
      if (deadline.amount() > MAX_PERIOD_DAYS) {
        add(LintCode.PERIOD_TOO_LONG, element,
            "its deadline of " + deadline.amount() + " days is longer than " + MAX_PERIOD_YEARS + " years");
      }
    }

    private void date(String element, String what, LocalDate date) {
      if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
        add(LintCode.DATE_OUT_OF_RANGE, element, what + " " + date + " is outside the years 1900 to 9999");
      }
    }

    // ---- per kind ---------------------------------------------------------------------------

    private void clauses() {
      for (Clause c : policy.clauses()) {
        labels("clause " + c.ref(), c.title(), "its title");
      }
    }

    private void categories() {
      for (DataCategory c : policy.categories()) {
        String element = "category " + c.id();
        element(element, c.labels(), c.clauses());
        c.id().parent().ifPresent(parent -> {
          if (!categoryIds.contains(parent)) {
            add(LintCode.ORPHAN_CATEGORY, element, "its parent category '" + parent + "' is not defined");
          }
        });
      }
    }

    private void purposes() {
      Set<CategoryId> neverStored = new HashSet<>();
      Set<CategoryId> publishable = new HashSet<>();
      Set<CategoryId> credentials = new HashSet<>();
      Set<CategoryId> electronicContact = new HashSet<>();
      for (DataCategory c : policy.categories()) {
        if (c.has(CategoryTrait.NEVER_STORED)) {
          neverStored.add(c.id());
        }
        if (c.has(CategoryTrait.PUBLIC_UNDER_AGREEMENT)) {
          publishable.add(c.id());
        }
        if (c.has(CategoryTrait.CREDENTIAL)) {
          credentials.add(c.id());
        }
        if (c.has(CategoryTrait.ELECTRONIC_CONTACT)) {
          electronicContact.add(c.id());
        }
      }
      for (Purpose p : policy.purposes()) {
        String element = "purpose " + p.id();
        element(element, p.labels(), p.clauses());
        categoryRefs(element, p.categories());
        recipientRefs(element, p.recipients());
        p.retention().filter(r -> !retentionIds.contains(r)).ifPresent(r -> add(LintCode.DANGLING_RETENTION_RULE, element,
            "refers to retention rule '" + r + "', which the policy does not define"));
        if (p.modes().isEmpty()) {
          add(LintCode.PROCESSING_MODE_MISSING, element, "allows no processing mode");
        }
        if (p.categories().isEmpty()) {
          add(LintCode.PURPOSE_WITHOUT_CATEGORIES, element, "names no data category");
        }
        p.consent().flatMap(ConsentTerms::validity).ifPresent(v -> period(element, "its consent validity", v));
        LegalBasis basis = p.legalBasis();
        if (basis == null) {
          add(LintCode.MISSING_LEGAL_BASIS, element, "has no legal basis");
        } else if (basis.consentBased()) {
          if (p.consent().isEmpty()) {
            add(LintCode.CONSENT_TERMS_MISSING, element, "is consent-based but says nothing about how consent is given or withdrawn");
          } else if (p.consent().get().withdrawalChannels().isEmpty()) {
            add(LintCode.CONSENT_WITHOUT_WITHDRAWAL_CHANNEL, element, "is consent-based but names no channel to withdraw consent");
          }
        } else if (p.consent().isPresent()) {
          add(LintCode.CONSENT_TERMS_WITHOUT_CONSENT_BASIS, element, "has consent terms but its basis is " + basis);
        }
        if (basis != null && basis != LegalBasis.CONSENT) {
          if (p.has(PurposeTrait.ELECTRONIC_MARKETING)) {
            add(LintCode.ELECTRONIC_MARKETING_WITHOUT_CONSENT, element, "sends e-mail/SMS marketing on the basis " + basis);
          } else if (marketingType(p) && reachesByMessaging(p, electronicContact)) {
            add(LintCode.ELECTRONIC_MARKETING_WITHOUT_CONSENT, element,
                "is marketing that gives e-mail addresses or phone numbers to messaging providers on the basis " + basis);
          }
        }
        if (p.has(PurposeTrait.MARKETING) && policy.objectionsAgainst(p.id()).isEmpty()) {
          add(LintCode.MARKETING_NOT_OBJECTABLE, element, "is marketing but no objection covers it");
        }
        if (p.operations().stream().anyMatch(Operation::writes)) {
          for (CategoryId used : p.categories()) {
            for (CategoryId never : neverStored) {
              if (used.covers(never) || never.covers(used)) {
                add(LintCode.NEVER_STORED_CATEGORY_STORED, element,
                    "writes category '" + used + "', which includes never-stored '" + never + "'");
              }
            }
          }
        }
        if (p.operations().stream().anyMatch(Operation::discloses) || !p.recipients().isEmpty()) {
          for (CategoryId used : p.categories()) {
            for (CategoryId credential : credentials) {
              if (used.covers(credential) || credential.covers(used)) {
                add(LintCode.CREDENTIAL_DISCLOSED, element,
                    "may disclose category '" + used + "', which includes credential '" + credential + "'");
              }
            }
          }
        }
        if (!p.has(PurposeTrait.BUSINESS_TRANSFER)) {
          for (RecipientId r : p.recipients()) {
            if (recipientIds.contains(r) && policy.recipient(r).kind() == RecipientKind.BUSINESS_BUYER) {
              add(LintCode.BUSINESS_BUYER_OUTSIDE_TRANSFER, element,
                  "gives data to business buyer '" + r + "' without being a business-transfer purpose");
            }
          }
        }
        if (p.has(PurposeTrait.SURVIVES_ACCOUNT_CLOSURE) && p.holds().isEmpty()) {
          add(LintCode.SURVIVING_PURPOSE_WITHOUT_HOLD, element, "survives account closure but names no legal-hold reason");
        }
        if (p.has(PurposeTrait.PUBLICATION)) {
          if (basis != null && basis != LegalBasis.CONSENT) {
            add(LintCode.PUBLICATION_WITHOUT_CONSENT, element, "publishes data on the basis " + basis);
          }
          for (CategoryId used : p.categories()) {
            if (!publishable.contains(used)) {
              add(LintCode.PUBLICATION_BEYOND_AGREEMENT, element,
                  "publishes category '" + used + "', which is not public under the Purchase-Sale Agreement");
            }
          }
        }
      }
    }

    /** Marketing-type purposes: marketing and surveys (§2(2), §2(14), §3.3). */
    private static boolean marketingType(Purpose p) {
      return p.has(PurposeTrait.MARKETING) || p.has(PurposeTrait.SURVEY) || p.has(PurposeTrait.ELECTRONIC_MARKETING);
    }

    /** Whether the purpose gives e-mail or phone categories to a messaging provider. */
    private boolean reachesByMessaging(Purpose p, Set<CategoryId> electronicContact) {
      boolean messaging = p.recipients().stream()
          .anyMatch(r -> recipientIds.contains(r) && policy.recipient(r).kind() == RecipientKind.MESSAGING_PROVIDER);
      return messaging && p.categories().stream()
          .anyMatch(used -> electronicContact.stream().anyMatch(e -> used.covers(e) || e.covers(used)));
    }

    private void recipients() {
      for (Recipient r : policy.recipients()) {
        String element = "recipient " + r.id();
        element(element, r.labels(), r.clauses());
        categoryRefs(element, r.categories());
        if (r.kind() == RecipientKind.ADVERTISING && r.dataForm() != DataForm.AGGREGATE_ONLY) {
          add(LintCode.ADVERTISING_NOT_AGGREGATE, element, "is an advertising recipient with data form " + r.dataForm());
        }
        if (r.dataForm() == DataForm.AGGREGATE_ONLY && r.aggregation().isEmpty()) {
          add(LintCode.AGGREGATION_TERMS_MISSING, element, "receives aggregates but sets no minimum group size");
        }
        if (r.kind() == RecipientKind.CREDIT_AGENCY && !r.conditions().contains(Condition.CREDIT_ASSESSMENT_REQUIRED)) {
          add(LintCode.CREDIT_AGENCY_UNCONDITIONAL, element, "is a credit agency without the credit-assessment condition");
        }
      }
    }

    private void objections() {
      for (Objection o : policy.objections()) {
        String element = "objection " + o.id();
        element(element, o.labels(), o.clauses());
        purposeRefs(element, o.purposes());
        recipientRefs(element, o.recipients());
        if (o.channels().isEmpty()) {
          add(LintCode.OBJECTION_WITHOUT_CHANNEL, element, "names no channel to raise it");
        }
        for (PurposeId id : o.purposes()) {
          for (Purpose p : policy.purposes()) {
            if (p.id().equals(id) && p.legalBasis() == LegalBasis.LEGAL_OBLIGATION) {
              add(LintCode.OBJECTION_BLOCKS_LEGAL_OBLIGATION, element, "would block legal-obligation purpose '" + id + "'");
            }
          }
        }
      }
    }

    private void forms() {
      for (CollectionForm f : policy.forms()) {
        String element = "form " + f.id();
        element(element, f.labels(), f.clauses());
        purposeRefs(element, f.purposes());
        categoryRefs(element, f.categories());
        for (ObjectionId box : f.optOutBoxes()) {
          if (!objectionIds.contains(box)) {
            add(LintCode.DANGLING_OBJECTION, element, "offers a tick box for objection '" + box + "', which the policy does not define");
          }
        }
        for (PurposeId id : f.purposes()) {
          if (!purposeIds.contains(id)) {
            continue;
          }
          Purpose p = policy.purpose(id);
          if (p.has(PurposeTrait.MARKETING) && !f.notices().contains(NoticeKind.MARKETING_USE)) {
            add(LintCode.FORM_MISSING_NOTICE, element, "collects for marketing purpose '" + id + "' without the marketing notice");
          }
          if (p.has(PurposeTrait.THIRD_PARTY_MARKETING) && !f.notices().contains(NoticeKind.THIRD_PARTY_MARKETING)) {
            add(LintCode.FORM_MISSING_NOTICE, element,
                "collects for third-party marketing purpose '" + id + "' without the third-party marketing notice");
          }
          if (p.has(PurposeTrait.MARKETING) || p.has(PurposeTrait.THIRD_PARTY_MARKETING)) {
            for (Objection o : policy.objectionsAgainst(id)) {
              if (!f.optOutBoxes().contains(o.id())) {
                add(LintCode.FORM_MISSING_OPT_OUT_BOX, element,
                    "collects for purpose '" + id + "' without the tick box for objection '" + o.id() + "'");
              }
            }
          }
        }
      }
    }

    private void retention() {
      for (RetentionRule r : policy.retentionRules()) {
        String element = "retention rule " + r.id();
        element(element, r.labels(), r.clauses());
        categoryRefs(element, r.categories());
        period(element, "its period", r.period());
        if (r.trigger() == RetentionTrigger.PURPOSE_FULFILLED) {
          add(LintCode.RETENTION_TRIGGER_UNSUPPORTED, element,
              "runs from 'purpose-fulfilled', a fact the decision engine is never given, so the rule could never apply");
        }
      }
      for (DataCategory c : policy.categories()) {
        if (c.has(CategoryTrait.NEVER_STORED) || policy.hasChildren(c.id())) {
          continue;
        }
        if (policy.retentionFor(c.id()).isEmpty()) {
          add(LintCode.CATEGORY_WITHOUT_RETENTION, "category " + c.id(), "no retention rule says how long it is kept");
        }
      }
    }

    private void cookies() {
      EnumSet<CookieKind> kinds = EnumSet.noneOf(CookieKind.class);
      for (CookieCategory c : policy.cookieCategories()) {
        String element = "cookie category " + c.id();
        element(element, c.labels(), c.clauses());
        purposeRefs(element, c.purposes());
        categoryRefs(element, c.categories());
        kinds.add(c.kind());
        if (c.kind() == CookieKind.ESSENTIAL && c.legalBasis().consentBased()) {
          add(LintCode.ESSENTIAL_COOKIE_CONSENT, element, "makes essential cookies consent-based");
        }
      }
      if (!kinds.containsAll(EnumSet.allOf(CookieKind.class))) {
        EnumSet<CookieKind> missing = EnumSet.complementOf(kinds);
        add(LintCode.COOKIE_KINDS_INCOMPLETE, "policy " + policy.id(), "defines no cookie category of kind " + missing);
      }
    }

    private void transfers() {
      for (CrossBorderTransfer t : policy.transfers()) {
        String element = "transfer " + t.id();
        element(element, t.labels(), t.clauses());
        purposeRefs(element, t.purposes());
        recipientRefs(element, t.recipients());
        categoryRefs(element, t.categories());
        if (t.countries().isEmpty()) {
          add(LintCode.TRANSFER_WITHOUT_COUNTRY, element, "names no destination country");
        }
        for (RecipientId id : t.recipients()) {
          if (recipientIds.contains(id) && !policy.recipient(id).mayBeAbroad()) {
            add(LintCode.TRANSFER_RECIPIENT_NOT_ABROAD, element, "sends data abroad to '" + id + "', which is not marked as possibly abroad");
          }
        }
      }
    }

    private void rightsAndDuties() {
      for (SubjectRight r : policy.rights()) {
        String element = "right " + PolicyJson.jsonName(r.kind());
        element(element, r.labels(), r.clauses());
        r.deadline().ifPresent(d -> deadline(element, d));
      }
      for (ConsultantDuty d : policy.duties()) {
        String element = "duty " + d.id();
        element(element, d.labels(), d.clauses());
        d.deadline().ifPresent(due -> deadline(element, due));
      }
    }

    private void policyLevel() {
      String element = "policy " + policy.id();
      labels(element, policy.title(), "its title");
      labels(element, policy.controller().name(), "the controller's name");
      labels(element, policy.law().title(), "the law's title");
      date(element, "its effective date", policy.effectiveDate());
      date(element, "the law's date", policy.law().date());
      cites("change rule", policy.changes().clauses());
      List<PolicyChange> history = policy.changes().history();
      for (PolicyChange change : history) {
        String revision = "revision " + PolicyJson.excerpt(change.version());
        purposeRefs(revision, change.widenedPurposes());
        labels(revision, change.summary(), "its summary");
        date(revision, "its publication date", change.published());
      }
      if (history.isEmpty() || !history.get(history.size() - 1).version().equals(policy.version())) {
        add(LintCode.REVISION_NOT_IN_HISTORY, element, "revision " + PolicyJson.excerpt(policy.version()) + " is not the last entry of the change history");
      }
      cites("minors rule", policy.minors().clauses());
      if (!categoryIds.contains(policy.minors().guardianCategory())) {
        add(LintCode.DANGLING_CATEGORY, "minors rule",
            "names guardian category '" + policy.minors().guardianCategory() + "', which the policy does not define");
      }
      if (policy.registerNumber().isEmpty()) {
        add(LintCode.REGISTER_NUMBER_MISSING, element, "has no number in the Register of holders of personal data arrays");
      }
    }
  }
}
