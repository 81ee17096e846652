package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Copies;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A transfer or processing abroad the policy anticipates (§4, R22), as declared in the register
 * entry (R36).
 *
 * <p>Stability: stable.
 *
 * @param id the transfer's id
 * @param labels names in Kyrgyz, Russian and English
 * @param clauses the clauses that allow it
 * @param purposes the purposes it serves
 * @param recipients who receives the data abroad
 * @param categories which data goes abroad
 * @param countries ISO 3166-1 alpha-2 destination countries; empty when the policy names none
 * @param ground the legal ground of the transfer
 * @param engineeringDefault whether the destination countries are an engineering default rather
 *     than policy text (the policy names no country; take them from the register entry, R36)
 */
public record CrossBorderTransfer(
    @NotNull @Valid TransferId id,
    @NotNull @Valid Labels labels,
    @NotEmpty List<@Valid ClauseRef> clauses,
    @NotEmpty Set<@Valid PurposeId> purposes,
    @NotEmpty Set<@Valid RecipientId> recipients,
    @NotEmpty Set<@Valid CategoryId> categories,
    @NotNull Set<@jakarta.validation.constraints.Pattern(regexp = "[A-Z]{2}") String> countries,
    @NotNull LegalBasis ground,
    boolean engineeringDefault) {
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

  /**
   * Copies collections; checks country codes.
   *
   * @param id the transfer's id
   * @param labels names in Kyrgyz, Russian and English
   * @param clauses the clauses that allow it
   * @param purposes the purposes it serves
   * @param recipients who receives the data abroad
   * @param categories which data goes abroad
   * @param countries ISO 3166-1 alpha-2 destination countries; empty when the policy names none
   * @param ground the legal ground of the transfer
   * @param engineeringDefault whether the destination countries are an engineering default rather
   *     than policy text (the policy names no country; take them from the register entry, R36)
   */
  public CrossBorderTransfer {
    Objects.requireNonNull(id, "id");
    labels = Objects.requireNonNullElse(labels, Labels.none());
    String of = " of transfer " + id;
    clauses = Copies.list(clauses, "clauses" + of);
    purposes = Copies.orderedSet(purposes, "purposes" + of);
    recipients = Copies.orderedSet(recipients, "recipients" + of);
    categories = Copies.orderedSet(categories, "categories" + of);
    countries = Copies.orderedSet(countries, "countries" + of);
    for (String country : countries) {
      if (!COUNTRY.matcher(country).matches()) {
        throw new IllegalArgumentException(
            "country '" + country + "'" + of + " is not an ISO 3166-1 alpha-2 code such as 'KG'");
      }
    }
    Objects.requireNonNull(ground, () -> "ground" + of);
  }
}
