package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventConflictException;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.retention.LegalHold;
import com.oriflame.privacy.spi.ChangeFeed;
import com.oriflame.privacy.spi.ChangeFeed.Changes;
import com.oriflame.privacy.spi.ConsentStore.Append;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.spi.SubjectStore;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ChangeFeed} must pass: each write about a subject (consent event,
 * profile version, register legal hold) lists the subject from every earlier position, nothing at
 * or before a position is listed again, a write that fails or changes nothing lists nothing, and
 * more subjects than the limit overflow.
 */
public abstract class ChangeFeedContract {
  private static final SubjectId ANNA = SubjectId.of("anna «Ж» 1");
  private static final SubjectId BOLOT = SubjectId.of("bolot\\0-2");
  private static final SubjectId CHOLPON = SubjectId.of("cholpon-3");
  private static final SubjectId DANIYAR = SubjectId.of("daniyar-4");
  private static final SubjectId ERKIN = SubjectId.of("erkin-5");

  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores that keep a change feed */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  private ChangeFeed feed() {
    return stores.changes().orElseThrow(() -> new AssertionError("these stores keep no change feed"));
  }

  private static AuditDraft audit() {
    return new AuditDraft(ContractEvents.T0, "test.write", "", "1", Map.of());
  }

  private void append(ConsentEvent e) {
    stores.consents().append(e, audit());
  }

  @Test
  @DisplayName("every write about a subject lists it: single and batched events, profile versions, legal holds")
  void everyWriteListsItsSubject() {
    long start = feed().position();
    append(ContractEvents.grant("e1", ANNA, "marketing.similar-goods.sms", 1));
    stores.consents().appendAll(List.of(new Append(ContractEvents.grant("e2", BOLOT, "marketing.similar-goods.sms", 2), audit()),
        new Append(ContractEvents.withdraw("e3", BOLOT, "marketing.similar-goods.sms", 3), audit())));
    stores.subjects().save(new ProfileVersion(ContractEvents.T0, SubjectProfile.builder(CHOLPON).build()), audit());
    stores.legalHolds().save(LegalHold.builder(DANIYAR, HoldReason.DISPUTE, "case 7").id("hold-1").from(ContractEvents.T0)
        .build(), audit());
    long beforeBatch = feed().position();
    stores.subjects().saveAll(List.of(new SubjectStore.Save(new ProfileVersion(ContractEvents.T0, SubjectProfile.builder(ANNA)
        .build()), audit()), new SubjectStore.Save(new ProfileVersion(ContractEvents.T0, SubjectProfile.builder(ERKIN).build()),
        audit())));
    assertEquals(Set.of(ANNA, ERKIN), feed().since(beforeBatch, 100).subjects());
    Changes changes = feed().since(start, 100);
    assertEquals(Set.of(ANNA, BOLOT, CHOLPON, DANIYAR, ERKIN), changes.subjects());
    assertFalse(changes.overflowed());
    assertEquals(feed().position(), changes.position());
    assertTrue(changes.position() > start);
  }

  @Test
  @DisplayName("nothing at or before a position is listed again; positions never go backwards")
  void onlyWhatCameAfter() {
    append(ContractEvents.grant("e1", ANNA, "marketing.similar-goods.sms", 1));
    long afterAnna = feed().position();
    assertEquals(Set.of(), feed().since(afterAnna, 100).subjects());
    assertEquals(afterAnna, feed().since(afterAnna, 100).position());
    append(ContractEvents.grant("e2", BOLOT, "marketing.similar-goods.sms", 2));
    Changes changes = feed().since(afterAnna, 100);
    assertEquals(Set.of(BOLOT), changes.subjects());
    assertTrue(changes.position() > afterAnna);
    append(ContractEvents.withdraw("e3", ANNA, "marketing.similar-goods.sms", 3));
    assertEquals(Set.of(ANNA), feed().since(changes.position(), 100).subjects());
    assertEquals(Set.of(ANNA, BOLOT), feed().since(afterAnna, 100).subjects());
  }

  @Test
  @DisplayName("a failed write and a replayed event list nothing; a visitor's cookie choice lists no subject")
  void failedAndReplayedWritesListNothing() {
    ConsentEvent grant = ContractEvents.grant("e1", ANNA, "marketing.similar-goods.sms", 1);
    append(grant);
    long position = feed().position();
    append(grant);
    stores.consents().appendAll(List.of(new Append(grant, audit())));
    assertThrows(EventConflictException.class,
        () -> append(ContractEvents.grant("e1", BOLOT, "marketing.similar-goods.sms", 5)));
    append(ContractEvents.cookies("c1", BrowserId.of("browser-1"), 6));
    assertEquals(Set.of(), feed().since(position, 100).subjects());
  }

  @Test
  @DisplayName("more subjects than the limit overflow: no list, and a position past every change")
  void overflow() {
    long start = feed().position();
    append(ContractEvents.grant("e1", ANNA, "marketing.similar-goods.sms", 1));
    append(ContractEvents.grant("e2", BOLOT, "marketing.similar-goods.sms", 2));
    append(ContractEvents.grant("e3", CHOLPON, "marketing.similar-goods.sms", 3));
    Changes changes = feed().since(start, 2);
    assertTrue(changes.overflowed());
    assertEquals(Set.of(), changes.subjects());
    assertEquals(feed().position(), changes.position());
    assertEquals(Set.of(ANNA, BOLOT, CHOLPON), feed().since(start, 3).subjects());
    assertThrows(IllegalArgumentException.class, () -> feed().since(start, 0));
  }
}
