package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.disclosure.Citation;
import com.oriflame.privacy.disclosure.DisclosedRecipient;
import com.oriflame.privacy.disclosure.Disclosure;
import com.oriflame.privacy.disclosure.DisclosureGround;
import com.oriflame.privacy.disclosure.SubjectNotice;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.LegalBasis;
import com.oriflame.privacy.policy.ObligationKind;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RecipientId;
import com.oriflame.privacy.spi.StoredRow;
import com.oriflame.privacy.spi.Stores;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract every {@code DisclosureStore} must pass (R22, R40). */
public abstract class DisclosureStoreContract {
  private static final SubjectId ALICE = SubjectId.of("alice");
  /** An id with the characters a key column must keep exactly. */
  private static final SubjectId ODD = SubjectId.of("bob\\0\u0000\u00e9\ud83d\ude00");
  private static final RecipientId MARKETERS = RecipientId.of("third-party-marketers");
  private static final RecipientId GROUP = RecipientId.of("group-companies");

  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  /**
   * @param id the disclosure's id
   * @param subject whose data
   * @param recipient to whom
   * @param at when
   * @param country the destination abroad, or {@code null} for a dissemination at home
   * @param notice whether the permit obliged a notice (R40)
   * @return a disclosure as the engine logs it
   */
  public static Disclosure disclosure(String id, SubjectId subject, RecipientId recipient, Instant at, String country,
      boolean notice) {
    return Disclosure.builder().id(id).subject(subject).recipient(recipient).party(notice ? "«Маркетинг» ОсОО" : null)
        .purpose(PurposeId.of(notice ? "marketing.third-party" : "contract.performance"))
        .categories(List.of(CategoryId.of("contact.email"), CategoryId.of("identity.full-name")))
        .operation(country == null ? Operation.DISSEMINATION : Operation.CROSS_BORDER_TRANSFER)
        .legalBasis(notice ? LegalBasis.CONSENT : LegalBasis.CONTRACT)
        .ground(notice ? DisclosureGround.CONSENT : DisclosureGround.PROCESSOR_CONTRACT)
        .destinationCountry(country).at(at).policy("oriflame-kg", "1")
        .reasons(List.of(new Citation("BASIS_CONSENT", "R9", List.of(ClauseRef.of("§2"), ClauseRef.of("§6.1")))))
        .obligations(notice ? Set.of(ObligationKind.RECORD_DISCLOSURE, ObligationKind.NOTIFY_SUBJECT)
            : Set.of(ObligationKind.RECORD_DISCLOSURE, ObligationKind.LOG_CROSS_BORDER))
        .build();
  }

  private static AuditDraft audit(String id) {
    return new AuditDraft(ContractEvents.T0, "disclosure.recorded", "", "1", Map.of("disclosure", id));
  }

  private static Instant t(int minutes) {
    return ContractEvents.T0.plus(Duration.ofMinutes(minutes));
  }

