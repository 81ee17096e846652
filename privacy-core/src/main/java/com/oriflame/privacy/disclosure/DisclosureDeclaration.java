package com.oriflame.privacy.disclosure;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.CrossBorderTransfer;
import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Recipient;
import com.oriflame.privacy.policy.RegisterDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The register declaration (R36) beside what the disclosure log shows: the recipients and
 * destination countries data actually went to (R22), each with how often and when. A recipient or
 * a country the declaration does not list is {@linkplain #undeclared() flagged}: the register entry
 * must be amended before the next application.
 *
 * <p>Get it from {@code engine.disclosures().registerDeclaration()}.
 *
 * <p>Stability: stable.
 *
 * @param declared the declaration derived from the policy ({@code Policy.registerDeclaration()})
 * @param disclosed per recipient and country, the disclosures logged
 */
public record DisclosureDeclaration(RegisterDeclaration declared, List<DisclosedRecipient> disclosed) {

  /**
   * Copies the list; rejects missing fields.
   *
   * @param declared the declaration derived from the policy
   * @param disclosed per recipient and country, the disclosures logged
   */
  public DisclosureDeclaration {
    Objects.requireNonNull(declared, "declared");
    disclosed = Copies.list(Objects.requireNonNull(disclosed, "disclosed"), "disclosed");
  }

  /**
   * @return the rows of {@link #disclosed()} that the declaration does not cover: a recipient it
   *     does not list, or a cross-border transfer to a country no declared transfer to that
   *     recipient names
   */
  public List<DisclosedRecipient> undeclared() {
    List<DisclosedRecipient> out = new ArrayList<>();
    for (DisclosedRecipient d : disclosed) {
      if (!covered(d)) {
        out.add(d);
      }
    }
    return out;
  }

  private boolean covered(DisclosedRecipient d) {
    boolean listed = declared.recipients().stream().map(Recipient::id).anyMatch(d.recipient()::equals);
    if (!listed) {
      return false;
    }
    if (!d.crossBorder()) {
      return true;
    }
    for (CrossBorderTransfer t : declared.transfers()) {
      if (t.recipients().contains(d.recipient()) && d.country().isPresent() && t.countries().contains(d.country().get())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Renders the declaration ({@link RegisterDeclaration#render}) followed by the recipients and
   * countries actually disclosed to.
   *
   * @param language the language of labels
   * @return the text
   */
  public String render(Language language) {
    StringBuilder sb = new StringBuilder(declared.render(language));
    List<DisclosedRecipient> undeclared = undeclared();
    sb.append('\n').append("Recipients actually disclosed to (").append(disclosed.size()).append("):\n");
    for (DisclosedRecipient d : disclosed) {
      sb.append("  ").append(d.recipient()).append("  ")
          .append(d.crossBorder() ? "cross-border to " + d.country().orElse("(country not named)")
              : d.country().map(c -> "in " + c).orElse("(no country named)"))
          .append("  ").append(d.disclosures()).append(d.disclosures() == 1 ? " disclosure" : " disclosures")
          .append(", ").append(d.first()).append(" to ").append(d.last())
          .append(undeclared.contains(d) ? "  NOT DECLARED" : "").append('\n');
    }
    return sb.toString();
  }
}
