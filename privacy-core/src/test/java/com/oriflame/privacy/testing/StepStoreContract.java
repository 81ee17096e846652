package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.rights.SourceResult;
import com.oriflame.privacy.rights.SourceStep;
import com.oriflame.privacy.spi.StepStore;
import com.oriflame.privacy.spi.StoredRow;
import com.oriflame.privacy.spi.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link StepStore} must pass: steps round-trip exactly, a step is replaced by
 * its key, a work item's steps come back in source then step order, each write is audited
 * atomically, and {@code scan} gives the canonical forms the audit digests are taken of.
 */
public abstract class StepStoreContract {
  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  private static AuditDraft audit(SourceStep s) {
    return new AuditDraft(s.at(), "source-step." + s.status().name().toLowerCase(java.util.Locale.ROOT), "subject:test", "1",
        Map.of("work", s.key().work(), "source", s.key().source(), "step", s.key().step()));
  }

  private void record(SourceStep s) {
    stores.steps().record(s, audit(s));
  }

  @Test
  @DisplayName("a step goes from started to done, replaced by its key; its result round-trips exactly; each write is audited")
  void startedThenDone() {
    OperationKey key = new OperationKey("request-1", "web-shop", "erase");
    Instant t = Instant.parse("2025-03-07T10:15:30.123456789Z");
    SourceStep started = SourceStep.started(key, 1, "", t);
    record(started);
    assertEquals(Optional.of(started), stores.steps().find(key));
    SourceStep done = started.done(new SourceResult(Set.of(CategoryId.of("contact.email"), CategoryId.of("identity.full-name")),
        Set.of(CategoryId.of("commerce.purchase-history"))), t.plusSeconds(1));
    record(done);
    assertEquals(Optional.of(done), stores.steps().find(key));
    assertEquals(t.plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MICROS), stores.steps().find(key).get().at());
    assertEquals(List.of(done), stores.steps().steps("request-1"));
    assertEquals(2, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @DisplayName("a failed step keeps its failure and attempt count; a retry replaces it")
  void failedThenRetried() {
    OperationKey key = new OperationKey("request-2", "support-desk", "depersonalize");
    SourceStep failed = SourceStep.started(key, 1, "", ContractEvents.T0).failed("IllegalStateException: source down «ошибка»",
        ContractEvents.T0.plusSeconds(1));
    record(failed);
    assertEquals(Optional.of(failed), stores.steps().find(key));
    SourceStep retry = SourceStep.started(key, 2, "", ContractEvents.T0.plusSeconds(60));
    record(retry);
    assertEquals(2, stores.steps().find(key).orElseThrow().attempts());
    assertEquals(SourceStep.Status.STARTED, stores.steps().find(key).orElseThrow().status());
  }

  @Test
  @DisplayName("steps of a work item come back ordered by source then step; other work items stay apart; unknown keys are empty")
  void stepsOfOneWork() {
    Instant t = ContractEvents.T0;
    SourceStep b = SourceStep.started(new OperationKey("w", "b-source", "erase"), 1, "", t);
    SourceStep a2 = SourceStep.started(new OperationKey("w", "a-source", "erase"), 1, "", t);
    SourceStep a1 = SourceStep.started(new OperationKey("w", "a-source", "depersonalize"), 1, "", t);
    SourceStep other = SourceStep.started(new OperationKey("w2", "a-source", "erase"), 1, "", t);
    for (SourceStep s : List.of(b, a2, other, a1)) {
      record(s);
    }
    assertEquals(List.of(a1, a2, b), stores.steps().steps("w"));
    assertEquals(List.of(other), stores.steps().steps("w2"));
    assertEquals(List.of(), stores.steps().steps("nothing"));
    assertEquals(Optional.empty(), stores.steps().find(new OperationKey("w", "c-source", "erase")));
  }

  @Test
  @DisplayName("R28: the acting staff member and hostile texts round-trip exactly")
  void actorAndHostileTexts() {
    int n = 0;
    for (String hostile : ContractEvents.HOSTILE) {
      if (hostile.indexOf('\u0000') >= 0 || hostile.length() > 200 || hostile.indexOf('/') >= 0) {
        continue;
      }
      n++;
      OperationKey key = new OperationKey("work " + hostile, "source " + n, "rectify");
      SourceStep s = SourceStep.started(key, 1, hostile, ContractEvents.T0).done(new SourceResult(Set.of(), Set.of()),
          ContractEvents.T0);
      record(s);
      assertEquals(Optional.of(s), stores.steps().find(key), hostile);
      assertEquals(List.of(s), stores.steps().steps("work " + hostile), hostile);
    }
  }

  @Test
  @DisplayName("scan gives every step's canonical form keyed by its operation key")
  void scan() {
    SourceStep a = SourceStep.started(new OperationKey("w", "a", "erase"), 1, "staff-7", ContractEvents.T0);
    SourceStep b = a.failed("down", ContractEvents.T0.plusSeconds(1));
    SourceStep c = SourceStep.started(new OperationKey("w", "b", "erase"), 1, "", ContractEvents.T0);
    record(a);
    record(b);
    record(c);
    List<StoredRow> rows = new ArrayList<>();
    stores.steps().scan(rows::add);
    rows.sort(java.util.Comparator.comparing(StoredRow::key));
    assertEquals(List.of(StoredRow.of("w/a/erase", b.canonical()), StoredRow.of("w/b/erase", c.canonical())), rows);
  }
}
