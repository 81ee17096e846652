package com.oriflame.privacy.examples;

import com.oriflame.privacy.UnknownIdException;
import com.oriflame.privacy.policy.LintReport;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyLinter;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.Severity;

/** The README's opening example, kept compiling and running by {@code QuickStartTest}. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the README example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // README:begin
    Policy policy = Policies.oriflameKyrgyzstan2017();               // bundled, linted
    Purpose sms = policy.purpose("marketing.similar-goods.sms");
    System.out.println(sms.legalBasis() + " " + sms.clauses());        // CONSENT [§2(2), §6.1]
    policy.objectionsAgainst(sms.id())                                 // opt-outs of §6.1
        .forEach(o -> System.out.println(o.id() + " via " + o.channels()));
    LintReport report = PolicyLinter.lint(policy);                     // every problem at once
    System.out.println(report.hasErrors() ? report.format(Severity.ERROR) : "no errors");
    try {
      policy.purpose("marketing.sms");                                 // unknown ids fail fast
    } catch (UnknownIdException e) {
      System.out.println(e.getMessage());  // ... did you mean 'marketing.similar-goods.sms'?
    }
    // README:end
  }
}
