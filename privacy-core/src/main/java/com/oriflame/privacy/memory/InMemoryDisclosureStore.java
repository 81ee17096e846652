package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.disclosure.DisclosedRecipient;
import com.oriflame.privacy.disclosure.Disclosure;
import com.oriflame.privacy.disclosure.SubjectNotice;
import com.oriflame.privacy.policy.RecipientId;
import com.oriflame.privacy.spi.DisclosureStore;
import com.oriflame.privacy.spi.StoredRow;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The in-memory disclosure log; a write and its audit record happen under one lock. */
final class InMemoryDisclosureStore implements DisclosureStore {
  private static final Comparator<Disclosure> ORDER = Comparator.comparing(Disclosure::at).thenComparing(Disclosure::id);

  private final Object lock;
  private final InMemoryAuditLog audit;
  private final Map<String, Disclosure> disclosures = new HashMap<>();
  private final Map<String, Instant> sent = new HashMap<>();

  InMemoryDisclosureStore(Object lock, InMemoryAuditLog audit) {
    this.lock = lock;
    this.audit = audit;
  }

  @Override
  public Disclosure record(Disclosure disclosure, AuditDraft draft) {
    Objects.requireNonNull(disclosure, "disclosure");
    Objects.requireNonNull(draft, "audit");
    synchronized (lock) {
      Disclosure stored = disclosures.get(disclosure.id());
      if (stored != null) {
        return stored;
      }
      audit.appendLocked(draft);
      disclosures.put(disclosure.id(), disclosure);
      return disclosure;
    }
  }

  @Override
  public Optional<Disclosure> find(String id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      return Optional.ofNullable(disclosures.get(id));
    }
  }

  private List<Disclosure> where(Predicate<Disclosure> test) {
    synchronized (lock) {
      List<Disclosure> out = new ArrayList<>();
      for (Disclosure d : disclosures.values()) {
        if (test.test(d)) {
          out.add(d);
        }
      }
      out.sort(ORDER);
      return List.copyOf(out);
    }
  }

  @Override
  public List<Disclosure> about(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    return where(d -> d.subject().equals(subject));
  }

  @Override
  public List<Disclosure> to(RecipientId recipient) {
    Objects.requireNonNull(recipient, "recipient");
    return where(d -> d.recipient().equals(recipient));
  }

  private SubjectNotice notice(Disclosure d) {
    return new SubjectNotice(d, Optional.ofNullable(sent.get(d.id())));
  }

  @Override
  public Optional<SubjectNotice> notice(String id) {
    Objects.requireNonNull(id, "id");
    synchronized (lock) {
      Disclosure d = disclosures.get(id);
      return d == null || !d.noticeRequired() ? Optional.empty() : Optional.of(notice(d));
    }
  }

  @Override
  public List<SubjectNotice> notices(SubjectId subject) {
    Objects.requireNonNull(subject, "subject");
    synchronized (lock) {
      return where(d -> d.subject().equals(subject) && d.noticeRequired()).stream().map(this::notice).toList();
    }
  }

  @Override
  public List<SubjectNotice> pendingNotices(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    synchronized (lock) {
      return where(d -> d.noticeRequired() && !sent.containsKey(d.id())).stream().limit(limit).map(this::notice).toList();
    }
  }

  @Override
  public boolean markNoticeSent(String id, Instant sentAt, AuditDraft draft) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sentAt, "sentAt");
    Objects.requireNonNull(draft, "audit");
    synchronized (lock) {
      Disclosure d = disclosures.get(id);
      if (d == null || !d.noticeRequired() || sent.containsKey(id)) {
        return false;
      }
      audit.appendLocked(draft);
      sent.put(id, sentAt.truncatedTo(ChronoUnit.MICROS));
      return true;
    }
  }

  @Override
  public List<DisclosedRecipient> disclosedRecipients() {
    record Key(String recipient, String country, boolean crossBorder) {}
    Map<Key, DisclosedRecipient> rows = new TreeMap<>(Comparator.comparing(Key::recipient)
        .thenComparing(Key::country).thenComparing(Key::crossBorder));
    synchronized (lock) {
      for (Disclosure d : disclosures.values()) {
        Key k = new Key(d.recipient().value(), d.destinationCountry().orElse(""), d.crossBorder());
        DisclosedRecipient r = rows.get(k);
        rows.put(k, r == null ? new DisclosedRecipient(d.recipient(), d.destinationCountry(), d.crossBorder(), 1, d.at(), d.at())
            : new DisclosedRecipient(r.recipient(), r.country(), r.crossBorder(), r.disclosures() + 1,
                d.at().isBefore(r.first()) ? d.at() : r.first(), d.at().isAfter(r.last()) ? d.at() : r.last()));
      }
    }
    return List.copyOf(rows.values());
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    List<StoredRow> all = new ArrayList<>();
    synchronized (lock) {
      for (Disclosure d : disclosures.values()) {
        all.add(StoredRow.of(d.id(), d.noticeRequired() ? notice(d).canonical() : d.canonical()));
      }
    }
    all.forEach(rows);
  }
}
