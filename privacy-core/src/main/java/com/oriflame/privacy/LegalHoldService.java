package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.retention.LegalHold;
import com.oriflame.privacy.retention.LegalHolds;
import com.oriflame.privacy.spi.LegalHoldStore;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The legal-hold register behind {@code PrivacyEngine#retention().holds()}: each change stored with its audit record. */
final class LegalHoldService implements LegalHolds {
  private static final Logger log = LoggerFactory.getLogger(LegalHoldService.class);

  private final Policy policy;
  private final LegalHoldStore store;
  private final Clock clock;
  private final Function<SubjectId, String> ref;
  private final Consumer<SubjectId> refresh;

  LegalHoldService(Policy policy, LegalHoldStore store, Clock clock, Function<SubjectId, String> ref, Consumer<SubjectId> refresh) {
    this.policy = policy;
    this.store = store;
    this.clock = clock;
    this.ref = ref;
    this.refresh = refresh;
  }

  @Override
  public LegalHold place(LegalHold hold) {
    Objects.requireNonNull(hold, "hold must not be null");
    for (CategoryId c : hold.categories()) {
      policy.category(c); // unknown ids fail fast, naming close matches
    }
    for (PurposeId p : hold.purposes()) {
      policy.purpose(p);
    }
    save(hold, "legal-hold.placed");
    log.info("Legal hold {} placed on {} for {}", hold.id(), hold.subject(), hold.reason());
    return hold;
  }

  @Override
  public LegalHold place(LegalHold.Builder hold) {
    Objects.requireNonNull(hold, "hold must not be null");
    return place(hold.build(clock.instant()));
  }

  @Override
  public LegalHold lift(String id) {
    return lift(id, clock.instant());
  }

  @Override
  public LegalHold lift(String id, Instant at) {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(at, "at must not be null");
    LegalHold hold = store.find(id).orElseThrow(() -> new IllegalArgumentException("no legal hold has the id '" + id + "'"));
    if (hold.end().isPresent() && !hold.end().get().isAfter(at)) {
      throw new IllegalArgumentException("legal hold '" + id + "' already ended at " + hold.end().get());
    }
    LegalHold lifted = hold.endingAt(at);
    save(lifted, "legal-hold.lifted");
    log.info("Legal hold {} on {} lifted", id, hold.subject());
    return lifted;
  }

  private void save(LegalHold hold, String action) {
    Map<String, String> details = new TreeMap<>();
    details.put("hold", hold.id());
    details.put("digest", Digests.sha256(hold.canonical()));
    details.put("reason", hold.reason().name());
    details.put("start", hold.start().toString());
    hold.end().ifPresent(end -> details.put("end", end.toString()));
    if (!hold.categories().isEmpty()) {
      details.put("categories", hold.categories().stream().map(CategoryId::value).collect(Collectors.joining(",")));
    }
    if (!hold.purposes().isEmpty()) {
      details.put("purposes", hold.purposes().stream().map(PurposeId::value).collect(Collectors.joining(",")));
    }
    store.save(hold, new AuditDraft(clock.instant(), action, ref.apply(hold.subject()), policy.version(), details));
    refresh.accept(hold.subject());
  }

  @Override
  public Optional<LegalHold> find(String id) {
    return store.find(Objects.requireNonNull(id, "id must not be null"));
  }

  @Override
  public List<LegalHold> of(SubjectId subject) {
    Objects.requireNonNull(subject, "subject must not be null");
    return store.forSubjects(List.of(subject)).getOrDefault(subject, List.of());
  }

  @Override
  public List<LegalHold> activeAt(Instant at) {
    return store.activeAt(Objects.requireNonNull(at, "at must not be null"));
  }

  @Override
  public String toString() {
    return "LegalHolds[" + store.getClass().getSimpleName() + "]";
  }
}
