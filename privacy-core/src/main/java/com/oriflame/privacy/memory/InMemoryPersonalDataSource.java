package com.oriflame.privacy.memory;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.CategoryTrait;
import com.oriflame.privacy.policy.DataCategory;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.spi.PersonalDataSource;
import com.oriflame.privacy.rights.SourceExport;
import com.oriflame.privacy.rights.SourceResult;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A host system kept in memory: the reference {@link PersonalDataSource} the contract suite is
 * written against, and a stand-in for a real system in tests and examples. Put data in with {@link
 * #put}; every changing operation is applied once per {@link OperationKey} and its result returned
 * again on a replay; {@link #export} never returns credentials (§5, R25: the categories the policy
 * marks {@link CategoryTrait#CREDENTIAL}); depersonalized data stays, detached from the subject.
 *
 * <p>For tests: {@link #failOn} makes operations fail, like a system that is down, and {@link
 * #applied()} lists the keys whose change was actually applied (not replayed).
 *
 * <p>Thread-safe. Stability: experimental.
 */
public final class InMemoryPersonalDataSource implements PersonalDataSource {
  private final String id;
  private final Set<CategoryId> categories;
  private final Set<CategoryId> credentials;
  private final Map<SubjectId, List<SourceExport.Item>> data = new HashMap<>();
  private final Map<SubjectId, Set<CategoryId>> blocked = new HashMap<>();
  private final List<SourceExport.Item> depersonalized = new ArrayList<>();
  private final Map<OperationKey, SourceResult> results = new LinkedHashMap<>();
  private final List<OperationKey> applied = new ArrayList<>();
  private volatile Predicate<OperationKey> failOn = k -> false;

  private InMemoryPersonalDataSource(String id, Collection<CategoryId> categories, Set<CategoryId> credentials) {
    Objects.requireNonNull(id, "id must not be null");
    if (id.isBlank() || id.indexOf('/') >= 0) {
      throw new IllegalArgumentException("source id must be non-blank and free of '/', was '" + id + "'");
    }
    this.id = id;
    this.categories = Set.copyOf(new LinkedHashSet<>(Objects.requireNonNull(categories, "categories must not be null")));
    this.credentials = credentials;
  }

  /**
   * @param id the source's id, e.g. {@code "web-shop"}
   * @param policy the policy whose credential categories are never exported
   * @param categories the categories the source may hold
   * @return an empty source
   */
  public static InMemoryPersonalDataSource create(String id, Policy policy, Collection<CategoryId> categories) {
    Objects.requireNonNull(policy, "policy must not be null");
    Set<CategoryId> secret = new LinkedHashSet<>();
    for (DataCategory c : policy.categories()) {
      if (c.has(CategoryTrait.CREDENTIAL)) {
        secret.add(c.id());
      }
    }
    return new InMemoryPersonalDataSource(id, categories, Set.copyOf(secret));
  }

  /**
   * Stores a value about a subject.
   *
   * @param subject whose data
   * @param category its category; must be one the source holds
   * @param field the field's name in the source
   * @param value the value
   * @return this source
   */
  public InMemoryPersonalDataSource put(SubjectId subject, CategoryId category, String field, String value) {
    Objects.requireNonNull(subject, "subject must not be null");
    if (!holdsCategory(category)) {
      throw new IllegalArgumentException("source " + id + " does not hold category " + category + "; it holds " + categories);
    }
    SourceExport.Item item = new SourceExport.Item(category, field, value);
    synchronized (this) {
      data.computeIfAbsent(subject, s -> new ArrayList<>()).add(item);
    }
    return this;
  }

  /**
   * Makes operations whose key matches fail with a {@link IllegalStateException} (exports match
   * keys with the work {@code "export"}), like a system that is down; {@code k -> false} heals it.
   *
   * @param value which operations fail
   * @return this source
   */
  public InMemoryPersonalDataSource failOn(Predicate<OperationKey> value) {
    this.failOn = Objects.requireNonNull(value, "failOn must not be null");
    return this;
  }

  /** @return the keys whose change was applied, in order; a replayed key is not listed again */
  public synchronized List<OperationKey> applied() {
    return List.copyOf(applied);
  }

  /**
   * @param subject a subject
   * @param category a category
   * @return how many values of the category (or below it) the source holds about the subject
   */
  public synchronized int count(SubjectId subject, CategoryId category) {
    int n = 0;
    for (SourceExport.Item item : data.getOrDefault(subject, List.of())) {
      if (category.covers(item.category())) {
        n++;
      }
    }
    return n;
  }

  /**
   * @param subject a subject
   * @return the categories blocked for the subject
   */
  public synchronized Set<CategoryId> blocked(SubjectId subject) {
    return Set.copyOf(blocked.getOrDefault(subject, Set.of()));
  }

  /** @return how many values were depersonalized (kept without their subject) */
  public synchronized int depersonalizedCount() {
    return depersonalized.size();
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Set<CategoryId> categories() {
    return categories;
  }

  @Override
  public SourceExport export(SubjectId subject, Set<CategoryId> wanted) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(wanted, "categories");
    if (failOn.test(new OperationKey("export", id, "export"))) {
      throw new IllegalStateException("source " + id + " is unavailable");
    }
    List<SourceExport.Item> items = new ArrayList<>();
    synchronized (this) {
      for (SourceExport.Item item : data.getOrDefault(subject, List.of())) {
        if (!isCredential(item.category()) && coveredBy(wanted, item.category())) {
          items.add(item);
        }
      }
    }
    return new SourceExport(id, items);
  }

  @Override
  public SourceResult rectify(OperationKey key, SubjectId subject, Map<CategoryId, String> corrections) {
    Objects.requireNonNull(corrections, "corrections");
    return apply(key, subject, corrections.keySet(), (items, category) -> {
      String value = corrections.get(category);
      for (int i = 0; i < items.size(); i++) {
        if (category.covers(items.get(i).category())) {
          items.set(i, new SourceExport.Item(items.get(i).category(), items.get(i).field(), value));
        }
      }
    });
  }

  @Override
  public SourceResult erase(OperationKey key, SubjectId subject, Set<CategoryId> wanted) {
    return apply(key, subject, wanted, (items, category) -> items.removeIf(i -> category.covers(i.category())));
  }

  @Override
  public SourceResult depersonalize(OperationKey key, SubjectId subject, Set<CategoryId> wanted) {
    return apply(key, subject, wanted, (items, category) -> {
      for (SourceExport.Item i : items) {
        if (category.covers(i.category())) {
          depersonalized.add(i);
        }
      }
      items.removeIf(i -> category.covers(i.category()));
    });
  }

  @Override
  public SourceResult block(OperationKey key, SubjectId subject, Set<CategoryId> wanted) {
    return apply(key, subject, wanted, (items, category) -> blocked.computeIfAbsent(subject, s -> new LinkedHashSet<>())
        .add(category));
  }

  private interface Change {
    void apply(List<SourceExport.Item> items, CategoryId category);
  }

  private SourceResult apply(OperationKey key, SubjectId subject, Set<CategoryId> wanted, Change change) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(wanted, "categories");
    if (!key.source().equals(id)) {
      throw new IllegalArgumentException("operation key " + key + " names source " + key.source() + ", not " + id);
    }
    if (failOn.test(key)) {
      throw new IllegalStateException("source " + id + " is unavailable");
    }
    synchronized (this) {
      SourceResult earlier = results.get(key);
      if (earlier != null) {
        return earlier;
      }
      List<SourceExport.Item> items = data.computeIfAbsent(subject, s -> new ArrayList<>());
      Set<CategoryId> done = new LinkedHashSet<>();
      Set<CategoryId> notHeld = new LinkedHashSet<>();
      for (CategoryId category : wanted) {
        boolean held = items.stream().anyMatch(i -> category.covers(i.category()));
        if (held) {
          change.apply(items, category);
          done.add(category);
        } else {
          notHeld.add(category);
        }
      }
      SourceResult result = new SourceResult(done, notHeld);
      results.put(key, result);
      applied.add(key);
      return result;
    }
  }

  private boolean holdsCategory(CategoryId category) {
    Objects.requireNonNull(category, "category must not be null");
    return coveredBy(categories, category);
  }

  private boolean isCredential(CategoryId category) {
    for (CategoryId c : credentials) {
      if (c.covers(category) || category.covers(c)) {
        return true;
      }
    }
    return false;
  }

  private static boolean coveredBy(Set<CategoryId> set, CategoryId category) {
    for (CategoryId c : set) {
      if (c.covers(category)) {
        return true;
      }
    }
    return false;
  }

  /** Prints the id and the number of subjects only. */
  @Override
  public synchronized String toString() {
    return "InMemoryPersonalDataSource[" + id + ", " + data.size() + " subjects]";
  }
}
