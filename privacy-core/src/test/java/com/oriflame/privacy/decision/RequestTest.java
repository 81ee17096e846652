package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.DataForm;
import com.oriflame.privacy.policy.Operation;
import com.oriflame.privacy.policy.ProcessingMode;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.policy.RecipientId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Request}: one wither per field, absent values as {@code Optional.empty()}, bad values refused at the wither. */
class RequestTest {
  private static final Request BASE = Request.of(SubjectId.of("s-1"), PurposeId.of("marketing.similar-goods.sms"),
      Set.of(CategoryId.of("contact.mobile-phone")));
  private static final Instant T = Instant.parse("2024-03-01T10:00:00Z");

  /** Every accessor's value, by name. */
  private static Map<String, Object> fields(Request r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subject", r.subject());
    m.put("purpose", r.purpose());
    m.put("categories", r.categories());
    m.put("operation", r.operation());
    m.put("recipient", r.recipient());
    m.put("instant", r.instant());
    m.put("dataForm", r.dataForm());
    m.put("productLine", r.productLine());
    m.put("ground", r.ground());
    m.put("dataCollectedAt", r.dataCollectedAt());
    m.put("mode", r.mode());
    m.put("destinationCountry", r.destinationCountry());
    return m;
  }

  @Test
  @DisplayName("a new request has its defaults, and every optional field is empty, never null")
  void defaults() {
    assertEquals(Operation.USE, BASE.operation());
    assertEquals(DataForm.IDENTIFIED, BASE.dataForm());
    assertEquals(ProcessingMode.AUTOMATED, BASE.mode());
    for (Optional<?> absent : List.of(BASE.recipient(), BASE.instant(), BASE.productLine(), BASE.ground(),
        BASE.dataCollectedAt(), BASE.destinationCountry())) {
      assertTrue(absent.isEmpty());
    }
    assertFalse(BASE.legalDemand());
  }

  @Test
  @DisplayName("each wither sets exactly its own field and leaves the request it was called on unchanged")
  void withersSetOneField() {
    Map<String, UnaryOperator<Request>> withers = new LinkedHashMap<>();
    withers.put("subject", r -> r.withSubject(SubjectId.of("s-2")));
    withers.put("operation", r -> r.withOperation(Operation.DISSEMINATION));
    withers.put("recipient", r -> r.withRecipient(RecipientId.of("advertising-agencies")));
    withers.put("instant", r -> r.withInstant(T));
    withers.put("dataForm", r -> r.withDataForm(DataForm.AGGREGATE_ONLY));
    withers.put("productLine", r -> r.withProductLine("skin-care"));
    withers.put("ground", r -> r.withGround(Ground.dispute("case 7")));
    withers.put("dataCollectedAt", r -> r.withDataCollectedAt(T));
    withers.put("mode", r -> r.withMode(ProcessingMode.NON_AUTOMATED));
    withers.put("destinationCountry", r -> r.withDestinationCountry("RU"));
    Map<String, Object> before = fields(BASE);
    withers.forEach((field, wither) -> {
      Map<String, Object> after = fields(wither.apply(BASE));
      for (String name : before.keySet()) {
        if (name.equals(field)) {
          assertNotEquals(before.get(name), after.get(name), field + " was not set");
        } else {
          assertEquals(before.get(name), after.get(name), "with" + field + " changed " + name);
        }
      }
    });
    assertEquals(before, fields(BASE), "withers never change the request they are called on");
  }

  @Test
  @DisplayName("the values set read back, and optional values are made once, not on every read")
  void readBack() {
    Request r = BASE.withRecipient(RecipientId.of("carriers")).withInstant(T).withGround(Ground.legalDemand("No. 12"))
        .withDestinationCountry("KZ");
    assertEquals(Optional.of(RecipientId.of("carriers")), r.recipient());
    assertEquals(Optional.of(T), r.instant());
    assertEquals(Optional.of("KZ"), r.destinationCountry());
    assertTrue(r.legalDemand());
    assertSame(r.recipient(), r.recipient());
    assertSame(r.instant(), r.instant());
    assertEquals(r, BASE.withDestinationCountry("KZ").withGround(Ground.legalDemand("No. 12")).withInstant(T)
        .withRecipient(RecipientId.of("carriers")), "requests are values: equal whatever order the fields were set in");
    assertEquals(r.hashCode(), BASE.withDestinationCountry("KZ").withGround(Ground.legalDemand("No. 12")).withInstant(T)
        .withRecipient(RecipientId.of("carriers")).hashCode());
  }

  @Test
  @DisplayName("bad values are refused at the wither, with a message naming the argument")
  void badValues() {
    assertEquals("destinationCountry must be an ISO 3166-1 alpha-2 code such as 'RU', was 'ru'",
        assertThrows(IllegalArgumentException.class, () -> BASE.withDestinationCountry("ru")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BASE.withInstant(Instant.parse("1800-01-01T00:00:00Z")))
        .getMessage().startsWith("instant 1800-01-01T00:00:00Z is outside the supported range"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BASE.withDataCollectedAt(Instant.MAX))
        .getMessage().startsWith("dataCollectedAt "));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> BASE.withProductLine("a\uD800"))
        .getMessage().startsWith("productLine "));
    Map<String, Runnable> nulls = new LinkedHashMap<>();
    nulls.put("subject", () -> BASE.withSubject(null));
    nulls.put("operation", () -> BASE.withOperation(null));
    nulls.put("dataForm", () -> BASE.withDataForm(null));
    nulls.put("mode", () -> BASE.withMode(null));
    nulls.forEach((name, call) -> assertEquals(name + " is missing", assertThrows(NullPointerException.class, call::run).getMessage()));
    assertEquals("categories: a request names at least one data category", assertThrows(IllegalArgumentException.class,
        () -> Request.of(SubjectId.of("s"), PurposeId.of("marketing.similar-goods.sms"), Set.of())).getMessage());
  }

  @Test
  @DisplayName("the wither of an optional field takes null to clear it")
  void nullClears() {
    Request full = BASE.withRecipient(RecipientId.of("carriers")).withInstant(T).withProductLine("skin-care")
        .withGround(Ground.legalDemand("No. 12")).withDataCollectedAt(T).withDestinationCountry("KZ");
    Request cleared = full.withRecipient((RecipientId) null).withInstant(null).withProductLine(null).withGround(null)
        .withDataCollectedAt(null).withDestinationCountry(null);
    assertEquals(BASE, cleared);
    assertEquals(BASE, full.withRecipient((com.oriflame.privacy.policy.Recipient) null).withInstant(null).withProductLine(null)
        .withGround(null).withDataCollectedAt(null).withDestinationCountry(null));
  }

  @Test
  @DisplayName("toString names the subject by pseudonym and leaves out the product line and the ground's reference")
  void toStringHoldsNoPersonalData() {
    String text = Request.of(SubjectId.of("Айгүл"), PurposeId.of("marketing.similar-goods.sms"),
        Set.of(CategoryId.of("contact.mobile-phone"))).withProductLine("Айгүл's line").withGround(Ground.dispute("Айгүл v. Oriflame"))
        .toString();
    assertFalse(text.contains("Айгүл"), text);
    assertTrue(text.contains("ground=DISPUTE"), text);
  }
}
