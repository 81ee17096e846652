package com.oriflame.privacy.retention;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.spi.PersonalDataSource;
import com.oriflame.privacy.rights.SourceExport;
import com.oriflame.privacy.rights.SourceResult;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small host source for the retention tests: per subject and category a state (held, erased,
 * depersonalized, blocked); remembers each key's result and returns it again; can be told to crash
 * (throw an {@link Error}, like a killed process) after some changing calls.
 */
final class MemorySource implements PersonalDataSource {
  /** A simulated crash of the process running the executor. */
  static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private final String id;
  private final Set<CategoryId> categories;
  /** subject -> category -> state */
  final Map<SubjectId, Map<CategoryId, String>> data = new HashMap<>();
  final Map<String, SourceResult> byKey = new HashMap<>();
  /** How many changes the source made (a repeated key makes none). */
  final AtomicInteger changes = new AtomicInteger();
  private int crashAfter = -1;

  MemorySource(String id, Set<CategoryId> categories) {
    this.id = id;
    this.categories = Set.copyOf(categories);
  }

  void hold(SubjectId subject, CategoryId... held) {
    for (CategoryId c : held) {
      data.computeIfAbsent(subject, k -> new TreeMap<>()).put(c, "held");
    }
  }

  String state(SubjectId subject, CategoryId category) {
    return data.getOrDefault(subject, Map.of()).getOrDefault(category, "none");
  }

  /** @param calls changing calls to serve before crashing; -1 never */
  void crashAfter(int calls) {
    this.crashAfter = calls;
  }

  /** @return the states of every subject and category, for comparing runs */
  Map<String, String> snapshot() {
    Map<String, String> all = new TreeMap<>();
    data.forEach((s, m) -> m.forEach((c, v) -> all.put(s.value() + "/" + c.value(), v)));
    return all;
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
    throw new UnsupportedOperationException("the retention tests export nothing");
  }

  @Override
  public SourceResult rectify(OperationKey key, SubjectId subject, Map<CategoryId, String> corrections) {
    throw new UnsupportedOperationException("the retention tests rectify nothing");
  }

  @Override
  public SourceResult erase(OperationKey key, SubjectId subject, Set<CategoryId> wanted) {
    return change(key, subject, wanted, "erased");
  }

  @Override
  public SourceResult depersonalize(OperationKey key, SubjectId subject, Set<CategoryId> wanted) {
    return change(key, subject, wanted, "depersonalized");
  }

  @Override
  public SourceResult block(OperationKey key, SubjectId subject, Set<CategoryId> wanted) {
    return change(key, subject, wanted, "blocked");
  }

  private synchronized SourceResult change(OperationKey key, SubjectId subject, Set<CategoryId> wanted, String state) {
    SourceResult before = byKey.get(key.value());
    if (before != null) {
      return before;
    }
    if (crashAfter == 0) {
      throw new Crash();
    }
    if (crashAfter > 0) {
      crashAfter--;
    }
    Set<CategoryId> done = new LinkedHashSet<>();
    Set<CategoryId> notHeld = new LinkedHashSet<>();
    Map<CategoryId, String> mine = data.getOrDefault(subject, Map.of());
    for (CategoryId c : wanted) {
      boolean any = false;
      for (Map.Entry<CategoryId, String> e : mine.entrySet()) {
        if (c.covers(e.getKey()) && !e.getValue().equals("erased")) {
          e.setValue(e.getValue().equals("held") || !state.equals("blocked") ? state : e.getValue());
          any = true;
        }
      }
      (any ? done : notHeld).add(c);
    }
    changes.incrementAndGet();
    SourceResult result = new SourceResult(done, notHeld);
    byKey.put(key.value(), result);
    return result;
  }
}
