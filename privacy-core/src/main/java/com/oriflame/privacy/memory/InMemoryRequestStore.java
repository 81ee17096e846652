package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.rights.RequestCodec;
import com.oriflame.privacy.rights.RequestId;
import com.oriflame.privacy.rights.RequestRecord;
import com.oriflame.privacy.rights.RequestTransition;
import com.oriflame.privacy.spi.RequestStore;
import com.oriflame.privacy.spi.StoredRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The in-memory requests; a write and its audit record happen under one lock. */
final class InMemoryRequestStore implements RequestStore {
  private final Object lock;
  private final InMemoryAuditLog audit;
  private final TreeMap<RequestId, RequestRecord> requests = new TreeMap<>();

  InMemoryRequestStore(Object lock, InMemoryAuditLog audit) {
    this.lock = lock;
    this.audit = audit;
  }

  @Override
  public boolean receive(RequestRecord request, AuditDraft draft) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(draft, "audit");
    if (request.transitions().size() != 1) {
      throw new IllegalArgumentException("a received request has exactly one transition, had " + request.transitions().size());
    }
    synchronized (lock) {
      if (requests.containsKey(request.id())) {
        return false;
      }
      audit.appendLocked(draft);
      requests.put(request.id(), request);
      return true;
    }
  }

  @Override
  public boolean transition(RequestId id, RequestTransition transition, AuditDraft draft) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(draft, "audit");
    synchronized (lock) {
      RequestRecord r = requests.get(id);
      if (r == null || transition.sequence() != r.transitions().size() + 1) {
        return false;
      }
      audit.appendLocked(draft);
      requests.put(id, r.with(transition));
      return true;
    }
  }

  @Override
  public Optional<RequestRecord> find(RequestId id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return Optional.ofNullable(requests.get(id));
    }
  }

  @Override
  public List<RequestRecord> forSubject(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    List<RequestRecord> found = new ArrayList<>();
    synchronized (lock) {
      for (RequestRecord r : requests.values()) {
        if (r.subject().equals(subject)) {
          found.add(r);
        }
      }
    }
    found.sort(Comparator.comparing(RequestRecord::receivedAt).thenComparing(RequestRecord::id));
    return List.copyOf(found);
  }

  @Override
  public List<RequestRecord> openExpiringBefore(Instant before) {
    Objects.requireNonNull(before, "before");
    List<RequestRecord> found = new ArrayList<>();
    synchronized (lock) {
      for (RequestRecord r : requests.values()) {
        if (!r.state().terminal() && r.deadline().isPresent() && r.deadline().get().expiresAt().isBefore(before)) {
          found.add(r);
        }
      }
    }
    found.sort(Comparator.comparing((RequestRecord r) -> r.deadline().orElseThrow().expiresAt()).thenComparing(RequestRecord::id));
    return List.copyOf(found);
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    List<RequestRecord> all;
    synchronized (lock) {
      all = List.copyOf(requests.values());
    }
    for (RequestRecord r : all) {
      rows.accept(StoredRow.of(r.id().value(), RequestCodec.write(r)));
      for (RequestTransition t : r.transitions()) {
        rows.accept(StoredRow.of(r.id().value() + "#" + t.sequence(), RequestCodec.write(t)));
      }
    }
  }
}
