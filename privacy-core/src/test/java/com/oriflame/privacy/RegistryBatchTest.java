package com.oriflame.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.ConsentRejectedException;
import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.RejectionCode;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code subjects().saveAll}: a bulk import of profiles, audited one by one, all or nothing on bad input. */
class RegistryBatchTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final MutableClock clock = MutableClock.at("2024-02-01T00:00:00Z");
  private final InMemoryStores stores = InMemoryStores.create();
  private final PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).build();

  private SubjectProfile consultant(String id) {
    return SubjectProfile.builder(SubjectId.of(id)).birthDate(LocalDate.of(1990, 1, 1))
        .contract(Contract.since(Instant.parse("2024-01-01T00:00:00Z"))).providedCategories(policy.categories("contact")).build();
  }

  @Test
  @DisplayName("saveAll stores every profile with its own audit record, equal to saving each, and the audit verifies")
  void batch() {
    List<SubjectProfile> profiles = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      profiles.add(consultant("batch-" + i));
    }
    Instant from = Instant.parse("2024-01-15T00:00:00Z");
    engine.subjects().save(profiles.get(3).toBuilder().openMonetaryClaim(true).build(), from);
    engine.subjects().saveAll(profiles, from);
    assertEquals(51, stores.audit().head().sequence(), "one audit record per profile");
    for (SubjectProfile p : profiles) {
      assertEquals(List.of(p), engine.subjects().history(p.id()).stream().map(v -> v.profile()).toList());
    }
    assertTrue(engine.verifyAudit().intact(), "the replaced version is named in its audit record");
  }

  @Test
  @DisplayName("a batch with a profile valid in the future, or two of one subject, stores nothing and says where")
  void badBatches() {
    List<SubjectProfile> twice = List.of(consultant("a"), consultant("b"), consultant("a"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> engine.subjects().saveAll(twice, clock.instant()));
    assertTrue(e.getMessage().contains("position 2"), e.getMessage());
    ConsentRejectedException future = assertThrows(ConsentRejectedException.class,
        () -> engine.subjects().saveAll(List.of(consultant("c")), clock.instant().plus(Duration.ofSeconds(1))));
    assertEquals(RejectionCode.PROFILE_IN_THE_FUTURE, future.code());
    List<SubjectProfile> withNull = new ArrayList<>(List.of(consultant("d")));
    withNull.add(null);
    NullPointerException none = assertThrows(NullPointerException.class, () -> engine.subjects().saveAll(withNull, clock.instant()));
    assertTrue(none.getMessage().contains("position 1"), none.getMessage());
    assertEquals(0, stores.audit().head().sequence());
    assertTrue(engine.subjects().find(SubjectId.of("a")).isEmpty());
  }
}
