package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.oriflame.privacy.internal.Text;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.testing.ContractEvents;
import com.oriflame.privacy.testing.PrivacyArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * The text rules of subject, browser and event ids and of evidence references: well-formed Unicode
 * within the length limit is accepted and kept exactly, NUL and control characters included; a lone
 * surrogate or an over-long text is refused with a message that names the kind and the index or
 * length, never the text.
 */
@Tag("hostile-ids")
class IdTextProperties {
  private static final String SECRET = "Айгүл Ңөө";

  /** One kind of id text: its name in messages, its length limits and its constructor. */
  private record Kind(String what, int min, int max, Function<String, ?> make, Function<Object, String> value) {}

  private static final List<Kind> KINDS = List.of(
      new Kind("subject id", 1, 256, SubjectId::of, o -> ((SubjectId) o).value()),
      new Kind("browser id", 1, 256, BrowserId::of, o -> ((BrowserId) o).value()),
      new Kind("event id", 1, 128, EventId::of, o -> ((EventId) o).value()),
      new Kind("evidence reference", 0, 512, r -> Evidence.of(Channel.CAF_PAPER, r), o -> ((Evidence) o).reference()));

  @Provide
  Arbitrary<String> hostileTexts() {
    return PrivacyArbitraries.hostileStrings();
  }

  @Provide
  Arbitrary<String> codeUnits() {
    return Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(20);
  }

  @Property(tries = 1000)
  @Label("a text is accepted exactly when it is well-formed Unicode of an allowed length, and then kept exactly")
  void acceptedIffWellFormed(@ForAll("hostileTexts") String text) {
    for (Kind kind : KINDS) {
      Optional<?> made = ContractEvents.accepted(kind.what(), text, kind.min(), kind.max(), kind.make());
      made.ifPresent(o -> assertEquals(text, kind.value().apply(o), kind.what() + " changed its text"));
    }
  }

  @Property(tries = 1000)
  @Label("well-formed UTF-16 is exactly the text that survives UTF-8, the encoding PostgreSQL stores")
  void wellFormedIsWhatSurvivesUtf8(@ForAll("codeUnits") String text) {
    boolean survives = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(text);
    assertEquals(survives, Text.unpairedSurrogate(text) < 0);
  }

  @Example
  @Label("a lone or reversed surrogate is refused with the kind and index, never the text")
  void loneSurrogates() {
    assertEquals("subject id contains an unpaired UTF-16 high surrogate at index 9; it must be well-formed Unicode text",
        assertThrows(IllegalArgumentException.class, () -> SubjectId.of(SECRET + "\uD800")).getMessage());
    assertEquals("browser id contains an unpaired UTF-16 low surrogate at index 0; it must be well-formed Unicode text",
        assertThrows(IllegalArgumentException.class, () -> BrowserId.of("\uDC00" + SECRET)).getMessage());
    assertEquals("event id contains an unpaired UTF-16 low surrogate at index 1; it must be well-formed Unicode text",
        assertThrows(IllegalArgumentException.class, () -> EventId.of("x\uDE00\uD83D")).getMessage());
    IllegalArgumentException reference = assertThrows(IllegalArgumentException.class,
        () -> Evidence.of(Channel.CAF_PAPER, SECRET + "\uD83D" + SECRET));
    assertEquals("evidence reference contains an unpaired UTF-16 high surrogate at index 9; it must be well-formed Unicode text",
        reference.getMessage());
    assertFalse(reference.getMessage().contains("Айгүл"));
  }

  @Example
  @Label("surrogate pairs, NUL, control characters and bidi and combining marks are accepted and kept exactly")
  void wellFormedTextIsKept() {
    for (String text : List.of("\uD83D\uDE00", "x\u0000", "\u0000", "a\\b\u0001\u001F\u007F", "\u202Eevil", "e\u0301", "\r\n\t",
        "'; DROP TABLE x; --", SECRET, "\uFFFF\uFFFE\uFFFD", "\uDBFF\uDFFF")) {
      assertEquals(text, SubjectId.of(text).value());
      assertEquals(text, BrowserId.of(text).value());
      assertEquals(text, EventId.of(text).value());
      assertEquals(text, Evidence.of(Channel.EMAIL, text).reference());
    }
  }

