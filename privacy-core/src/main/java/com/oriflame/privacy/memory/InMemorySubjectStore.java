package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.ProfileCodec;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.spi.StoredRow;
import com.oriflame.privacy.spi.SubjectStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/** The in-memory subject store; a save and its audit record happen under one lock. */
final class InMemorySubjectStore implements SubjectStore {
  private final Object lock;
  private final InMemoryAuditLog audit;
  // package-private for the tampering tests
  final Map<SubjectId, TreeMap<Instant, ProfileVersion>> versions = new HashMap<>();
  /** The subjects with a profile, in id order, for paging. */
  private final TreeSet<SubjectId> ids = new TreeSet<>();

  private final InMemoryChangeFeed changes;

  InMemorySubjectStore(Object lock, InMemoryAuditLog audit, InMemoryChangeFeed changes) {
    this.lock = lock;
    this.audit = audit;
    this.changes = changes;
  }

  @Override
  public Map<SubjectId, List<ProfileVersion>> histories(Collection<SubjectId> ids) {
    Map<SubjectId, List<ProfileVersion>> result = new LinkedHashMap<>();
    synchronized (lock) {
      for (SubjectId id : ids) {
        TreeMap<Instant, ProfileVersion> v = versions.get(id);
        if (v != null) {
          result.put(id, List.copyOf(v.values()));
        }
      }
    }
    return result;
  }

  @Override
  public void save(ProfileVersion version, AuditDraft draft) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(draft, "audit");
    synchronized (lock) {
      audit.appendLocked(draft);
      versions.computeIfAbsent(version.profile().id(), k -> new TreeMap<>()).put(version.validFrom(), version);
      ids.add(version.profile().id());
      changes.touched(version.profile().id());
    }
  }

  @Override
  public void saveAll(List<Save> batch) {
    List<Save> entries = List.copyOf(batch);
    synchronized (lock) {
      for (Save s : entries) {
        save(s.version(), s.audit());
      }
    }
  }

  @Override
  public void scan(Consumer<StoredRow> rows) {
    List<ProfileVersion> all = new ArrayList<>();
    synchronized (lock) {
      versions.values().forEach(v -> all.addAll(v.values()));
    }
    all.forEach(v -> rows.accept(StoredRow.of("", ProfileCodec.write(v))));
  }

  /** Pages in id order. */
  @Override
  public List<SubjectId> subjectIds(SubjectId after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    List<SubjectId> page = new ArrayList<>(Math.min(limit, 1024));
    synchronized (lock) {
      for (SubjectId id : after == null ? ids : ids.tailSet(after, false)) {
        if (page.size() == limit) {
          break;
        }
        page.add(id);
      }
    }
    return page;
  }
}
