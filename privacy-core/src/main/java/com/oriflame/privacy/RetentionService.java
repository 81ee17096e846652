package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.retention.ExecutionReport;
import com.oriflame.privacy.retention.HeldAction;
import com.oriflame.privacy.retention.LegalHold;
import com.oriflame.privacy.retention.LegalHolds;
import com.oriflame.privacy.retention.PlannedAction;
import com.oriflame.privacy.retention.RetentionPlan;
import com.oriflame.privacy.retention.RetentionPlanner;
import com.oriflame.privacy.retention.RetentionProgress;
import com.oriflame.privacy.spi.LegalHoldStore;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.spi.PersonalDataSource;
import com.oriflame.privacy.rights.SourceResult;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The planner and executor behind {@link PrivacyEngine#retention()}. Planning pages through the
 * subject base ({@code SubjectStore.subjectIds}) and reads each page's profiles, consent events,
 * holds and journal with one set-based read each, never one per subject.
 */
final class RetentionService implements Retention {
  private static final Logger log = LoggerFactory.getLogger(RetentionService.class);
  /** Subjects per page when planning. */
  static final int PAGE = 1_000;
  /** Actions per batch when executing, unless the caller says otherwise. */
  static final int BATCH = 500;

  private final Policy policy;
  private final Stores stores;
  private final LegalHoldStore store;
  private final Clock clock;
  private final ZoneId zone;
  private final Function<SubjectId, String> ref;
  private final LegalHoldService holds;

  RetentionService(Policy policy, Stores stores, LegalHoldStore store, Clock clock, ZoneId zone, Function<SubjectId, String> ref,
      LegalHoldService holds) {
    this.policy = policy;
    this.stores = stores;
    this.store = store;
    this.clock = clock;
    this.zone = zone;
    this.ref = ref;
    this.holds = holds;
  }

  @Override
  public LegalHolds holds() {
    return holds;
  }

  @Override
  public RetentionPlan plan(Collection<? extends PersonalDataSource> sources) {
    return plan(clock.instant(), sources);
  }

  @Override
  public RetentionPlan plan(Instant at, Collection<? extends PersonalDataSource> sources) {
    Objects.requireNonNull(at, "at must not be null");
    RetentionPlanner planner = RetentionPlanner.of(policy, zone, categories(sources));
    List<PlannedAction> actions = new ArrayList<>();
    List<HeldAction> held = new ArrayList<>();
    long subjects = 0;
    long already = 0;
    SubjectId after = null;
    while (true) {
      List<SubjectId> page = stores.subjects().subjectIds(after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      subjects += page.size();
      List<PlannedAction> due = new ArrayList<>();
      planPage(planner, page, at, due, held);
      if (!due.isEmpty()) {
        Set<String> applied = store.applied(due.stream().map(PlannedAction::id).collect(Collectors.toList()));
        for (PlannedAction a : due) {
          if (applied.contains(a.id())) {
            already++;
          } else {
            actions.add(a);
          }
        }
      }
      after = page.get(page.size() - 1);
    }
    RetentionPlan plan = new RetentionPlan(at, policy.version(), subjects, actions, held, already);
    log.info("{}", plan.summary());
    return plan;
  }

  /** Plans one page of subjects from one set-based read of each of their records. */
  private void planPage(RetentionPlanner planner, List<SubjectId> page, Instant at, List<PlannedAction> due, List<HeldAction> held) {
    Map<SubjectId, List<ProfileVersion>> profiles = stores.subjects().histories(page);
    Map<SubjectId, List<ConsentEvent>> events = stores.consents().events(page);
    Map<SubjectId, List<LegalHold>> kept = store.forSubjects(page);
    RetentionPlanner.Sink sink = new RetentionPlanner.Sink() {
      @Override
      public void due(PlannedAction action) {
        due.add(action);
      }

      @Override
      public void held(HeldAction action) {
        held.add(action);
      }
    };
    for (SubjectId s : page) {
      planner.plan(s, profiles.getOrDefault(s, List.of()), events.getOrDefault(s, List.of()), kept.getOrDefault(s, List.of()), at,
          sink);
    }
  }

  private static Map<String, Set<CategoryId>> categories(Collection<? extends PersonalDataSource> sources) {
    Map<String, Set<CategoryId>> result = new LinkedHashMap<>();
    for (PersonalDataSource s : byId(sources).values()) {
      result.put(s.id(), s.categories());
    }
    return result;
  }

  private static Map<String, PersonalDataSource> byId(Collection<? extends PersonalDataSource> sources) {
    Objects.requireNonNull(sources, "sources must not be null");
    Map<String, PersonalDataSource> result = new LinkedHashMap<>();
    for (PersonalDataSource s : sources) {
      Objects.requireNonNull(s, "sources contains null");
      if (result.put(s.id(), s) != null) {
        throw new IllegalArgumentException("two sources have the id '" + s.id() + "'; source ids must be unique");
      }
    }
    return result;
  }

  @Override
  public ExecutionReport execute(RetentionPlan plan, Collection<? extends PersonalDataSource> sources, RetentionProgress progress) {
    return execute(plan, sources, BATCH, progress);
  }

  @Override
  public ExecutionReport execute(RetentionPlan plan, Collection<? extends PersonalDataSource> sources, int batchSize,
      RetentionProgress progress) {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(progress, "progress must not be null; use RetentionProgress.NONE");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    Map<String, PersonalDataSource> byId = byId(sources);
    for (PlannedAction a : plan.actions()) {
      for (String source : a.steps().keySet()) {
        if (!byId.containsKey(source)) {
          throw new IllegalArgumentException("the plan sends actions to the source '" + source
              + "', which is not among the sources given; pass every source the plan was made with");
        }
      }
    }
    RetentionPlanner planner = RetentionPlanner.of(policy, zone, categories(sources));
    List<PlannedAction> all = plan.actions();
    int processed = 0;
    int applied = 0;
    int already = 0;
    int skipped = 0;
    List<String> failed = new ArrayList<>();
    for (int from = 0; from < all.size(); from += batchSize) {
      List<PlannedAction> batch = all.subList(from, Math.min(all.size(), from + batchSize));
      List<String> ids = batch.stream().map(PlannedAction::id).collect(Collectors.toList());
      Set<String> done = store.applied(ids);
      Set<String> stillDue = stillDue(planner, batch, plan.at());
      List<String> journal = new ArrayList<>();
      List<AuditDraft> audits = new ArrayList<>();
      for (PlannedAction a : batch) {
        if (done.contains(a.id())) {
          already++;
        } else if (!stillDue.contains(a.id())) {
          skipped++;
        } else {
          AuditDraft audit = apply(a, byId);
          if (audit == null) {
            failed.add(a.id());
          } else {
            journal.add(a.id());
            audits.add(audit);
          }
        }
      }
      if (!journal.isEmpty()) {
        store.markApplied(journal, audits);
        applied += journal.size();
      }
      processed += batch.size();
      progress.batchDone(new ExecutionReport(all.size(), processed, applied, already, skipped, failed));
    }
    ExecutionReport report = new ExecutionReport(all.size(), processed, applied, already, skipped, failed);
    log.info("Retention run of the plan at {}: {} applied, {} applied before, {} skipped, {} failed of {}", plan.at(), applied,
        already, skipped, failed.size(), all.size());
    return report;
  }

  /**
   * The actions of the batch that are still due on the current facts and holds: planned again as
   * of the later of the plan's instant and now, so a hold placed since the plan keeps its data.
   */
  private Set<String> stillDue(RetentionPlanner planner, List<PlannedAction> batch, Instant planned) {
    Instant now = clock.instant();
    Instant at = now.isAfter(planned) ? now : planned;
    List<SubjectId> subjects = new ArrayList<>(new LinkedHashSet<>(batch.stream().map(PlannedAction::subject).toList()));
    List<PlannedAction> due = new ArrayList<>();
    planPage(planner, subjects, at, due, new ArrayList<>());
    Set<String> ids = new HashSet<>();
    due.forEach(a -> ids.add(a.id()));
    return ids;
  }

  /** Sends an action to each of its sources; returns its audit record, or {@code null} (audited) if a source failed. */
  private AuditDraft apply(PlannedAction a, Map<String, PersonalDataSource> sources) {
    String step = a.operation().name().toLowerCase(Locale.ROOT);
    Map<String, String> details = new TreeMap<>();
    details.put("action", a.id());
    details.put("rule", a.rule().value());
    details.put("operation", a.operation().name());
    details.put("categories", a.categories().stream().map(CategoryId::value).collect(Collectors.joining(",")));
    details.put("due", a.dueAt().toString());
    List<String> done = new ArrayList<>();
    for (Map.Entry<String, Set<CategoryId>> e : a.steps().entrySet()) {
      PersonalDataSource source = sources.get(e.getKey());
      OperationKey key = new OperationKey(a.id(), source.id(), step);
      SourceResult result;
      try {
        result = switch (a.operation()) {
          case DELETE -> source.erase(key, a.subject(), e.getValue());
          case DEPERSONALIZE -> source.depersonalize(key, a.subject(), e.getValue());
          case BLOCK -> source.block(key, a.subject(), e.getValue());
        };
      } catch (RuntimeException failure) {
        log.warn("Retention action {} failed in source {} for {} ({}); left for the next run", a.id(), source.id(), a.subject(),
            failure.getClass().getSimpleName());
        Map<String, String> failedDetails = new TreeMap<>(details);
        failedDetails.put("source", source.id());
        failedDetails.put("failure", failure.getClass().getSimpleName());
        stores.audit().append(new AuditDraft(clock.instant(), "retention.failed", ref.apply(a.subject()), policy.version(),
            failedDetails));
        return null;
      }
      done.add(source.id() + ":" + result.done().size() + "/" + e.getValue().size());
    }
    details.put("sources", String.join(",", done));
    return new AuditDraft(clock.instant(), "retention.applied", ref.apply(a.subject()), policy.version(), details);
  }

  @Override
  public String toString() {
    return "Retention[" + policy.id() + " " + policy.version() + "]";
  }
}
