package com.oriflame.privacy.testing;

import static com.oriflame.privacy.testing.ContractEvents.accepted;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link SubjectStore} must pass. The jqwik property (tag {@code hostile-ids})
 * shares one set of stores across its tries and checks it against a model of every version saved.
 */
public abstract class SubjectStoreContract {
  /** The stores under test, fresh for each test and for each property. */
  protected Stores stores;

  /** The model of the property: every version saved in this property's tries, by subject and instant. */
  private final Map<SubjectId, TreeMap<Instant, ProfileVersion>> saved = new HashMap<>();

  /** The number of the current try, for instants. */
  private int tries;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  /**
   * Creates the stores and empties the model for a jqwik property: JUnit's {@code @BeforeEach} does
   * not run for properties.
   */
  @BeforeProperty
  protected void createPropertyStores() {
    createStores();
    saved.clear();
    tries = 0;
  }

  /** @return a profile with every field set */
  public static SubjectProfile full(SubjectId id) {
    return SubjectProfile.builder(id)
        .birthDate(LocalDate.of(1990, 5, 17))
        .contract(Contract.since(Instant.parse("2020-01-01T00:00:00.123456Z")).withEnd(Instant.parse("2024-01-01T10:00:00Z")).withCreditAssessmentRequired(true))
        .providedCategories(Set.of(CategoryId.of("contact.email"), CategoryId.of("identity")))
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
  @DisplayName("saveAll stores a batch as saving each in turn would: replacing same-instant versions, one audit record each")
  void saveAll() {
    SubjectId a = SubjectId.of("s-a «Ж»");
    SubjectId b = SubjectId.of("s-b\\0");
    SubjectProfile minimal = SubjectProfile.builder(a).build();
    stores.subjects().save(at("2024-01-01T00:00:00Z", minimal), audit());
    SubjectProfile later = full(a).toBuilder().openMonetaryClaim(false).build();
    stores.subjects().saveAll(List.of(
        new SubjectStore.Save(at("2024-01-01T00:00:00Z", full(a)), audit()),
        new SubjectStore.Save(at("2024-01-01T00:00:00Z", full(b)), audit()),
        new SubjectStore.Save(at("2024-02-01T00:00:00Z", minimal), audit()),
        new SubjectStore.Save(at("2024-01-01T00:00:00Z", later), audit()),
        new SubjectStore.Save(at("2024-03-01T00:00:00Z", SubjectProfile.builder(b).build()), audit()),
        new SubjectStore.Save(at("2024-03-01T00:00:00Z", full(b)), audit())));
    assertEquals(List.of(at("2024-01-01T00:00:00Z", later), at("2024-02-01T00:00:00Z", minimal)), stores.subjects().history(a));
    assertEquals(List.of(at("2024-01-01T00:00:00Z", full(b)), at("2024-03-01T00:00:00Z", full(b))), stores.subjects().history(b),
        "two new versions of one subject and instant in a batch: the later one is kept, as saving in turn would");
    assertEquals(7, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
    stores.subjects().saveAll(List.of());
    assertEquals(7, stores.audit().head().sequence());
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

  /** @return look-alike pairs of hostile texts (NUL, backslashes, normal forms, homoglyphs, lone surrogates, ...) */
  @Provide
  Arbitrary<Tuple2<String, String>> lookAlikeIds() {
    return PrivacyArbitraries.lookAlikePairs();
  }

  @Property(tries = 50)
  @Tag("hostile-ids")
  @Label("two different hostile ids never share a stored profile, and every accepted id round-trips")
  void differentIdsNeverShareProfiles(@ForAll("lookAlikeIds") Tuple2<String, String> ids) {
    int n = ++tries;
    Optional<SubjectId> a = accepted("subject id", ids.get1(), 1, 256, SubjectId::of);
    Optional<SubjectId> b = accepted("subject id", ids.get2(), 1, 256, SubjectId::of);
    a.ifPresent(s -> save(s, n));
    b.ifPresent(s -> {
      assertEquals(expectedHistory(s), stores.subjects().history(s), "B read a profile that is not its own");
      assertEquals(List.of(), stores.consents().events(s), "B read events, but none was ever appended");
      save(s, n);
    });
    List<SubjectId> subjects = new ArrayList<>();
    a.ifPresent(subjects::add);
    b.ifPresent(subjects::add);
    Map<SubjectId, List<ProfileVersion>> bulk = new LinkedHashMap<>();
    for (SubjectId s : subjects) {
      assertEquals(expectedHistory(s), stores.subjects().history(s), "a history is not exactly the subject's own versions");
      bulk.put(s, expectedHistory(s));
    }
    assertEquals(bulk, stores.subjects().histories(subjects), "the bulk read disagrees with the model");
  }

  /** Saves a full profile of {@code id} valid from {@code T0 + n} seconds, and records it in the model. */
  private void save(SubjectId id, int n) {
    ProfileVersion version = new ProfileVersion(ContractEvents.T0.plusSeconds(n), full(id));
    stores.subjects().save(version, audit());
    saved.computeIfAbsent(id, k -> new TreeMap<>()).put(version.validFrom(), version);
  }

  private List<ProfileVersion> expectedHistory(SubjectId id) {
    return List.copyOf(saved.getOrDefault(id, new TreeMap<>()).values());
  }
}
