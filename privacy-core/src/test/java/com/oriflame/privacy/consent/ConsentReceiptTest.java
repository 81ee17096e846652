package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.policy.Labels;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link ConsentReceipt}: built by a builder with one setter per field instead of an 18-argument constructor. */
class ConsentReceiptTest {
  private static final Instant T = Instant.parse("2024-03-01T10:00:00Z");
  private static final String HASH = Evidence.sha256("notice");

  private static ConsentReceipt.Builder minimal() {
    return ConsentReceipt.builder().receiptId("r-1").action("grant").consentTimestamp(T).issuedAt(T).controller("Controller")
        .controllerAddress("Address").jurisdiction("KG").law("Law").policyId("policy.id").policyVersion("1")
        .subjectRef("subject:0123456789abcdef").channel("EMAIL").method("SUBJECT");
  }

  private static Map<String, Object> fields(ConsentReceipt r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("receiptId", r.receiptId());
    m.put("version", r.version());
    m.put("action", r.action());
    m.put("consentTimestamp", r.consentTimestamp());
    m.put("issuedAt", r.issuedAt());
    m.put("controller", r.controller());
    m.put("controllerAddress", r.controllerAddress());
    m.put("jurisdiction", r.jurisdiction());
    m.put("law", r.law());
    m.put("policyId", r.policyId());
    m.put("policyVersion", r.policyVersion());
    m.put("subjectRef", r.subjectRef());
    m.put("purposes", r.purposes());
    m.put("channel", r.channel());
    m.put("method", r.method());
    m.put("evidenceReference", r.evidenceReference());
    m.put("noticeHash", r.noticeHash());
    m.put("withdrawalChannels", r.withdrawalChannels());
    return m;
  }

  @Test
  @DisplayName("defaults: the current format, no purposes, an empty reference, no notice hash, no withdrawal channels")
  void defaults() {
    ConsentReceipt r = minimal().build();
    assertEquals(ConsentReceipt.FORMAT, r.version());
    assertTrue(r.purposes().isEmpty() && r.withdrawalChannels().isEmpty());
    assertEquals("", r.evidenceReference());
    assertEquals(Optional.empty(), r.noticeHash());
  }

  @Test
  @DisplayName("each builder setter sets exactly its own field; toBuilder keeps every value")
  void settersSetOneField() {
    Map<String, UnaryOperator<ConsentReceipt.Builder>> setters = new LinkedHashMap<>();
    setters.put("receiptId", b -> b.receiptId("r-2"));
    setters.put("version", b -> b.version("oriflame-privacy-receipt/2"));
    setters.put("action", b -> b.action("withdraw"));
    setters.put("consentTimestamp", b -> b.consentTimestamp(T.plusSeconds(1)));
    setters.put("issuedAt", b -> b.issuedAt(T.plusSeconds(1)));
    setters.put("controller", b -> b.controller("Other"));
    setters.put("controllerAddress", b -> b.controllerAddress("Elsewhere"));
    setters.put("jurisdiction", b -> b.jurisdiction("KZ"));
    setters.put("law", b -> b.law("Other law"));
    setters.put("policyId", b -> b.policyId("other.policy"));
    setters.put("policyVersion", b -> b.policyVersion("2"));
    setters.put("subjectRef", b -> b.subjectRef("subject:ffffffffffffffff"));
    setters.put("purposes", b -> b.purposes(List.of(new ConsentReceipt.ReceiptPurpose("p.one", Labels.of("ky", "ru", "en"),
        "CONSENT", List.of("contact.email"), List.of(), false, Optional.empty()))));
    setters.put("channel", b -> b.channel("PHONE"));
    setters.put("method", b -> b.method("GUARDIAN"));
    setters.put("evidenceReference", b -> b.evidenceReference("call 7"));
    setters.put("noticeHash", b -> b.noticeHash(HASH));
    setters.put("withdrawalChannels", b -> b.withdrawalChannels(List.of("EMAIL")));
    ConsentReceipt base = minimal().build();
    Map<String, Object> before = fields(base);
    setters.forEach((field, setter) -> {
      ConsentReceipt changed = setter.apply(base.toBuilder()).build();
      Map<String, Object> after = fields(changed);
      for (String name : before.keySet()) {
        if (name.equals(field)) {
          assertNotEquals(before.get(name), after.get(name), field + " was not set");
        } else {
          assertEquals(before.get(name), after.get(name), field + "(..) changed " + name);
        }
      }
      assertNotEquals(base, changed);
      assertEquals(changed, changed.toBuilder().build());
    });
    assertEquals(Optional.empty(), minimal().noticeHash(HASH).noticeHash(null).build().noticeHash(), "null clears the notice hash");
  }

  @Test
  @DisplayName("bad values are refused at the setter, and build() names a required field never set")
  void badValues() {
    assertEquals("action must be grant, withdraw or accept-policy, was 'object'",
        assertThrows(IllegalArgumentException.class, () -> minimal().action("object")).getMessage());
    assertEquals("noticeHash must be 64 lower-case hex digits (SHA-256)",
        assertThrows(IllegalArgumentException.class, () -> minimal().noticeHash("ABC")).getMessage());
    assertEquals("subjectRef is missing", assertThrows(NullPointerException.class, () -> minimal().subjectRef(null)).getMessage());
    assertEquals("a consent receipt needs its law; set it on the builder",
        assertThrows(IllegalStateException.class, () -> ConsentReceipt.builder().receiptId("r").action("grant")
            .consentTimestamp(T).issuedAt(T).controller("c").controllerAddress("a").jurisdiction("KG").build()).getMessage());
    assertEquals("validity is missing; Optional.empty() for a consent that lasts until withdrawn",
        assertThrows(NullPointerException.class, () -> new ConsentReceipt.ReceiptPurpose("p.one", Labels.none(), "CONSENT",
            List.of(), List.of(), false, null)).getMessage());
  }
}
