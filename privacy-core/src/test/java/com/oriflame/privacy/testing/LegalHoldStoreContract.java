package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.retention.LegalHold;
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

/** The contract every {@link com.oriflame.privacy.spi.LegalHoldStore} must pass, with the subject listing retention pages through. */
public abstract class LegalHoldStoreContract {
  private static final Instant START = Instant.parse("2024-03-01T10:15:30.123456Z");
  private static final SubjectId ANNA = SubjectId.of("anna «Ж» 1");
  private static final SubjectId BOLOT = SubjectId.of("bolot-2");

  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  private static AuditDraft audit(String action) {
    return new AuditDraft(ContractEvents.T0, action, "", "1", Map.of("hold", "h"));
  }

  private static LegalHold debt(String id, SubjectId subject, Instant start) {
    return LegalHold.builder(subject, HoldReason.DEBT_COLLECTION, "Claim №42/2024").id(id).from(start)
        .categories(List.of(CategoryId.of("financial"), CategoryId.of("identity.full-name")))
        .purposes(List.of(PurposeId.of("debt.recovery"))).build();
  }

  @Test
  @DisplayName("holds round-trip whole; saving the same id replaces it (a lift); each write is audited")
  void saveFindReplace() {
    LegalHold a = debt("hold-a", ANNA, START);
    LegalHold b = LegalHold.builder(ANNA, HoldReason.DISPUTE, "case 7").id("hold-b").from(START.plusSeconds(60)).build();
    LegalHold c = debt("hold-c", BOLOT, START);
    stores.legalHolds().save(a, audit("legal-hold.placed"));
    stores.legalHolds().save(b, audit("legal-hold.placed"));
    stores.legalHolds().save(c, audit("legal-hold.placed"));
    assertEquals(Optional.of(a), stores.legalHolds().find("hold-a"));
    assertEquals(Optional.empty(), stores.legalHolds().find("hold-x"));
    LegalHold lifted = a.endingAt(START.plusSeconds(3600));
    stores.legalHolds().save(lifted, audit("legal-hold.lifted"));
    assertEquals(Optional.of(lifted), stores.legalHolds().find("hold-a"));
    Map<SubjectId, List<LegalHold>> bySubject = stores.legalHolds().forSubjects(List.of(ANNA, BOLOT, SubjectId.of("nobody")));
    assertEquals(Map.of(ANNA, List.of(lifted, b), BOLOT, List.of(c)), bySubject);
    assertEquals(List.of("hold-b", "hold-c"),
        stores.legalHolds().activeAt(START.plusSeconds(3600)).stream().map(LegalHold::id).toList());
    assertEquals(4, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
    List<StoredRow> rows = new ArrayList<>();
    stores.legalHolds().scan(rows::add);
    assertEquals(Set.of(lifted.canonical(), b.canonical(), c.canonical()),
        Set.copyOf(rows.stream().map(StoredRow::form).toList()));
  }

  @Test
  @DisplayName("applied actions are journaled with their audit records; journaling an id again keeps it once")
  void journal() {
    stores.legalHolds().markApplied(List.of("retention-a", "retention-b"),
        List.of(audit("retention.applied"), audit("retention.applied")));
    assertEquals(Set.of("retention-a"), stores.legalHolds().applied(List.of("retention-a", "retention-c")));
    stores.legalHolds().markApplied(List.of("retention-a"), List.of(audit("retention.applied")));
    assertEquals(Set.of("retention-a", "retention-b"), stores.legalHolds().applied(List.of("retention-a", "retention-b")));
    assertEquals(Set.of(), stores.legalHolds().applied(List.of()));
    assertEquals(3, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @DisplayName("subjects with a profile are listed page by page, each once, in a stable order")
  void subjectPages() {
    List<SubjectId> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      SubjectId s = SubjectId.of("s-" + i + (i % 2 == 0 ? "Ж" : ""));
      all.add(s);
      stores.subjects().save(new ProfileVersion(START, SubjectProfile.builder(s).build()),
          new AuditDraft(ContractEvents.T0, "subject.saved", "", "1", Map.of()));
      stores.subjects().save(new ProfileVersion(START.plusSeconds(1), SubjectProfile.builder(s).build()),
          new AuditDraft(ContractEvents.T0, "subject.saved", "", "1", Map.of()));
    }
    List<SubjectId> seen = new ArrayList<>();
    SubjectId after = null;
    while (true) {
      List<SubjectId> page = stores.subjects().subjectIds(after, 3);
      if (page.isEmpty()) {
        break;
      }
      assertTrue(page.size() <= 3);
      seen.addAll(page);
      after = page.get(page.size() - 1);
    }
    assertEquals(Set.copyOf(all), Set.copyOf(seen));
    assertEquals(all.size(), seen.size());
  }
}
