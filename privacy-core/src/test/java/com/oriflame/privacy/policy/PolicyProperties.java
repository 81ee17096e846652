package com.oriflame.privacy.policy;

import static com.oriflame.privacy.policy.PolicyLinterTest.plus;
import static com.oriflame.privacy.testing.PolicyFixtures.labels;
import static com.oriflame.privacy.testing.PolicyFixtures.refs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.testing.PolicyFixtures;
import com.oriflame.privacy.testing.PrivacyArbitraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of policy files and the linter, over generated valid policies. */
class PolicyProperties {

  @Provide
  Arbitrary<Policy> policies() {
    return PrivacyArbitraries.validPolicies();
  }

  @Property(tries = 200)
  @Label("generated valid policies lint without any finding")
  void validPoliciesAreClean(@ForAll("policies") Policy policy) {
    assertEquals(List.of(), PolicyLinter.lint(policy).findings());
  }

  @Property(tries = 200)
  @Label("write then read is the identity, and writing is deterministic")
  void writeReadRoundTrip(@ForAll("policies") Policy policy) {
    String json = PolicyWriter.writeString(policy);
    Policy read = PolicyReader.readString(json, "generated.json");
    assertEquals(policy, read);
    assertEquals(json, PolicyWriter.writeString(read));
  }

