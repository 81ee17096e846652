package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.spi.SubjectStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract every {@link SubjectStore} must pass. */
public abstract class SubjectStoreContract {
  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  /** @return a profile with every field set */
  public static SubjectProfile full(SubjectId id) {
    return SubjectProfile.builder(id)
        .birthDate(LocalDate.of(1990, 5, 17))
        .contract(new Contract(Instant.parse("2020-01-01T00:00:00.123456Z"), Instant.parse("2024-01-01T10:00:00Z"), true))
        .provided(Set.of(CategoryId.of("contact.email"), CategoryId.of("identity")))
        .productLines(List.of("skin-care", "fragrance"))
        .openMonetaryClaim(true)
        .lastActivity(Instant.parse("2023-12-31T23:59:59.999999Z"))
        .accountClosedAt(Instant.parse("2024-01-02T00:00:00Z"))
        .blocked(true)
        .erased(false)
        .legalHolds(Set.of(HoldReason.DISPUTE, HoldReason.LEGAL_COMPLIANCE))
        .restrictedPurposes(Set.of(PurposeId.of("marketing.recommendations")))
        .build();
  }

  private static AuditDraft audit() {
    return new AuditDraft(ContractEvents.T0, "subject.saved", "subject:test", "1", Map.of());
  }

  @Test
  @DisplayName("a saved profile is found whole; saving again replaces it")
  void saveFindReplace() {
    SubjectId id = SubjectId.of("s-1");
    SubjectProfile full = full(id);
    stores.subjects().save(full, audit());
    assertEquals(Optional.of(full), stores.subjects().find(id));
    SubjectProfile minimal = SubjectProfile.builder(id).build();
    stores.subjects().save(minimal, audit());
    assertEquals(Optional.of(minimal), stores.subjects().find(id));
    assertEquals(Optional.empty(), stores.subjects().find(SubjectId.of("s-2")));
    assertEquals(2, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @DisplayName("the bulk read returns the profiles that exist")
  void findAll() {
    List<SubjectId> ids = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      SubjectId id = SubjectId.of("s-" + i);
      ids.add(id);
      if (i % 2 == 0) {
        stores.subjects().save(full(id), audit());
      }
    }
    Map<SubjectId, SubjectProfile> found = stores.subjects().findAll(ids);
    assertEquals(13, found.size());
    found.forEach((id, p) -> assertEquals(full(id), p));
  }

  @Test
  @DisplayName("hostile ids are stored and found exactly")
  void hostileIds() {
    for (String value : ContractEvents.HOSTILE) {
      SubjectId id = SubjectId.of(value);
      stores.subjects().save(full(id), audit());
      assertEquals(Optional.of(full(id)), stores.subjects().find(id));
    }
    assertEquals(Optional.empty(), stores.subjects().find(SubjectId.of("ab")));
  }
}
