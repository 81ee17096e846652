package com.oriflame.privacy.decision;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.Condition;
import com.oriflame.privacy.policy.ElementId;
import com.oriflame.privacy.policy.Recipient;
import java.util.List;

/**
 * The conditions a purpose or recipient states, each its policy rule: marketing about similar
 * goods only (R8, §2(2)); an open monetary claim for debt recovery (R19, §2(6)); a contract that
 * requires a credit assessment for rating agencies (R14, §3.3); a purpose of §2 for group
 * companies (R16, §3.2) and for a Consultant's processing of entrusted data (R30, §7); the
 * registration acceptance (R21); a legal demand (R18, §2(16)).
 */
@Implements({"R8", "R14", "R16", "R18", "R19", "R21", "R30"})
final class Conditions implements Rule {
  @Override
  public void apply(Facts f, Verdict v) {
    if (f.recipient.isPresent()) {
      Recipient r = f.recipient.get();
      for (Condition c : r.conditions()) {
        check(c, c == Condition.POLICY_PURPOSE_ONLY ? "R16" : rule(c), f, v, r.clauses(), r.id());
      }
    }
    for (Condition c : f.purpose.conditions()) {
      check(c, c == Condition.POLICY_PURPOSE_ONLY ? "R30" : rule(c), f, v, f.purpose.clauses(), f.purpose.id());
    }
  }

  private static String rule(Condition c) {
    return switch (c) {
      case SIMILAR_GOODS_ONLY -> "R8";
      case OPEN_MONETARY_CLAIM -> "R19";
      case CREDIT_ASSESSMENT_REQUIRED -> "R14";
      case POLICY_PURPOSE_ONLY -> "R16";
      case REGISTRATION_ACCEPTED -> "R21";
      case LEGAL_DEMAND -> "R18";
    };
  }

  private static void check(Condition condition, String rule, Facts f, Verdict v, List<ClauseRef> clauses, ElementId element) {
    Fact unmet = switch (condition) {
      case SIMILAR_GOODS_ONLY -> {
        if (f.request.productLine().isEmpty()) {
          yield Fact.of(FactText.NO_PRODUCT_LINE);
        }
        String line = f.request.productLine().get();
        yield f.profile.productLines().contains(line) ? null : Fact.of(FactText.PRODUCT_LINE_NOT_BOUGHT, line);
      }
      case OPEN_MONETARY_CLAIM -> f.profile.openMonetaryClaim() ? null : Fact.of(FactText.NO_MONETARY_CLAIM);
      case CREDIT_ASSESSMENT_REQUIRED -> f.profile.contract().isPresent() && f.profile.contract().get().creditAssessmentRequired()
          ? null : Fact.of(FactText.NO_CREDIT_ASSESSMENT);
      case POLICY_PURPOSE_ONLY -> f.purpose.clauses().stream().anyMatch(c -> c.section().value().equals("§2"))
          ? null : Fact.of(FactText.NOT_A_POLICY_PURPOSE, f.purpose.id().value());
      case REGISTRATION_ACCEPTED -> f.consents.registration().isPresent() ? null : Fact.of(FactText.NOT_REGISTERED);
      case LEGAL_DEMAND -> f.request.legalDemand() ? null : Fact.of(FactText.NO_LEGAL_DEMAND);
    };
    if (unmet != null) {
      v.deny(ReasonCode.CONDITION_NOT_MET, rule, clauses, element, unmet);
    }
  }
}