  /** A defect injected into a valid policy, and the lint code that must report it. */
  enum Defect {
    DUPLICATE_CATEGORY(LintCode.DUPLICATE_ID,
        p -> p.toBuilder().categories(plus(p.categories(), p.categories().list().get(0))).build()),
    DUPLICATE_PURPOSE(LintCode.DUPLICATE_ID,
        p -> p.toBuilder().purposes(plus(p.purposes(), p.purposes().list().get(0))).build()),
    UNKNOWN_CATEGORY_IN_PURPOSE(LintCode.DANGLING_CATEGORY,
        p -> first(p, x -> x.toBuilder().categories(plus(x.categories(), CategoryId.of("zz-undefined.x"))).build())),
    UNKNOWN_RECIPIENT_IN_PURPOSE(LintCode.DANGLING_RECIPIENT,
        p -> first(p, x -> x.toBuilder().recipients(plus(x.recipients(), RecipientId.of("zz-undefined"))).build())),
    UNKNOWN_PURPOSE_IN_OBJECTION(LintCode.DANGLING_PURPOSE,
        p -> p.toBuilder().objections(plus(p.objections(), new Objection(ObjectionId.of("objection.zz"), labels("zz"),
            refs("§6.1"), Set.of(Channel.EMAIL), Set.of(PurposeId.of("zz-undefined")), Set.of()))).build()),
    UNKNOWN_CLAUSE(LintCode.DANGLING_CLAUSE,
        p -> first(p, x -> x.toBuilder().clauses(refs("§10")).build())),
    NO_CLAUSE(LintCode.MISSING_CLAUSE,
        p -> first(p, x -> x.toBuilder().clauses(List.of()).build())),
    ORPHAN(LintCode.ORPHAN_CATEGORY,
        p -> p.toBuilder().categories(plus(p.categories(), PolicyFixtures.category("zz-orphan.child", DataOrigin.SUBJECT))).build()),
    NO_LEGAL_BASIS(LintCode.MISSING_LEGAL_BASIS,
        p -> first(p, PolicyLinterTest::withoutLegalBasis)),
    CONSENT_WITHOUT_TERMS(LintCode.CONSENT_TERMS_MISSING,
        p -> first(p, x -> x.toBuilder().legalBasis(LegalBasis.CONSENT).consent(Optional.empty()).build())),
    CONSENT_NOT_WITHDRAWABLE(LintCode.CONSENT_WITHOUT_WITHDRAWAL_CHANNEL,
        p -> first(p, x -> x.toBuilder().legalBasis(LegalBasis.CONSENT)
            .consent(new ConsentTerms(Optional.empty(), Set.of(Channel.CAF_PAPER), Set.of(), true)).build())),
    NO_RETENTION(LintCode.CATEGORY_WITHOUT_RETENTION, p -> p.toBuilder().retentionRules(List.of()).build()),
    ADVERTISER_GETS_INDIVIDUALS(LintCode.ADVERTISING_NOT_AGGREGATE,
        p -> p.toBuilder().recipients(plus(p.recipients(), PolicyFixtures.recipient("zz-ads", RecipientKind.ADVERTISING, DataForm.PSEUDONYMISED))).build()),
    ESSENTIAL_COOKIES_BY_CONSENT(LintCode.ESSENTIAL_COOKIE_CONSENT,
        p -> p.toBuilder().cookieCategories(p.cookieCategories().stream().map(c -> c.kind() != CookieKind.ESSENTIAL ? c
            : new CookieCategory(c.id(), c.labels(), c.clauses(), c.kind(), LegalBasis.CONSENT, c.thirdParty(),
                c.purposes(), c.categories(), c.refusalChannels(), c.refusalEffect())).toList()).build()),
    LABEL_MISSING(LintCode.MISSING_LABEL,
        p -> first(p, x -> x.toBuilder().labels(Labels.of(null, "ru", "en")).build())),
    MARKETING_WITHOUT_OBJECTION(LintCode.MARKETING_NOT_OBJECTABLE,
        p -> p.toBuilder().purposes(plus(p.purposes(), PolicyFixtures.purpose("zz.marketing", LegalBasis.LEGITIMATE_INTEREST,
            Set.of(p.categories().list().get(0).id()), Set.of(PurposeTrait.MARKETING)))).build()),
    OBJECTION_AGAINST_LEGAL_DUTY(LintCode.OBJECTION_BLOCKS_LEGAL_OBLIGATION,
        p -> {
          Purpose duty = PolicyFixtures.purpose("zz.duty", LegalBasis.LEGAL_OBLIGATION, Set.of(p.categories().list().get(0).id()), Set.of());
          return p.toBuilder().purposes(plus(p.purposes(), duty))
              .objections(plus(p.objections(), new Objection(ObjectionId.of("objection.zz"), labels("zz"), refs("§6.1"),
                  Set.of(Channel.EMAIL), Set.of(duty.id()), Set.of()))).build();
        }),
    FORM_WITHOUT_MARKETING_NOTICE(LintCode.FORM_MISSING_NOTICE,
        p -> {
          Purpose m = PolicyFixtures.purpose("zz.marketing", LegalBasis.LEGITIMATE_INTEREST, Set.of(p.categories().list().get(0).id()), Set.of(PurposeTrait.MARKETING));
          ObjectionId o = ObjectionId.of("objection.zz");
          return p.toBuilder().purposes(plus(p.purposes(), m))
              .objections(plus(p.objections(), new Objection(o, labels("zz"), refs("§6.1"), Set.of(Channel.EMAIL), Set.of(m.id()), Set.of())))
              .forms(plus(p.forms(), new CollectionForm(FormId.of("form.zz"), labels("zz"), refs("§6.1"), Channel.CAF_WEB,
                  Set.of(m.id()), Set.of(p.categories().list().get(0).id()), Set.of(), Set.of(o), true))).build();
        }),
    STORES_PAYMENT_DATA(LintCode.NEVER_STORED_CATEGORY_STORED,
        p -> {
          DataCategory pay = new DataCategory(CategoryId.of("zz-payment"), labels("pay"), refs("§4"), DataOrigin.SUBJECT, Set.of(), Set.of(CategoryTrait.NEVER_STORED));
          Purpose store = PolicyFixtures.purpose("zz.store", LegalBasis.CONTRACT, Set.of(pay.id()), Set.of());
          return p.toBuilder().categories(plus(p.categories(), pay)).purposes(plus(p.purposes(), store)).build();
        }),
    NOT_REGISTERED(LintCode.REGISTER_NUMBER_MISSING, p -> p.toBuilder().registerNumber(Optional.empty()).build()),
    COOKIE_KIND_DROPPED(LintCode.COOKIE_KINDS_INCOMPLETE,
        p -> p.toBuilder().cookieCategories(p.cookieCategories().list().subList(1, p.cookieCategories().size())).build());

    final LintCode expected;
    final UnaryOperator<Policy> inject;

    Defect(LintCode expected, UnaryOperator<Policy> inject) {
      this.expected = expected;
      this.inject = inject;
    }
  }

  @Property(tries = 300)
  @Label("the linter finds a defect injected into any valid policy")
  void linterFindsInjectedDefect(@ForAll("policies") Policy policy, @ForAll Defect defect) {
    LintReport report = PolicyLinter.lint(defect.inject.apply(policy));
    assertTrue(report.codes().contains(defect.expected), () -> defect + " not found in " + report);
  }

  @Provide
  Arbitrary<Defect> defects() {
    return Arbitraries.of(Defect.class);
  }

  private static Policy first(Policy p, UnaryOperator<Purpose> change) {
    List<Purpose> purposes = new ArrayList<>(p.purposes().list());
    purposes.set(0, change.apply(purposes.get(0)));
    return p.toBuilder().purposes(purposes).build();
  }

}
