package com.oriflame.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.AuditTrail;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.spi.AuditLog;
import com.oriflame.privacy.testing.MutableClock;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link PrivacyEngine#audit()} is read-only: head, read, scan, verify; nobody appends through it. */
class AuditTrailTest {
  private final MutableClock clock = MutableClock.at("2024-03-01T10:00:00Z");
  private final InMemoryStores stores = InMemoryStores.create();
  private final PrivacyEngine engine = PrivacyEngine.builder().policy(Policies.oriflameKyrgyzstan2017()).stores(stores)
      .clock(clock).build();

  private void saves(int n) {
    for (int i = 0; i < n; i++) {
      engine.subjects().save(SubjectProfile.builder(SubjectId.of("s-" + i)).birthDate(LocalDate.of(1990, 1, 1)).build());
      clock.advance(Duration.ofSeconds(1));
    }
  }

  @Test
  @DisplayName("the audit trail offers no way to append, and is not the writable port")
  void readOnly() {
    AuditTrail trail = engine.audit();
    assertFalse(trail instanceof AuditLog, "not the writable port behind a cast");
    List<String> methods = new ArrayList<>(Arrays.stream(AuditTrail.class.getMethods()).map(Method::getName).distinct().sorted().toList());
    assertEquals(List.of("head", "read", "scan", "verify"), methods);
    assertFalse(trail.toString().contains("InMemory"), trail.toString());
  }

  @Test
  @DisplayName("head, read and scan see what the engine wrote; scan pages past 1,000 records up to the head it read first")
  void reads() {
    saves(1_205);
    AuditTrail trail = engine.audit();
    assertEquals(1_205, trail.head().sequence());
    assertEquals(stores.audit().head(), trail.head());
    List<AuditRecord> page = trail.read(1_000, 10);
    assertEquals(List.of(1_000L, 1_001L), page.subList(0, 2).stream().map(AuditRecord::sequence).toList());
    List<Long> scanned = new ArrayList<>();
    trail.scan(2, r -> {
      scanned.add(r.sequence());
      if (r.sequence() == 3) {
        saves(1); // a writer going on meanwhile is not part of this scan
      }
    });
    assertEquals(1_204, scanned.size());
    assertEquals(2L, scanned.get(0));
    assertEquals(1_205L, scanned.get(scanned.size() - 1));
    assertEquals("fromSequence must be at least 1 (the first record), was 0",
        assertThrows(IllegalArgumentException.class, () -> trail.read(0, 1)).getMessage());
    assertEquals("limit must not be negative, was -1",
        assertThrows(IllegalArgumentException.class, () -> trail.read(1, -1)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> trail.scan(0, r -> { }));
  }

  @Test
  @DisplayName("verify proves chain and ledger, and against an anchor the host kept")
  void verify() {
    saves(3);
    ChainHead anchor = engine.audit().head();
    saves(2);
    assertTrue(engine.audit().verify().intact());
    assertTrue(engine.audit().verify(anchor).intact());
    VerificationResult forged = engine.audit().verify(new ChainHead(2, "f".repeat(64)));
    assertEquals(VerificationResult.Kind.ANCHOR, forged.kind());
    assertEquals(engine.verifyAudit(anchor), engine.audit().verify(anchor));
    assertThrows(NullPointerException.class, () -> engine.audit().verify(null));
  }
}
