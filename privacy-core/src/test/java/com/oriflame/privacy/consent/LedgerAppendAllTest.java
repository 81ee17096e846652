package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.testing.ContractEvents;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link ConsentLedger#appendAll}: bulk import with the checks of {@code append}, all or nothing. */
class LedgerAppendAllTest {
  private final MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");
  private final InMemoryStores stores = InMemoryStores.create();
  private final PrivacyEngine engine = PrivacyEngine.builder().policy(Policies.oriflameKyrgyzstan2017()).stores(stores)
      .clock(clock).build();

  @Test
  @DisplayName("a batch is stored with one audit record per new event; a retry appends nothing")
  void batch() {
    List<ConsentEvent> events = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      events.add(ContractEvents.grant("g-" + i, SubjectId.of("s-" + i), "marketing.similar-goods.sms", i));
    }
    List<Recorded> recorded = engine.consents().appendAll(events);
    assertEquals(50, recorded.size());
    assertTrue(recorded.stream().allMatch(Recorded::appended));
    assertTrue(recorded.get(0).receipt().isPresent());
    assertEquals(50, stores.audit().head().sequence());
    assertTrue(engine.consents().state(SubjectId.of("s-7"), Instant.parse("2024-02-01T00:00:00Z"))
        .consent(PurposeId.of("marketing.similar-goods.sms")).granted());
    assertFalse(engine.consents().appendAll(events).stream().anyMatch(Recorded::appended));
    assertEquals(50, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @DisplayName("an event the checks refuse, anywhere in the batch, writes nothing")
  void refusedEventWritesNothing() {
    ConsentEvent ok = ContractEvents.grant("ok", SubjectId.of("s-1"), "marketing.similar-goods.sms", 1);
    ConsentEvent notConsentBased = new ConsentGranted(EventId.of("bad"), SubjectId.of("s-2"),
        Set.of(PurposeId.of("site.improvement")), "1", ok.effectiveAt(), ok.recordedAt(), ok.evidence());
    ConsentRejectedException e = assertThrows(ConsentRejectedException.class,
        () -> engine.consents().appendAll(List.of(ok, notConsentBased)));
    assertEquals(RejectionCode.NOT_CONSENT_BASED, e.code());
    assertEquals(List.of(), engine.consents().history(SubjectId.of("s-1")));
    assertEquals(0, stores.audit().head().sequence());
  }
}