  @Example
  @Label("ids are not normalised, folded or trimmed: look-alikes are different ids")
  void lookAlikesDiffer() {
    assertNotEquals(SubjectId.of("\u00E9"), SubjectId.of("e\u0301"));
    assertNotEquals(SubjectId.of("\u0401"), SubjectId.of("\u00CB"));
    assertNotEquals(SubjectId.of("x"), SubjectId.of("x\u0000"));
    assertNotEquals(SubjectId.of("x"), SubjectId.of("X"));
    assertNotEquals(SubjectId.of("x"), SubjectId.of("x "));
  }

  @Example
  @Label("the length limits count UTF-16 code units; 10,000 characters are refused with the length, not the text")
  void lengthLimits() {
    assertEquals(256, SubjectId.of("x".repeat(256)).value().length());
    assertEquals(256, BrowserId.of("\uD83D\uDE00".repeat(128)).value().length());
    assertEquals(128, EventId.of("x".repeat(128)).value().length());
    assertEquals(512, Evidence.of(Channel.CAF_PAPER, "x".repeat(512)).reference().length());
    assertEquals("", Evidence.of(Channel.CAF_PAPER, null).reference());
    String tenThousand = SECRET.repeat(1_112).substring(0, 10_000);
    assertEquals("subject id must have 1 to 256 characters, had 10000",
        assertThrows(IllegalArgumentException.class, () -> SubjectId.of(tenThousand)).getMessage());
    assertEquals("browser id must have 1 to 256 characters, had 257",
        assertThrows(IllegalArgumentException.class, () -> BrowserId.of("x".repeat(257))).getMessage());
    assertEquals("event id must have 1 to 128 characters, had 10000",
        assertThrows(IllegalArgumentException.class, () -> EventId.of(tenThousand)).getMessage());
    assertEquals("evidence reference must have at most 512 characters, had 10000",
        assertThrows(IllegalArgumentException.class, () -> Evidence.of(Channel.CAF_PAPER, tenThousand)).getMessage());
    assertEquals("subject id must have 1 to 256 characters, had 0",
        assertThrows(IllegalArgumentException.class, () -> SubjectId.of("")).getMessage());
  }

  @Example
  @Label("other stored free text is well-formed too: buyer and deal reference (no control characters), product lines, audit details")
  void otherStoredText() {
    java.time.Instant start = java.time.Instant.parse("2024-03-01T00:00:00Z");
    assertEquals("business transfer buyer contains an unpaired UTF-16 high surrogate at index 1; it must be well-formed Unicode text",
        assertThrows(IllegalArgumentException.class,
            () -> com.oriflame.privacy.disclosure.BusinessTransfer.open("t.one", "x\uD800", "deal", start)).getMessage());
    assertEquals("business transfer reference contains the control character U+0000 at index 4",
        assertThrows(IllegalArgumentException.class,
            () -> com.oriflame.privacy.disclosure.BusinessTransfer.open("t.one", "Buyer", "deal\u0000", start)).getMessage());
    assertEquals("Buyer\tLLC", com.oriflame.privacy.disclosure.BusinessTransfer.open("t.one", "Buyer\tLLC", "deal", start).buyer());
    assertThrows(IllegalArgumentException.class,
        () -> SubjectProfile.builder(SubjectId.of("s")).productLines(List.of("skin\uDC00")).build());
    assertThrows(IllegalArgumentException.class, () -> new com.oriflame.privacy.audit.AuditDraft(start, "consent.granted", "",
        "1", java.util.Map.of("event", "e\uD800")));
  }

  @Example
  @Label("a conflicting retry names the id's length, not the id")
  void conflictMessage() {
    String message = new EventConflictException(EventId.of(SECRET)).getMessage();
    assertFalse(message.contains(SECRET), message);
    assertEquals("An event id (9 characters) is already stored with different content; use a new id for a new fact", message);
  }
}
