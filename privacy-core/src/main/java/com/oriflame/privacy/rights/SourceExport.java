package com.oriflame.privacy.rights;

import com.oriflame.privacy.policy.CategoryId;
import java.util.List;
import java.util.Objects;

/**
 * What one {@link com.oriflame.privacy.spi.PersonalDataSource} holds about a subject, for an access export (§6.2, Law Art.
 * 17). The items are the subject's own data: an export is given to the subject and never logged.
 *
 * <p>Stability: experimental.
 *
 * @param source the source's {@link com.oriflame.privacy.spi.PersonalDataSource#id()}
 * @param items the data held, in the source's order
 */
public record SourceExport(String source, List<Item> items) {

  /**
   * Copies the items.
   *
   * @param source the source's id
   * @param items the data held, in the source's order
   */
  public SourceExport {
    Objects.requireNonNull(source, "source");
    items = List.copyOf(Objects.requireNonNull(items, "items"));
  }

  /** Prints the source and the item count only: the values are personal data. */
  @Override
  public String toString() {
    return "SourceExport[source=" + source + ", items=" + items.size() + "]";
  }

  /**
   * One value held: its category, a field name in the source (for example {@code "order 1042
   * total"}) and the value as text.
   *
   * <p>Stability: experimental.
   *
   * @param category the policy category the value belongs to
   * @param field the field's name in the source
   * @param value the value, as text
   */
  public record Item(CategoryId category, String field, String value) {

    /**
     * Rejects nulls.
     *
     * @param category the policy category the value belongs to
     * @param field the field's name in the source
     * @param value the value, as text
     */
    public Item {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }

    /** Prints the category and field only: the value is personal data. */
    @Override
    public String toString() {
      return "Item[category=" + category + ", field=" + field + "]";
    }
  }
}
