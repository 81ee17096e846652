package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventCodec;
import com.oriflame.privacy.consent.EventConflictException;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.CandidateQuery;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.StoredRow;
import java.util.ArrayList;
import java.util.Collection;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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

  private final InMemoryChangeFeed changes;

  InMemoryConsentStore(Object lock, InMemoryAuditLog audit, InMemoryChangeFeed changes) {
    this.lock = lock;
    this.audit = audit;
    this.changes = changes;
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
      touched(event);
      return new AppendResult(event, true);
    }
  }

  @Override
  public List<AppendResult> appendAll(List<Append> batch) {
    Objects.requireNonNull(batch, "batch");
    List<Append> entries = List.copyOf(batch);
    synchronized (lock) {
      // check the whole batch before writing anything, so a conflict leaves the store untouched
      Map<EventId, ConsentEvent> seen = new HashMap<>();
      List<AppendResult> results = new ArrayList<>(entries.size());
      for (Append a : entries) {
        ConsentEvent e = a.event();
        ConsentEvent earlier = byId.containsKey(e.id()) ? byId.get(e.id()) : seen.get(e.id());
        if (earlier != null) {
          if (!earlier.equals(e)) {
            throw new EventConflictException(e.id());
          }
          results.add(new AppendResult(earlier, false));
        } else {
          seen.put(e.id(), e);
          results.add(new AppendResult(e, true));
        }
      }
      for (int i = 0; i < entries.size(); i++) {
        if (results.get(i).appended()) {
          ConsentEvent e = entries.get(i).event();
          audit.appendLocked(entries.get(i).audit());
          byId.put(e.id(), e);
          index(e.holder(), e);
          e.linkedBrowser().ifPresent(browser -> index(browser, e));
          touched(e);
        }
      }
      return results;
    }
  }

  /**
   * The reference of {@link CandidateQuery}'s test, computed from the subject's events (the JDBC
   * store keeps the same minima and maxima in fact tables).
   */
  @Override
  public Set<SubjectId> candidates(CandidateQuery query, Collection<SubjectId> among) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(among, "among");
    Set<SubjectId> result = new LinkedHashSet<>();
    synchronized (lock) {
      for (SubjectId s : among) {
        if (!result.contains(s) && candidate(query, byHolder.getOrDefault(s, List.of()))) {
          result.add(s);
        }
      }
    }
    return result;
  }

  private static boolean candidate(CandidateQuery q, List<ConsentEvent> events) {
    Instant firstGrant = null;
    Instant lastGrant = null;
    Instant firstAcceptance = null;
    Instant lastWithdrawal = null;
    Map<ObjectionId, Instant> lastRaised = new HashMap<>();
    Map<ObjectionId, Instant> lastLifted = new HashMap<>();
    for (ConsentEvent e : events) {
      Instant t = e.effectiveAt();
      switch (e.kind()) {
        case CONSENT_GRANTED -> {
          if (((ConsentGranted) e).purposes().contains(q.purpose())) {
            firstGrant = min(firstGrant, t);
            lastGrant = max(lastGrant, t);
          }
        }
        case POLICY_ACCEPTED -> {
          PolicyAccepted a = (PolicyAccepted) e;
          firstAcceptance = min(firstAcceptance, t);
          if (a.consents().contains(q.purpose())) {
            firstGrant = min(firstGrant, t);
            lastGrant = max(lastGrant, t);
          }
          a.optOuts().forEach(o -> lastRaised.merge(o, t, InMemoryConsentStore::max));
        }
        case CONSENT_WITHDRAWN -> {
          if (((ConsentWithdrawn) e).purposes().contains(q.purpose())) {
            lastWithdrawal = max(lastWithdrawal, t);
          }
        }
        case OBJECTION_RAISED -> ((ObjectionRaised) e).objections().forEach(o -> lastRaised.merge(o, t, InMemoryConsentStore::max));
        case OBJECTION_LIFTED -> ((ObjectionLifted) e).objections().forEach(o -> lastLifted.merge(o, t, InMemoryConsentStore::max));
        case COOKIES_SET, VISITOR_LINKED -> {
          // no consent or objection fact
        }
      }
    }
    Instant at = q.at();
    if (q.consentRequired()) {
      boolean mayBeGranted = (firstGrant != null && !firstGrant.isAfter(at))
          || (q.grantedByAcceptance() && firstAcceptance != null && !firstAcceptance.isAfter(at));
      boolean withdrawn = lastWithdrawal != null && !lastWithdrawal.isAfter(at) && (lastGrant == null || lastWithdrawal.isAfter(lastGrant));
      if (!mayBeGranted || withdrawn) {
        return false;
      }
    }
    for (ObjectionId o : q.blockingObjections()) {
      Instant raised = lastRaised.get(o);
      Instant lifted = lastLifted.get(o);
      if (raised != null && !raised.isAfter(at) && (lifted == null || lifted.isBefore(raised))) {
        return false;
      }
    }
    return true;
  }

  private static Instant min(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static Instant max(Instant a, Instant b) {
    return a == null || b.isAfter(a) ? b : a;
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

  /** Only a subject's own events are read in its decisions (a visitor's events only in cookie ones). */
  private void touched(ConsentEvent e) {
    if (e.holder() instanceof SubjectId s) {
      changes.touched(s);
    }
  }
}
