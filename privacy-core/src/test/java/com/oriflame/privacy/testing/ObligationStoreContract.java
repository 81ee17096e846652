package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consultant.Closure;
import com.oriflame.privacy.consultant.ObligationCause;
import com.oriflame.privacy.consultant.TrackedObligation;
import com.oriflame.privacy.policy.DutyId;
import com.oriflame.privacy.spi.ObligationStore;
import com.oriflame.privacy.spi.StoredRow;
import com.oriflame.privacy.spi.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The contract every {@link ObligationStore} must pass (§7, R31). */
public abstract class ObligationStoreContract {
  private static final SubjectId ANNA = SubjectId.of("consultant-anna");
  private static final SubjectId BOLOT = SubjectId.of("consultant-bolot");

  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  private static TrackedObligation obligation(String id, SubjectId consultant, String duty, long createdSeconds, long dueHours) {
    Instant created = ContractEvents.T0.plusSeconds(createdSeconds).plusNanos(1_000);
    return new TrackedObligation(id, consultant, DutyId.of(duty), ObligationCause.CANCELLATION, "приказ № 17 «отмена»", created,
        created.plus(Duration.ofHours(dueHours)), "1", Optional.empty());
  }

  private static ObligationStore.Write write(TrackedObligation o) {
    return new ObligationStore.Write(o, new AuditDraft(o.createdAt(), "consultant.obligation.opened", "ref", "1",
        Map.of("obligation", o.id())));
  }

  @Test
  @Tag("R31")
  @DisplayName("R31 a batch of obligations is stored whole with its audit records; found by id and by Consultant, oldest first")
  void recordBatch() {
    TrackedObligation ret = obligation("obligation.return", ANNA, "duty.return-entrusted-data", 10, 24);
    TrackedObligation destroy = obligation("obligation.destroy", ANNA, "duty.destroy-entrusted-data", 10, 24);
    TrackedObligation other = obligation("obligation.other", BOLOT, "duty.check-and-report", 5, 24);
    stores.obligations().record(List.of(write(ret), write(destroy)));
    stores.obligations().record(List.of(write(other)));
    assertEquals(3, stores.audit().head().sequence());
    assertEquals(Optional.of(ret), stores.obligations().find("obligation.return"));
    assertEquals(Optional.empty(), stores.obligations().find("obligation.none"));
    assertEquals(List.of(destroy, ret), stores.obligations().of(ANNA), "same instant: by id");
    assertEquals(List.of(other), stores.obligations().of(BOLOT));
    assertEquals(List.of(), stores.obligations().of(SubjectId.of("nobody")));
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @Tag("R31")
  @DisplayName("R31 overdue lists open obligations due before the instant, the longest overdue first; a closed one is replaced and drops out")
  void overdueAndClose() {
    TrackedObligation early = obligation("obligation.early", ANNA, "duty.return-entrusted-data", 0, 1);
    TrackedObligation late = obligation("obligation.late", BOLOT, "duty.return-entrusted-data", 0, 48);
    TrackedObligation middle = obligation("obligation.middle", ANNA, "duty.destroy-entrusted-data", 0, 24);
    stores.obligations().record(List.of(write(late), write(early), write(middle)));
    assertEquals(List.of(early, middle), stores.obligations().overdue(ContractEvents.T0.plus(Duration.ofHours(30))));
    assertEquals(List.of(), stores.obligations().overdue(early.dueAt()), "due at the instant is not yet overdue");
    TrackedObligation closed = early.closedWith(new Closure(early.createdAt().plusSeconds(60), "акт уничтожения № 5; USB stick"));
    stores.obligations().record(List.of(write(closed)));
    assertEquals(Optional.of(closed), stores.obligations().find(early.id()));
    assertEquals(List.of(middle), stores.obligations().overdue(ContractEvents.T0.plus(Duration.ofHours(30))));
    assertEquals(List.of(early.id(), middle.id()), stores.obligations().of(ANNA).stream().map(TrackedObligation::id).toList());
  }

  @Test
  @DisplayName("scan yields every obligation in its canonical form, keyed by id")
  void scan() {
    TrackedObligation a = obligation("obligation.a", ANNA, "duty.return-entrusted-data", 0, 1);
    TrackedObligation b = obligation("obligation.b", BOLOT, "duty.return-entrusted-data", 0, 1)
        .closedWith(new Closure(ContractEvents.T0.plusSeconds(7), "report 7"));
    stores.obligations().record(List.of(write(a), write(b)));
    List<StoredRow> rows = new ArrayList<>();
    stores.obligations().scan(rows::add);
    rows.sort((x, y) -> x.key().compareTo(y.key()));
    assertEquals(List.of(StoredRow.of(a.id(), a.canonical()), StoredRow.of(b.id(), b.canonical())), rows);
  }
}
