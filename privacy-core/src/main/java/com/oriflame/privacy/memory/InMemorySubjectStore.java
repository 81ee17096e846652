package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.spi.SubjectStore;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The in-memory subject store; a save and its audit record happen under one lock. */
final class InMemorySubjectStore implements SubjectStore {
  private final Object lock;
  private final InMemoryAuditLog audit;
  private final Map<SubjectId, SubjectProfile> profiles = new HashMap<>();

  InMemorySubjectStore(Object lock, InMemoryAuditLog audit) {
    this.lock = lock;
    this.audit = audit;
  }

  @Override
  public Optional<SubjectProfile> find(SubjectId id) {
    synchronized (lock) {
      return Optional.ofNullable(profiles.get(id));
    }
  }

  @Override
  public Map<SubjectId, SubjectProfile> findAll(Collection<SubjectId> ids) {
    Map<SubjectId, SubjectProfile> result = new LinkedHashMap<>();
    synchronized (lock) {
      for (SubjectId id : ids) {
        SubjectProfile p = profiles.get(id);
        if (p != null) {
          result.put(id, p);
        }
      }
    }
    return result;
  }

  @Override
  public void save(SubjectProfile profile, AuditDraft draft) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(draft, "audit");
    synchronized (lock) {
      audit.appendLocked(draft);
      profiles.put(profile.id(), profile);
    }
  }
}
