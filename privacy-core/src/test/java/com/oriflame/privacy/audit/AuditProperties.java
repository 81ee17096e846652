package com.oriflame.privacy.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.testing.ContractEvents;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** verify() detects any single edited, deleted, reordered or inserted record. */
class AuditProperties {

  enum Tamper { EDIT_ACTION, EDIT_DETAIL, EDIT_SUBJECT, EDIT_INSTANT, DELETE, SWAP_WITH_NEXT, INSERT_FORGED, INSERT_RELINKED }

  private static List<AuditRecord> chain(int n) {
    List<AuditRecord> records = new ArrayList<>();
    AuditRecord previous = null;
    for (int i = 1; i <= n; i++) {
      previous = AuditChain.sha256().link(previous == null ? ChainHead.EMPTY : ChainHead.of(previous), ContractEvents.draft(i));
      records.add(previous);
    }
    return records;
  }

  private static AuditRecord with(AuditRecord r, String action, String subject, Map<String, String> details, java.time.Instant at) {
    return new AuditRecord(r.sequence(), at, action, subject, r.policyVersion(), details, r.previousHash(), r.hash());
  }

  @Provide
  Arbitrary<Tamper> tampers() {
    return Arbitraries.of(Tamper.class);
  }

  @Property(tries = 400)
  @Label("an intact chain verifies; any single tampering is found at or before the tampered record")
  void tamperingIsDetected(@ForAll @IntRange(min = 2, max = 40) int size, @ForAll @IntRange(min = 0, max = 39) int position,
      @ForAll("tampers") Tamper tamper) {
    List<AuditRecord> records = chain(size);
    ChainHead head = ChainHead.of(records.get(size - 1));
    assertTrue(AuditChain.sha256().verify(records, head).intact());
    assertEquals(size, AuditChain.sha256().verify(records, head).verified());

    int i = position % size;
    AuditRecord r = records.get(i);
    List<AuditRecord> tampered = new ArrayList<>(records);
    switch (tamper) {
      case EDIT_ACTION -> tampered.set(i, with(r, r.action() + "x", r.subjectRef(), r.details(), r.at()));
      case EDIT_DETAIL -> {
        Map<String, String> details = new HashMap<>(r.details());
        details.put("n", "forged");
        tampered.set(i, with(r, r.action(), r.subjectRef(), details, r.at()));
      }
      case EDIT_SUBJECT -> tampered.set(i, with(r, r.action(), "subject:forged", r.details(), r.at()));
      case EDIT_INSTANT -> tampered.set(i, with(r, r.action(), r.subjectRef(), r.details(), r.at().plusNanos(1_000)));
      case DELETE -> tampered.remove(i);
      case SWAP_WITH_NEXT -> {
        int j = i == size - 1 ? i - 1 : i + 1;
        Collections.swap(tampered, i, j);
      }
      case INSERT_FORGED -> tampered.add(i, new AuditRecord(r.sequence(), r.at(), "forged", "", "1", Map.of(),
          r.previousHash(), AuditChain.sha256().hash(r.previousHash(), r.sequence(), new AuditDraft(r.at(), "forged", "", "1", Map.of()))));
      case INSERT_RELINKED -> {
        // a forger who recomputes the inserted record's own hash still breaks the next link or the head
        AuditRecord before = i == 0 ? null : records.get(i - 1);
        tampered.add(i, AuditChain.sha256().link(before == null ? ChainHead.EMPTY : ChainHead.of(before), new AuditDraft(r.at(), "forged", "", "1", Map.of())));
      }
    }
    VerificationResult result = AuditChain.sha256().verify(tampered, head);
    assertFalse(result.intact(), () -> tamper + " at " + i + " of " + size + " went unnoticed");
    long first = result.firstBroken().orElseThrow();
    assertTrue(first >= 1 && first <= size + 1, result::toString);
    assertFalse(result.problem().isBlank());
  }

  @Property(tries = 100)
  @Label("canonical encodings of different records differ")
  void canonicalIsInjective(@ForAll("keys") String a, @ForAll("keys") String b) {
    AuditDraft one = new AuditDraft(ContractEvents.T0, "x", "", "1", Map.of(a, b));
    AuditDraft two = new AuditDraft(ContractEvents.T0, "x", "", "1", Map.of(a + b, ""));
    if (!b.isEmpty()) {
      assertFalse(AuditChain.canonical(1, one).equals(AuditChain.canonical(1, two)));
    }
  }

  @Provide
  Arbitrary<String> keys() {
    return Arbitraries.strings().withChars("a:;1").ofMaxLength(5);
  }
}