  @Test
  @DisplayName("R22: disclosures are kept whole, with their country, and read per subject and per recipient, oldest first")
  void recordAndRead() {
    Disclosure late = disclosure("d-2", ALICE, GROUP, t(20), "RU", false);
    Disclosure early = disclosure("d-1", ALICE, MARKETERS, t(10), null, true);
    Disclosure odd = disclosure("d-3", ODD, GROUP, t(15), "SE", false);
    for (Disclosure d : List.of(late, early, odd)) {
      assertSame(d, stores.disclosures().record(d, audit(d.id())));
    }
    assertEquals(List.of(early, late), stores.disclosures().about(ALICE));
    assertEquals(List.of(odd), stores.disclosures().about(ODD));
    assertEquals(List.of(odd, late), stores.disclosures().to(GROUP));
    assertEquals(Optional.of(late), stores.disclosures().find("d-2"));
    assertEquals("RU", stores.disclosures().find("d-2").orElseThrow().destinationCountry().orElseThrow());
    assertTrue(stores.disclosures().find("d-2").orElseThrow().crossBorder());
    assertEquals(Optional.empty(), stores.disclosures().find("d-9"));
    assertEquals(List.of(), stores.disclosures().about(SubjectId.of("nobody")));
    assertEquals(3, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @DisplayName("a disclosure logged again under its id writes nothing and returns the stored one")
  void idempotent() {
    Disclosure first = disclosure("d-1", ALICE, GROUP, t(1), "RU", false);
    stores.disclosures().record(first, audit("d-1"));
    Disclosure retry = disclosure("d-1", ALICE, GROUP, t(2), "SE", false);
    assertEquals(first, stores.disclosures().record(retry, audit("d-1")));
    assertEquals(1, stores.audit().head().sequence());
    assertEquals(List.of(first), stores.disclosures().about(ALICE));
  }

  @Test
  @DisplayName("R40: a disclosure that owes a notice is pending until marked sent, once, with its audit record")
  void notices() {
    Disclosure owed = disclosure("d-1", ALICE, MARKETERS, t(5), null, true);
    Disclosure processor = disclosure("d-2", ALICE, GROUP, t(1), "RU", false);
    Disclosure owedToo = disclosure("d-3", ODD, MARKETERS, t(2), null, true);
    for (Disclosure d : List.of(owed, processor, owedToo)) {
      stores.disclosures().record(d, audit(d.id()));
    }
    assertEquals(List.of(new SubjectNotice(owedToo, Optional.empty()), new SubjectNotice(owed, Optional.empty())),
        stores.disclosures().pendingNotices(10));
    assertEquals(List.of(new SubjectNotice(owedToo, Optional.empty())), stores.disclosures().pendingNotices(1));
    assertEquals(Optional.empty(), stores.disclosures().notice("d-2"));
    assertEquals(Optional.empty(), stores.disclosures().notice("d-9"));
    assertFalse(stores.disclosures().markNoticeSent("d-2", t(6), audit("d-2")));
    assertEquals(3, stores.audit().head().sequence());

    Instant sent = Instant.parse("2024-01-01T01:00:00.123456789Z");
    assertTrue(stores.disclosures().markNoticeSent("d-3", sent, audit("d-3")));
    assertFalse(stores.disclosures().markNoticeSent("d-3", t(90), audit("d-3")));
    assertEquals(4, stores.audit().head().sequence());
    SubjectNotice marked = stores.disclosures().notice("d-3").orElseThrow();
    assertEquals(Optional.of(Instant.parse("2024-01-01T01:00:00.123456Z")), marked.sentAt());
    assertEquals(List.of(marked), stores.disclosures().notices(ODD));
    assertEquals(List.of(new SubjectNotice(owed, Optional.empty())), stores.disclosures().pendingNotices(10));
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @DisplayName("R36: recipients and countries actually disclosed to, counted with the first and last date")
  void disclosedRecipients() {
    stores.disclosures().record(disclosure("d-1", ALICE, GROUP, t(3), "RU", false), audit("d-1"));
    stores.disclosures().record(disclosure("d-2", ODD, GROUP, t(1), "RU", false), audit("d-2"));
    stores.disclosures().record(disclosure("d-3", ODD, GROUP, t(2), "SE", false), audit("d-3"));
    stores.disclosures().record(disclosure("d-4", ALICE, MARKETERS, t(4), null, true), audit("d-4"));
    assertEquals(List.of(
            new DisclosedRecipient(GROUP, Optional.of("RU"), true, 2, t(1), t(3)),
            new DisclosedRecipient(GROUP, Optional.of("SE"), true, 1, t(2), t(2)),
            new DisclosedRecipient(MARKETERS, Optional.empty(), false, 1, t(4), t(4))),
        stores.disclosures().disclosedRecipients());
    assertEquals(List.of(), newStores().disclosures().disclosedRecipients());
  }

  @Test
  @DisplayName("scan gives each row's canonical form with its notice state, for audit verification")
  void scan() {
    Disclosure owed = disclosure("d-1", ODD, MARKETERS, t(1), null, true);
    Disclosure processor = disclosure("d-2", ALICE, GROUP, t(2), "CH", false);
    stores.disclosures().record(owed, audit("d-1"));
    stores.disclosures().record(processor, audit("d-2"));
    stores.disclosures().markNoticeSent("d-1", t(3), audit("d-1"));
    List<StoredRow> rows = new ArrayList<>();
    stores.disclosures().scan(rows::add);
    rows.sort(java.util.Comparator.comparing(StoredRow::key));
    assertEquals(List.of(StoredRow.of("d-1", new SubjectNotice(owed, Optional.of(t(3))).canonical()),
        StoredRow.of("d-2", processor.canonical())), rows);
  }
}
