package com.oriflame.privacy.examples;

import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.LintFinding;
import com.oriflame.privacy.policy.LintReport;
import com.oriflame.privacy.policy.Objection;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyLinter;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.policy.RetentionRule;
import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The main demo: a tour of the bundled Oriflame KG 2017 policy. Prints the revision stamp, every
 * purpose with its legal basis (marking bases the policy does not name), categories, recipients and
 * clauses, the opt-outs, the retention
 * rules (marking engineering defaults) and the linter's verdict.
 *
 * <p>{@link PrivacyDemo}, the main demo, prints this tour first. Pass a language tag ({@code ky},
 * {@code ru}, {@code en}) as the first argument to choose the labels.
 */
public final class PolicyTour {
  private PolicyTour() {}

  /**
   * @param args optional language tag: {@code ky}, {@code ru} or {@code en} (default)
   */
  public static void main(String[] args) {
    Language language = args.length > 0 ? Language.valueOf(args[0].toUpperCase(Locale.ROOT)) : Language.EN;
    print(Policies.oriflameKyrgyzstan2017(), language, System.out);
  }

  static void print(Policy policy, Language language, PrintStream out) {
    out.println("Policy: " + policy.title().in(language, policy.id()));
    out.println("Revision: " + policy.revision());
    out.println();

    out.println("Purposes (" + policy.purposes().size() + "):");
    for (Purpose p : policy.purposes()) {
      out.printf("  %-38s %-20s %s%n", p.id(), p.legalBasis() + (p.basisInferred() ? " (inferred)" : ""), clauses(p.clauses()));
      out.println("      " + p.labels().in(language, p.id().value()));
      out.println("      categories: " + join(p.categories().stream().map(CategoryId::value).toList()));
      if (!p.recipients().isEmpty()) {
        out.println("      recipients: " + join(p.recipients().stream().map(Object::toString).toList()));
      }
      p.consent().ifPresent(c -> out.println("      consent: withdraw via " + c.withdrawalChannels()
          + (c.grantedByPolicyAcceptance() ? "; given by accepting the policy (CAF)" : "")));
    }
    out.println("  (inferred) = the policy never names this basis; the English rendering infers it, so the purpose"
        + " also needs the subject's acceptance of the policy on record");
    out.println();

    out.println("Opt-outs:");
    for (Objection o : policy.objections()) {
      out.printf("  %-34s via %s %s%n", o.id(), o.channels(), clauses(o.clauses()));
    }
    out.println();

    out.println("Retention (* = engineering default, not policy text):");
    for (RetentionRule r : policy.retentionRules()) {
      out.printf("  %-30s %-5s after %-16s then %-14s%s%n", r.id(), r.period(),
          kebab(r.trigger()), kebab(r.action()),
          r.engineeringDefault() ? " *" : "");
    }
    out.println();

    LintReport report = PolicyLinter.lint(policy);
    out.println("Lint: " + report.errors().size() + " error(s), " + report.warnings().size() + " warning(s)");
    for (LintFinding f : report.findings()) {
      out.println("  " + f);
    }
  }

  private static String kebab(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String clauses(Collection<ClauseRef> refs) {
    return refs.stream().map(ClauseRef::value).collect(Collectors.joining(", ", "[", "]"));
  }

  private static String join(Collection<String> values) {
    return String.join(", ", values);
  }
}
