package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Copies;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.CategoryId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A blocking of the subject's data (R39): processing stops, the data is kept. It covers the whole
 * subject or only some categories (a category covers its children), and states its ground.
 *
 * <p>Stability: stable.
 *
 * @param categories the blocked categories; empty means every category of the subject
 * @param ground why the data is blocked
 */
public record Blocking(Set<CategoryId> categories, BlockingGround ground) {

  /**
   * Copies the categories; rejects a missing ground.
   *
   * @param categories the blocked categories; empty means every category of the subject
   * @param ground why the data is blocked
   */
  public Blocking {
    categories = Copies.orderedSet(categories, "blocked categories");
    Objects.requireNonNull(ground, "blocking ground is missing");
  }

  /**
   * @param ground why
   * @return a blocking of every category of the subject
   */
  public static Blocking ofSubject(BlockingGround ground) {
    return new Blocking(Set.of(), ground);
  }

  /**
   * @param ground why
   * @param categories the blocked categories (at least one)
   * @return a blocking of those categories
   */
  public static Blocking of(BlockingGround ground, CategoryId... categories) {
    return of(ground, Arrays.asList(categories));
  }

  /**
   * @param ground why
   * @param categories the blocked categories (at least one)
   * @return a blocking of those categories
   */
  public static Blocking of(BlockingGround ground, Collection<CategoryId> categories) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("name at least one blocked category, or use Blocking.ofSubject");
    }
    return new Blocking(new LinkedHashSet<>(categories), ground);
  }

  /** @return whether the blocking covers every category of the subject */
  public boolean whole() {
    return categories.isEmpty();
  }

  /**
   * @param category a category
   * @return whether this blocking stops processing of data of {@code category}: it blocks the whole
   *     subject, the category, an ancestor of it, or (for a parent category) any category below it
   */
  public boolean covers(CategoryId category) {
    if (categories.isEmpty()) {
      return true;
    }
    for (CategoryId c : categories) {
      if (c.covers(category) || category.covers(c)) {
        return true;
      }
    }
    return false;
  }
}
