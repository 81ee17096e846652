package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.rights.SourceStep;
import com.oriflame.privacy.spi.StepStore;
import com.oriflame.privacy.spi.StoredRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The in-memory steps of data-subject requests; a record and its audit record happen under one lock. */
final class InMemoryStepStore implements StepStore {
  private static final Comparator<SourceStep> ORDER =
      Comparator.comparing((SourceStep s) -> s.key().source()).thenComparing(s -> s.key().step());

  private final Object lock;
  private final InMemoryAuditLog audit;
  private final Map<OperationKey, SourceStep> steps = new HashMap<>();

  InMemoryStepStore(Object lock, InMemoryAuditLog audit) {
    this.lock = lock;
    this.audit = audit;
  }

  @Override
  public void record(SourceStep step, AuditDraft draft) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(draft, "audit");
    synchronized (lock) {
      audit.appendLocked(draft);
      steps.put(step.key(), step);
    }
  }

  @Override
  public Optional<SourceStep> find(OperationKey key) {
    Objects.requireNonNull(key, "key");
    synchronized (lock) {
      return Optional.ofNullable(steps.get(key));
    }
  }

  @Override
  public List<SourceStep> steps(String work) {
    Objects.requireNonNull(work, "work");
    List<SourceStep> result = new ArrayList<>();
    synchronized (lock) {
      for (SourceStep s : steps.values()) {
        if (s.key().work().equals(work)) {
          result.add(s);
        }
      }
    }
    result.sort(ORDER);
    return List.copyOf(result);
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    List<SourceStep> all;
    synchronized (lock) {
      all = new ArrayList<>(steps.values());
    }
    all.forEach(s -> rows.accept(StoredRow.of(s.key().value(), s.canonical())));
  }
}
