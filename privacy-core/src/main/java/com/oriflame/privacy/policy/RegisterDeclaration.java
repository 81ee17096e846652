package com.oriflame.privacy.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the operator's entry in the Register of holders of personal data arrays declares (Law Art.
 * 30, Cabinet Resolution No. 638 of 18 Nov 2022; R36): purposes, categories, storage terms,
 * recipients and anticipated cross-border transfers, derived from the policy so that the register
 * and the policy file cannot drift apart.
 *
 * <p>Stability: stable.
 *
 * @param revision the policy revision it is derived from
 * @param registerNumber the operator's register number; empty if not registered yet
 * @param purposes each purpose with its legal basis
 * @param categories every data category
 * @param storageTerms every retention rule
 * @param recipients every recipient
 * @param transfers every anticipated cross-border transfer
 */
public record RegisterDeclaration(
    PolicyRevision revision,
    Optional<String> registerNumber,
    List<Purpose> purposes,
    List<DataCategory> categories,
    List<RetentionRule> storageTerms,
    List<Recipient> recipients,
    List<CrossBorderTransfer> transfers) {

  /**
   * Copies lists.
   *
   * @param revision the policy revision it is derived from
   * @param registerNumber the operator's register number; empty if not registered yet
   * @param purposes each purpose with its legal basis
   * @param categories every data category
   * @param storageTerms every retention rule
   * @param recipients every recipient
   * @param transfers every anticipated cross-border transfer
   */
  public RegisterDeclaration {
    Objects.requireNonNull(revision, "revision");
    registerNumber = Objects.requireNonNullElse(registerNumber, Optional.empty());
    purposes = List.copyOf(purposes);
    categories = List.copyOf(categories);
    storageTerms = List.copyOf(storageTerms);
    recipients = List.copyOf(recipients);
    transfers = List.copyOf(transfers);
  }

  static RegisterDeclaration of(Policy p) {
    return new RegisterDeclaration(
        p.revision(), p.registerNumber(), p.purposes().list(), p.categories().list(),
        p.retentionRules().list(), p.recipients().list(), p.transfers().list());
  }

  /**
   * Renders the declaration as plain text for a register application or a notice.
   *
   * @param language the language of labels (missing labels fall back to English, then the id)
   * @return the text
   */
  public String render(Language language) {
    List<String> lines = new ArrayList<>();
    lines.add("Register declaration: " + revision);
    lines.add("Register number: " + registerNumber.orElse("(not registered)"));
    lines.add("");
    lines.add("Purposes (" + purposes.size() + "):");
    for (Purpose p : purposes) {
      lines.add("  " + p.id() + "  " + p.labels().in(language, p.id().value()) + "  [basis: "
          + (p.legalBasis() == null ? "none" : PolicyJson.jsonName(p.legalBasis())) + (p.basisInferred() ? " (inferred)" : "") + "; "
          + cite(p.clauses()) + "]");
    }
    lines.add("");
    lines.add("Categories of personal data (" + categories.size() + "):");
    for (DataCategory c : categories) {
      lines.add("  " + c.id() + "  " + c.labels().in(language, c.id().value()) + "  [" + cite(c.clauses()) + "]");
    }
    lines.add("");
    lines.add("Storage terms (" + storageTerms.size() + "):");
    for (RetentionRule r : storageTerms) {
      lines.add("  " + r.id() + "  " + r.period() + " after " + PolicyJson.jsonName(r.trigger()) + ", then "
          + PolicyJson.jsonName(r.action()) + (r.engineeringDefault() ? " (default)" : "") + "; categories "
          + r.categories().stream().map(CategoryId::value).collect(Collectors.joining(", ")));
    }
    lines.add("");
    lines.add("Recipients (" + recipients.size() + "):");
    for (Recipient r : recipients) {
      lines.add("  " + r.id() + "  " + r.labels().in(language, r.id().value()) + "  ["
          + PolicyJson.jsonName(r.dataForm()) + "; " + cite(r.clauses()) + "]");
    }
    lines.add("");
    lines.add("Anticipated cross-border transfers (" + transfers.size() + "):");
    for (CrossBorderTransfer t : transfers) {
      lines.add("  " + t.id() + "  " + t.labels().in(language, t.id().value()) + "  to "
          + t.recipients().stream().map(RecipientId::value).collect(Collectors.joining(", "))
          + (t.countries().isEmpty() ? " (countries not named)" : " in " + String.join(", ", t.countries()))
          + (t.engineeringDefault() ? " (default: the policy names no country)" : ""));
    }
    return String.join("\n", lines) + "\n";
  }

  private static String cite(List<ClauseRef> clauses) {
    return clauses.stream().map(ClauseRef::value).collect(Collectors.joining(", "));
  }
}
