package com.oriflame.privacy.testing;

import com.oriflame.privacy.policy.AggregationTerms;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ChangeRule;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Clause;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.CollectionForm;
import com.oriflame.privacy.policy.Condition;
import com.oriflame.privacy.policy.ConsentTerms;
import com.oriflame.privacy.policy.ConsultantDuty;
import com.oriflame.privacy.policy.Controller;
import com.oriflame.privacy.policy.CookieCategory;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.CookieKind;
import com.oriflame.privacy.policy.CrossBorderTransfer;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.DataOrigin;
import com.oriflame.privacy.policy.Deadline;
import com.oriflame.privacy.policy.DeadlineUnit;
import com.oriflame.privacy.policy.DutyId;
import com.oriflame.privacy.policy.DutyTrigger;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Law;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.MinorsRule;
import com.oriflame.privacy.policy.NoticeKind;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyChange;
import com.oriflame.privacy.policy.ProcessingMode;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.PurposeTrait;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RecipientKind;
import com.oriflame.privacy.policy.RetentionAction;
import com.oriflame.privacy.policy.RetentionRule;
import com.oriflame.privacy.policy.RetentionRuleId;
import com.oriflame.privacy.policy.RetentionTrigger;
import com.oriflame.privacy.policy.RightKind;
import com.oriflame.privacy.policy.SubjectRight;
import com.oriflame.privacy.policy.TransferId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Small, hand-built policies for tests: {@link #minimal()} lints without a single finding, so a
 * test can break exactly one rule and expect exactly one finding. Shipped in the core's test-jar.
 */
public final class PolicyFixtures {
  private PolicyFixtures() {}

  /** @return labels with all three languages, derived from {@code en} */
  public static Labels labels(String en) {
    return Labels.of("ky: " + en, "ru: " + en, en);
  }

  /** @return the clause references */
  public static List<ClauseRef> refs(String... refs) {
    List<ClauseRef> list = new ArrayList<>();
    for (String r : refs) {
      list.add(ClauseRef.of(r));
    }
    return list;
  }

  /** @return a category with all labels, citing §1 */
  public static DataCategory category(String id, DataOrigin origin) {
    return new DataCategory(CategoryId.of(id), labels(id), refs("§1"), origin, Set.of(), Set.of());
  }

  /** @return a purpose with the given basis, consent terms when consent-based, citing §2 */
  public static Purpose purpose(String id, LegalBasis basis, Set<CategoryId> categories, Set<PurposeTrait> traits) {
    Purpose.Builder purpose = Purpose.builder(id).labels(labels(id)).clauses(refs("§2")).legalBasis(basis)
        .categories(categories).operations(Set.of(Operation.COLLECTION, Operation.STORAGE, Operation.USE))
        .modes(Set.of(ProcessingMode.AUTOMATED)).traits(traits).retention(RetentionRuleId.of("retention.all"));
    if (basis == LegalBasis.CONSENT) {
      purpose.consent(new ConsentTerms(
          Optional.empty(), Set.of(Channel.WEBSITE_FORM), Set.of(Channel.EMAIL, Channel.ACCOUNT_SETTINGS), false));
    }
    return purpose.build();
  }

  /** @return a recipient of the given kind and form, with aggregation terms when aggregate-only */
  public static Recipient recipient(String id, RecipientKind kind, DataForm form) {
    Recipient.Builder recipient = Recipient.builder(id).labels(labels(id)).clauses(refs("§3")).kind(kind).dataForm(form)
        .obligations(Set.of(ObligationKind.RECORD_DISCLOSURE));
    if (kind == RecipientKind.CREDIT_AGENCY) {
      recipient.conditions(Set.of(Condition.CREDIT_ASSESSMENT_REQUIRED));
    }
    if (form == DataForm.AGGREGATE_ONLY) {
      recipient.aggregation(new AggregationTerms(10, true));
    }
    return recipient.build();
  }

  /** @return an essential, performance, functional and advertising cookie category each */
  public static List<CookieCategory> cookies(PurposeId purpose) {
    List<CookieCategory> cookies = new ArrayList<>();
    for (CookieKind kind : CookieKind.values()) {
      String id = "cookie." + kind.name().toLowerCase().replace('_', '-');
      cookies.add(new CookieCategory(
          CookieCategoryId.of(id), labels(id), refs("§8"), kind, LegalBasis.LEGITIMATE_INTEREST,
          kind == CookieKind.BEHAVIOURAL_ADVERTISING, Set.of(purpose), Set.of(), Set.of(Channel.BROWSER_SETTINGS),
          labels("effect of refusing " + id)));
    }
    return cookies;
  }

  /**
   * A small policy that exercises every kind of element and lints without any finding: two
   * category trees, a contract purpose, a consent-based marketing purpose with its objection, a
   * collection form with the marketing notice and tick box, an advertising recipient receiving
   * aggregates, a retention rule, the four cookie kinds, a transfer, rights and a duty.
   *
   * @return the policy
   */
  public static Policy minimal() {
    CategoryId email = CategoryId.of("contact.email");
    Purpose contract = purpose("contract.performance", LegalBasis.CONTRACT,
        Set.of(CategoryId.of("identity"), email), Set.of());
    Purpose marketing = purpose("marketing.email", LegalBasis.CONSENT, Set.of(email),
        EnumSet.of(PurposeTrait.MARKETING, PurposeTrait.ELECTRONIC_MARKETING));
    Recipient partner = Recipient.builder("partners.carriers").labels(labels("carriers")).clauses(refs("§3"))
        .kind(RecipientKind.BUSINESS_PARTNER).dataForm(DataForm.IDENTIFIED).processor(true).mayBeAbroad(true)
        .obligations(Set.of(ObligationKind.RECORD_DISCLOSURE)).build();
    contract = contract.toBuilder().recipients(Set.of(partner.id())).build();
    return Policy.builder()
        .id("test.minimal")
        .version("1")
        .effectiveDate(LocalDate.of(2020, 1, 1))
        .title(labels("Minimal test policy"))
        .controller(new Controller(labels("Test Operator LLC"), "Bishkek", "KG"))
        .jurisdiction("KG")
        .law(new Law(labels("On information of a personal nature"), "58", LocalDate.of(2008, 4, 14)))
        .registerNumber("TEST-0001")
        .clauses(List.of(
            new Clause(ClauseRef.of("§1"), labels("Data")),
            new Clause(ClauseRef.of("§2"), labels("Uses")),
            new Clause(ClauseRef.of("§3"), labels("Disclosure")),
            new Clause(ClauseRef.of("§4"), labels("Storage")),
            new Clause(ClauseRef.of("§6"), labels("Rights")),
            new Clause(ClauseRef.of("§7"), labels("Duties")),
            new Clause(ClauseRef.of("§8"), labels("Cookies")),
            new Clause(ClauseRef.of("§9"), labels("Changes"))))
        .categories(List.of(
            category("identity", DataOrigin.SUBJECT),
            category("identity.full-name", DataOrigin.SUBJECT),
            category("contact", DataOrigin.SUBJECT),
            category("contact.email", DataOrigin.SUBJECT),
            category("guardian", DataOrigin.SUBJECT),
            category("guardian.full-name", DataOrigin.SUBJECT)))
        .purposes(List.of(contract, marketing))
        .recipients(List.of(partner, recipient("advertising", RecipientKind.ADVERTISING, DataForm.AGGREGATE_ONLY)))
        .objections(List.of(new Objection(
            ObjectionId.of("objection.marketing"), labels("marketing objection"), refs("§6"),
            Set.of(Channel.EMAIL, Channel.PHONE), Set.of(marketing.id()), Set.of())))
        .forms(List.of(new CollectionForm(
            FormId.of("form.signup"), labels("sign-up form"), refs("§6"), Channel.WEBSITE_FORM,
            Set.of(contract.id(), marketing.id()), Set.of(email),
            Set.of(NoticeKind.POLICY_ACCEPTANCE, NoticeKind.MARKETING_USE),
            Set.of(ObjectionId.of("objection.marketing")), true)))
        .retentionRules(List.of(new RetentionRule(
            RetentionRuleId.of("retention.all"), labels("everything"), refs("§4"),
            Set.of(CategoryId.of("identity"), CategoryId.of("contact"), CategoryId.of("guardian")),
            Period.ofYears(3), RetentionTrigger.END_OF_CONTRACT, RetentionAction.DELETE,
            Set.of(HoldReason.LEGAL_COMPLIANCE), true)))
        .cookieCategories(cookies(contract.id()))
        .transfers(List.of(new CrossBorderTransfer(
            TransferId.of("transfer.delivery"), labels("delivery abroad"), refs("§4"), Set.of(contract.id()),
            Set.of(partner.id()), Set.of(email), Set.of("KZ"), LegalBasis.CONSENT, false)))
        .rights(List.of(new SubjectRight(
            RightKind.ACCESS, labels("access"), refs("§6"), Set.of(Channel.EMAIL),
            Optional.of(new Deadline(7, DeadlineUnit.CALENDAR_DAYS, false)), true)))
        .duties(List.of(new ConsultantDuty(
            DutyId.of("duty.return"), labels("return data"), refs("§7"), DutyTrigger.DEREGISTRATION,
            Optional.of(new Deadline(1, DeadlineUnit.CALENDAR_DAYS, true)))))
        .changes(new ChangeRule(refs("§9"), Set.of(Channel.WEBSITE), true, true, List.of(new PolicyChange("1", LocalDate.of(2020, 1, 1), Set.of(), labels("first revision")))))
        .minors(new MinorsRule(18, CategoryId.of("guardian.full-name"), refs("§1"), true))
        .build();
  }
}
