package com.oriflame.privacy.memory;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consultant.TrackedObligation;
import com.oriflame.privacy.spi.ObligationStore;
import com.oriflame.privacy.spi.StoredRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The in-memory Consultants' obligations; a batch and its audit records happen under one lock. */
final class InMemoryObligationStore implements ObligationStore {
  private final Object lock;
  private final InMemoryAuditLog audit;
  private final TreeMap<String, TrackedObligation> obligations = new TreeMap<>();

  InMemoryObligationStore(Object lock, InMemoryAuditLog audit) {
    this.lock = lock;
    this.audit = audit;
  }

  @Override
  public void record(List<Write> writes) {
    Objects.requireNonNull(writes, "writes");
    List<Write> batch = List.copyOf(writes);
    synchronized (lock) {
      // the audit appends cannot fail half-way for a valid draft; obligations are put after all of them
      batch.forEach(w -> audit.appendLocked(w.audit()));
      batch.forEach(w -> obligations.put(w.obligation().id(), w.obligation()));
    }
  }

  @Override
  public Optional<TrackedObligation> find(String id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return Optional.ofNullable(obligations.get(id));
    }
  }

  @Override
  public List<TrackedObligation> of(SubjectId consultant) {
    Objects.requireNonNull(consultant, "consultant");
    List<TrackedObligation> found = new ArrayList<>();
    synchronized (lock) {
      obligations.values().stream().filter(o -> o.consultant().equals(consultant)).forEach(found::add);
    }
    found.sort(Comparator.comparing(TrackedObligation::createdAt).thenComparing(TrackedObligation::id));
    return List.copyOf(found);
  }

  @Override
  public List<TrackedObligation> overdue(Instant at) {
    Objects.requireNonNull(at, "at");
    List<TrackedObligation> found = new ArrayList<>();
    synchronized (lock) {
      obligations.values().stream().filter(o -> o.open() && o.dueAt().isBefore(at)).forEach(found::add);
    }
    found.sort(Comparator.comparing(TrackedObligation::dueAt).thenComparing(TrackedObligation::id));
    return List.copyOf(found);
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    List<TrackedObligation> all;
    synchronized (lock) {
      all = List.copyOf(obligations.values());
    }
    all.forEach(o -> rows.accept(StoredRow.of(o.id(), o.canonical())));
  }
}
