package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.Blocking;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.BlockingGround;
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
        .blocks(List.of(Blocking.ofSubject(BlockingGround.INACCURATE),
            Blocking.of(BlockingGround.OUTDATED, CategoryId.of("contact.email"), CategoryId.of("identity.tax-id"))))
        .erased(false)
        .legalHolds(Set.of(HoldReason.DISPUTE, HoldReason.LEGAL_COMPLIANCE))
        .restrictedPurposes(Set.of(PurposeId.of("marketing.recommendations")))
        .build();
  }

  private static AuditDraft audit() {
    return new AuditDraft(ContractEvents.T0, "subject.saved", "subject:test", "1", Map.of());
  }

  private static ProfileVersion at(String instant, SubjectProfile profile) {
    return new ProfileVersion(Instant.parse(instant), profile);
  }

  @Test
  @DisplayName("versions are kept in validFrom order, whole; a version at the same instant is replaced")
  void versions() {
    SubjectId id = SubjectId.of("s-1");
    SubjectProfile full = full(id);
    SubjectProfile minimal = SubjectProfile.builder(id).build();
    stores.subjects().save(at("2024-03-01T00:00:00.000001Z", minimal), audit());
    stores.subjects().save(at("2024-01-01T00:00:00Z", full), audit());
    assertEquals(List.of(at("2024-01-01T00:00:00Z", full), at("2024-03-01T00:00:00.000001Z", minimal)), stores.subjects().history(id));
    SubjectProfile corrected = full.toBuilder().openMonetaryClaim(false).build();
    stores.subjects().save(at("2024-01-01T00:00:00Z", corrected), audit());
    assertEquals(List.of(at("2024-01-01T00:00:00Z", corrected), at("2024-03-01T00:00:00.000001Z", minimal)),
        stores.subjects().history(id));
    assertEquals(Optional.of(corrected),
        ProfileVersion.at(stores.subjects().history(id), Instant.parse("2024-02-01T00:00:00Z")).map(ProfileVersion::profile));
    assertEquals(List.of(), stores.subjects().history(SubjectId.of("s-2")));
    assertEquals(3, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @DisplayName("the bulk read returns the histories that exist")
  void histories() {
    List<SubjectId> ids = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      SubjectId id = SubjectId.of("s-" + i);
      ids.add(id);
      if (i % 2 == 0) {
        stores.subjects().save(at("2024-01-01T00:00:00Z", full(id)), audit());
        stores.subjects().save(at("2024-02-01T00:00:00Z", full(id).toBuilder().erased(true).build()), audit());
      }
    }
    Map<SubjectId, List<ProfileVersion>> found = stores.subjects().histories(ids);
    assertEquals(13, found.size());
    found.forEach((id, h) -> assertEquals(List.of(at("2024-01-01T00:00:00Z", full(id)),
        at("2024-02-01T00:00:00Z", full(id).toBuilder().erased(true).build())), h));
  }

  @Test
  @DisplayName("hostile ids are stored and found exactly")
  void hostileIds() {
    for (String value : ContractEvents.HOSTILE) {
      SubjectId id = SubjectId.of(value);
      stores.subjects().save(at("2024-01-01T00:00:00Z", full(id)), audit());
      assertEquals(List.of(at("2024-01-01T00:00:00Z", full(id))), stores.subjects().history(id));
    }
    assertEquals(List.of(), stores.subjects().history(SubjectId.of("ab")));
  }
}
