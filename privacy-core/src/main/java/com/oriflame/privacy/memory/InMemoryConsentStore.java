package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventCodec;
import com.oriflame.privacy.consent.EventConflictException;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.StoredRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The in-memory consent store; an append and its audit record happen under one lock. */
final class InMemoryConsentStore implements ConsentStore {
  private final Object lock;
  private final InMemoryAuditLog audit;
  // package-private for the tampering tests (LedgerIntegrityContract on memory)
  final Map<EventId, ConsentEvent> byId = new HashMap<>();
  final Map<Holder, List<ConsentEvent>> byHolder = new HashMap<>();

  InMemoryConsentStore(Object lock, InMemoryAuditLog audit) {
    this.lock = lock;
    this.audit = audit;
  }

  @Override
  public AppendResult append(ConsentEvent event, AuditDraft draft) {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(draft, "audit");
    synchronized (lock) {
      ConsentEvent stored = byId.get(event.id());
      if (stored != null) {
        if (!stored.equals(event)) {
          throw new EventConflictException(event.id());
        }
        return new AppendResult(stored, false);
      }
      audit.appendLocked(draft);
      byId.put(event.id(), event);
      index(event.holder(), event);
      event.linkedBrowser().ifPresent(browser -> index(browser, event));
      return new AppendResult(event, true);
    }
  }

  void index(Holder holder, ConsentEvent event) {
    List<ConsentEvent> list = byHolder.computeIfAbsent(holder, h -> new ArrayList<>());
    int i = list.size();
    while (i > 0 && ConsentEvent.ORDER.compare(list.get(i - 1), event) > 0) {
      i--;
    }
    list.add(i, event);
  }

  @Override
  public List<ConsentEvent> events(Holder holder) {
    synchronized (lock) {
      List<ConsentEvent> list = byHolder.get(holder);
      return list == null ? List.of() : List.copyOf(list);
    }
  }

  @Override
  public Map<SubjectId, List<ConsentEvent>> events(Collection<SubjectId> subjects) {
    Map<SubjectId, List<ConsentEvent>> result = new LinkedHashMap<>();
    synchronized (lock) {
      for (SubjectId s : subjects) {
        List<ConsentEvent> list = byHolder.get(s);
        if (list != null) {
          result.put(s, List.copyOf(list));
        }
      }
    }
    return result;
  }

  @Override
  public Optional<ConsentEvent> find(EventId id) {
    synchronized (lock) {
      return Optional.ofNullable(byId.get(id));
    }
  }

  @Override
  public Set<SubjectId> subjectsActedForBy(Actor actor) {
    Set<SubjectId> result = new TreeSet<>();
    synchronized (lock) {
      for (ConsentEvent e : byId.values()) {
        if (e.evidence().actor() == actor && e.holder() instanceof SubjectId s) {
          result.add(s);
        }
      }
    }
    return result;
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    List<ConsentEvent> all;
    synchronized (lock) {
      all = new ArrayList<>(byId.values());
    }
    all.forEach(e -> rows.accept(StoredRow.of(e.id().value(), EventCodec.write(e))));
  }
}
