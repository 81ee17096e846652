package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.retention.LegalHold;
import com.oriflame.privacy.spi.LegalHoldStore;
import com.oriflame.privacy.spi.StoredRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The in-memory legal-hold register and journal of applied actions; a change and its audit records happen under one lock. */
final class InMemoryLegalHoldStore implements LegalHoldStore {
  private static final Comparator<LegalHold> BY_START = Comparator.comparing(LegalHold::start).thenComparing(LegalHold::id);

  private final Object lock;
  private final InMemoryAuditLog audit;
  private final TreeMap<String, LegalHold> holds = new TreeMap<>();
  private final Map<SubjectId, List<LegalHold>> bySubject = new HashMap<>();
  private final Set<String> applied = new HashSet<>();

  private final InMemoryChangeFeed changes;

  InMemoryLegalHoldStore(Object lock, InMemoryAuditLog audit, InMemoryChangeFeed changes) {
    this.lock = lock;
    this.audit = audit;
    this.changes = changes;
  }

  @Override
  public void save(LegalHold hold, AuditDraft draft) {
    Objects.requireNonNull(hold, "hold");
    Objects.requireNonNull(draft, "audit");
    synchronized (lock) {
      audit.appendLocked(draft);
      LegalHold old = holds.put(hold.id(), hold);
      if (old != null) {
        List<LegalHold> list = bySubject.get(old.subject());
        list.remove(old);
        if (list.isEmpty()) {
          bySubject.remove(old.subject());
        }
      }
      List<LegalHold> list = bySubject.computeIfAbsent(hold.subject(), k -> new ArrayList<>());
      list.add(hold);
      list.sort(BY_START);
      if (old != null && !old.subject().equals(hold.subject())) {
        changes.touched(old.subject());
      }
      changes.touched(hold.subject());
    }
  }

  @Override
  public Optional<LegalHold> find(String id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return Optional.ofNullable(holds.get(id));
    }
  }

  @Override
  public Map<SubjectId, List<LegalHold>> forSubjects(Collection<SubjectId> subjects) {
    Map<SubjectId, List<LegalHold>> result = new LinkedHashMap<>();
    synchronized (lock) {
      if (bySubject.isEmpty()) {
        return result;
      }
      for (SubjectId s : subjects) {
        List<LegalHold> list = bySubject.get(s);
        if (list != null) {
          result.put(s, List.copyOf(list));
        }
      }
    }
    return result;
  }

  @Override
  public List<LegalHold> activeAt(Instant at) {
    Objects.requireNonNull(at, "at");
    List<LegalHold> result = new ArrayList<>();
    synchronized (lock) {
      for (LegalHold h : holds.values()) {
        if (h.activeAt(at)) {
          result.add(h);
        }
      }
    }
    return result;
  }

  @Override
  public void markApplied(List<String> actionIds, List<AuditDraft> audits) {
    Objects.requireNonNull(actionIds, "actionIds");
    Objects.requireNonNull(audits, "audits");
    synchronized (lock) {
      audits.forEach(audit::appendLocked);
      applied.addAll(actionIds);
    }
  }

  @Override
  public Set<String> applied(Collection<String> actionIds) {
    Set<String> result = new HashSet<>();
    synchronized (lock) {
      if (applied.isEmpty()) {
        return result;
      }
      for (String id : actionIds) {
        if (applied.contains(id)) {
          result.add(id);
        }
      }
    }
    return result;
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    List<LegalHold> all;
    synchronized (lock) {
      all = List.copyOf(holds.values());
    }
    all.forEach(h -> rows.accept(StoredRow.of(h.id(), h.canonical())));
  }
}
