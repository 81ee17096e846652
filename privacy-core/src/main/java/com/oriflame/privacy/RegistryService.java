package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.ConsentRejectedException;
import com.oriflame.privacy.consent.ProfileCodec;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.RejectionCode;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.consent.SubjectRegistry;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.spi.SubjectStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** The subject registry behind {@link PrivacyEngine#subjects()}: every save an audited version. */
final class RegistryService implements SubjectRegistry {
  private final Policy policy;
  private final Stores stores;
  private final Clock clock;
  private final Function<SubjectId, String> ref;
  private final SubjectCache cache;

  RegistryService(Policy policy, Stores stores, Clock clock, Function<SubjectId, String> ref, SubjectCache cache) {
    this.cache = cache;
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
    this.ref = ref;
  }

  @Override
  public void save(SubjectProfile profile) {
    save(profile, clock.instant());
  }

  @Override
  public void save(SubjectProfile profile, Instant validFrom) {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(validFrom, "validFrom must not be null");
    Instant now = notAfterNow(validFrom);
    ProfileVersion version = new ProfileVersion(validFrom, profile);
    AuditDraft draft = audit(version, stores.subjects().history(profile.id()), now);
    cache.writing();
    try {
      stores.subjects().save(version, draft);
    } finally {
      cache.written(profile.id());
    }
  }

  private Instant notAfterNow(Instant validFrom) {
    Instant now = clock.instant();
    if (validFrom.isAfter(now)) {
      throw new ConsentRejectedException(RejectionCode.PROFILE_IN_THE_FUTURE, "A profile version cannot be valid from "
          + validFrom + ", after the engine clock's now (" + now + "); save it when it comes true");
    }
    return now;
  }

  /** The audit record of a save: the version's digest, and the digest of the version it replaces, if any. */
  private AuditDraft audit(ProfileVersion version, List<ProfileVersion> history, Instant now) {
    SubjectProfile profile = version.profile();
    Map<String, String> details = new TreeMap<>();
    details.put("validFrom", version.validFrom().toString());
    details.put("digest", Digests.sha256(ProfileCodec.write(version)));
    // a save at the instant of an earlier version replaces it: say which, so verification knows it is gone on purpose
    for (ProfileVersion earlier : history) {
      if (earlier.validFrom().equals(version.validFrom())) {
        details.put("replaces", Digests.sha256(ProfileCodec.write(earlier)));
      }
    }
    details.put("contract", profile.contract().map(c -> c.end().isEmpty() ? "in-force" : "ended").orElse("none"));
    details.put("blocks", Integer.toString(profile.blocks().size()));
    details.put("erased", Boolean.toString(profile.erased()));
    details.put("closed", Boolean.toString(profile.accountClosedAt().isPresent()));
    details.put("holds", profile.legalHolds().stream().map(Enum::name).sorted().reduce((a, b) -> a + "," + b).orElse(""));
    return new AuditDraft(now, "subject.saved", ref.apply(profile.id()), policy.version(), details);
  }

  @Override
  public void saveAll(Collection<SubjectProfile> profiles, Instant validFrom) {
    Objects.requireNonNull(profiles, "profiles must not be null");
    Objects.requireNonNull(validFrom, "validFrom must not be null");
    List<SubjectProfile> all = new ArrayList<>(profiles);
    Instant now = notAfterNow(validFrom);
    Set<SubjectId> ids = new LinkedHashSet<>();
    for (int i = 0; i < all.size(); i++) {
      Objects.requireNonNull(all.get(i), "profiles must not contain null (position " + i + ")");
      if (!ids.add(all.get(i).id())) {
        throw new IllegalArgumentException("two profiles of one subject in a batch (the second at position " + i
            + "); save them one by one");
      }
    }
    Map<SubjectId, List<ProfileVersion>> histories = stores.subjects().histories(ids);
    List<SubjectStore.Save> batch = new ArrayList<>(all.size());
    for (SubjectProfile p : all) {
      ProfileVersion version = new ProfileVersion(validFrom, p);
      batch.add(new SubjectStore.Save(version, audit(version, histories.getOrDefault(p.id(), List.of()), now)));
    }
    cache.writing();
    try {
      stores.subjects().saveAll(batch);
    } finally {
      for (SubjectId id : ids) {
        cache.refresh(id);
      }
      cache.written(null);
    }
  }

  @Override
  public Optional<SubjectProfile> find(SubjectId id) {
    Objects.requireNonNull(id, "id must not be null");
    List<ProfileVersion> history = stores.subjects().history(id);
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1).profile());
  }

  @Override
  public Optional<SubjectProfile> find(SubjectId id, Instant at) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(at, "at must not be null");
    return ProfileVersion.at(stores.subjects().history(id), at).map(ProfileVersion::profile);
  }

  @Override
  public List<ProfileVersion> history(SubjectId id) {
    Objects.requireNonNull(id, "id must not be null");
    return stores.subjects().history(id);
  }
}
