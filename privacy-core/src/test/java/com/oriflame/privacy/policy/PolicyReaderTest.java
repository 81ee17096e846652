package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oriflame.privacy.testing.PolicyFixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad policy files fail with one exception type naming file, line, column, JSON path and expectation. */
class PolicyReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The fixture as a JSON tree, changed by {@code edit}, pretty-printed. */
  private static String edited(Consumer<ObjectNode> edit) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(PolicyWriter.writeString(PolicyFixtures.minimal()));
    edit.accept(root);
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  private static ObjectNode purpose(ObjectNode root, int i) {
    return (ObjectNode) root.get("purposes").get(i);
  }

  private static PolicyFormatException fails(String json) {
    return assertThrows(PolicyFormatException.class, () -> PolicyReader.readString(json, "policy.json"));
  }

  /** The line the exception names holds {@code text}. */
  private static void pointsAt(String json, PolicyFormatException e, String text) {
    assertTrue(e.line() > 0, e::getMessage);
    String line = json.split("\n", -1)[e.line() - 1];
    assertTrue(line.contains(text), () -> "line " + e.line() + " is '" + line + "', expected it to hold " + text);
  }

  @Test
  void readsWhatTheWriterWrote() {
    Policy p = PolicyFixtures.minimal();
    assertEquals(p, PolicyReader.readString(PolicyWriter.writeString(p), "fixture"));
  }

  @Test
  @DisplayName("malformed JSON names line, column and path")
  void malformedJson() throws Exception {
    String json = edited(r -> {}).replaceFirst("\"version\" : \"1\",", "\"version\" : \"1\"");
    PolicyFormatException e = fails(json);
    assertEquals("policy.json", e.source());
    assertTrue(e.problem().startsWith("malformed JSON"), e::getMessage);
    assertTrue(e.getMessage().startsWith("policy.json:" + e.line() + ":" + e.column() + " at "), e::getMessage);
    assertTrue(e.column() > 0);
  }

  @Test
  @DisplayName("unknown fields are errors that list the known ones")
  void unknownField() throws Exception {
    String json = edited(r -> purpose(r, 0).put("basis", "contract"));
    PolicyFormatException e = fails(json);
    assertEquals("$.purposes[0].basis", e.jsonPath());
    assertTrue(e.problem().contains("unknown field 'basis'"), e::getMessage);
    assertTrue(e.problem().contains("legalBasis"), e::getMessage);
    pointsAt(json, e, "\"basis\"");
  }

  @Test
  @DisplayName("an unknown top-level field lists every top-level field, $schema and formatVersion included")
  void unknownTopLevelField() throws Exception {
    String json = edited(r -> r.put("purpose", "x"));
    PolicyFormatException e = fails(json);
    assertEquals("$.purpose", e.jsonPath());
    assertTrue(e.problem().startsWith("unknown field 'purpose'; expected one of [$schema, categories, changes, clauses,"),
        e::getMessage);
    assertTrue(e.problem().contains("formatVersion") && e.problem().contains("retention"), e::getMessage);
    pointsAt(json, e, "\"purpose\"");
  }

  @Test
  @DisplayName("a misspelt enum value lists the allowed values and the closest one")
  void badEnum() throws Exception {
    String json = edited(r -> purpose(r, 0).put("legalBasis", "contrct"));
    PolicyFormatException e = fails(json);
    assertEquals("$.purposes[0].legalBasis", e.jsonPath());
    assertTrue(e.problem().contains("legitimate-interest"), e::getMessage);
    assertTrue(e.problem().contains("did you mean 'contract'?"), e::getMessage);
    pointsAt(json, e, "contrct");
  }

  @Test
  @DisplayName("a malformed id says what an id looks like")
  void badId() throws Exception {
    String json = edited(r -> ((ObjectNode) r.get("categories").get(3)).put("id", "Contact.Email"));
    PolicyFormatException e = fails(json);
    assertEquals("$.categories[3].id", e.jsonPath());
    assertTrue(e.problem().contains("'Contact.Email' is malformed"), e::getMessage);
    pointsAt(json, e, "Contact.Email");
  }

  @Test
  @DisplayName("a missing required field is named")
  void missingField() throws Exception {
    String json = edited(r -> ((ObjectNode) r.get("categories").get(2)).remove("origin"));
    PolicyFormatException e = fails(json);
    assertEquals("$.categories[2]", e.jsonPath());
    assertTrue(e.problem().contains("origin of category contact"), e::getMessage);
    assertTrue(e.line() > 0);
  }

  @Test
  @DisplayName("a null id is a missing field")
  void nullId() throws Exception {
    PolicyFormatException e = fails(edited(r -> ((ObjectNode) r.get("categories").get(0)).putNull("id")));
    assertEquals("$.categories[0]", e.jsonPath());
    assertTrue(e.problem().contains("missing required field: id"), e::getMessage);
  }

  @Test
  @DisplayName("a single value where a list is expected is an error")
  void wrongShape() throws Exception {
    String json = edited(r -> purpose(r, 0).put("operations", "use"));
    PolicyFormatException e = fails(json);
    assertEquals("$.purposes[0].operations", e.jsonPath());
    pointsAt(json, e, "\"operations\"");
  }

  @Test
  @DisplayName("numbers in quotes are not coerced")
  void noCoercion() throws Exception {
    String json = edited(r -> ((ObjectNode) r.get("recipients").get(1).get("aggregation")).put("minimumGroupSize", "10"));
    PolicyFormatException e = fails(json);
    assertEquals("$.recipients[1].aggregation.minimumGroupSize", e.jsonPath());
    assertTrue(e.problem().contains("write it without quotes"), e::getMessage);
  }

  @Test
  @DisplayName("value rules of the model are reported with their path")
  void modelRule() throws Exception {
    PolicyFormatException e = fails(edited(r -> ((ObjectNode) r.get("recipients").get(1).get("aggregation")).put("minimumGroupSize", 1)));
    assertEquals("$.recipients[1].aggregation", e.jsonPath());
    assertTrue(e.problem().contains("minimum group size must be at least 2, was 1"), e::getMessage);
  }

  @Test
  void badPeriodDateAndClause() throws Exception {
    PolicyFormatException period = fails(edited(r -> ((ObjectNode) r.get("retention").get(0)).put("period", "3 years")));
    assertEquals("$.retention[0].period", period.jsonPath());
    assertTrue(period.problem().contains("ISO-8601 period such as 'P5Y'"), period::getMessage);

    PolicyFormatException date = fails(edited(r -> r.put("effectiveDate", "01.01.2020")));
    assertEquals("$.effectiveDate", date.jsonPath());
    assertTrue(date.problem().contains("ISO date"), date::getMessage);

    PolicyFormatException clause = fails(edited(r -> ((ArrayNode) purpose(r, 0).get("clauses")).set(0, "section 2")));
    assertEquals("$.purposes[0].clauses[0]", clause.jsonPath());
    assertTrue(clause.problem().contains("'§6.1'"), clause::getMessage);
  }

  @Test
  void duplicateKeysTrailingContentEmptyInput() throws Exception {
    PolicyFormatException dup = fails(edited(r -> {}).replaceFirst("\"version\" : \"1\",", "\"version\" : \"1\", \"version\" : \"2\","));
    assertTrue(dup.problem().contains("Duplicate field 'version'"), dup::getMessage);

    PolicyFormatException trailing = fails(edited(r -> {}) + "{}");
    assertTrue(trailing.problem().contains("after the end of the policy document"), trailing::getMessage);

    PolicyFormatException empty = fails("");
    assertTrue(empty.problem().contains("empty"), empty::getMessage);
  }

  @Test
  @DisplayName("an unsupported format version is refused")
  void formatVersion() throws Exception {
    PolicyFormatException e = fails(edited(r -> r.put("formatVersion", 2)));
    assertTrue(e.problem().contains("unsupported formatVersion 2; this reader understands 1"), e::getMessage);
    PolicyFormatException missing = fails(edited(r -> r.remove("formatVersion")));
    assertTrue(missing.problem().contains("missing required field 'formatVersion'"), missing::getMessage);
  }

  @Test
  @DisplayName("files are named by their path, streams by the source given")
  void sourcesAreNamed(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken-policy.json");
    Files.writeString(file, edited(r -> purpose(r, 1).put("legalBasis", "consnet")));
    PolicyFormatException e = assertThrows(PolicyFormatException.class, () -> PolicyReader.read(file));
    assertTrue(e.getMessage().startsWith(file + ":"), e::getMessage);
    assertEquals("$.purposes[1].legalBasis", e.jsonPath());

    PolicyFormatException s = assertThrows(PolicyFormatException.class,
        () -> PolicyReader.read(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)), "classpath:x.json"));
    assertEquals("classpath:x.json", s.source());
  }

  // ---- any bytes: our exception, with a place and a short message --------------------------------

  private static PolicyFormatException failsOn(byte[] bytes) {
    PolicyFormatException e = assertThrows(PolicyFormatException.class,
        () -> PolicyReader.read(new ByteArrayInputStream(bytes), "policy.json"));
    assertTrue(e.line() >= 1 && e.column() >= 1, e::getMessage);
    assertTrue(e.getMessage().startsWith("policy.json:" + e.line() + ":" + e.column() + " at "), e::getMessage);
    assertTrue(e.problem() != null && !e.problem().isBlank(), e::getMessage);
    assertTrue(e.getMessage().length() < 1_000, () -> e.getMessage().length() + " characters");
    return e;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code text} with {@code bytes} in place of the first {@code marker}. */
  private static byte[] withBytes(String text, String marker, byte... bytes) {
    int at = text.indexOf(marker);
    byte[] head = utf8(text.substring(0, at));
    byte[] tail = utf8(text.substring(at + marker.length()));
    byte[] out = new byte[head.length + bytes.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(bytes, 0, out, head.length, bytes.length);
    System.arraycopy(tail, 0, out, head.length + bytes.length, tail.length);
    return out;
  }

  @Test
  @DisplayName("a UTF-32 or UTF-16 byte-order mark is refused at 1:1: policy files are UTF-8")
  void byteOrderMarks() throws Exception {
    PolicyFormatException utf32 = failsOn(new byte[] {0x00, 0x00, (byte) 0xFE, (byte) 0xFF, 0x7B, 0x7D});
    assertEquals(1, utf32.line());
    assertEquals(1, utf32.column());
    assertTrue(utf32.problem().contains("UTF-32 (big-endian) byte-order mark"), utf32::getMessage);
    PolicyFormatException utf16 = failsOn(edited(r -> {}).getBytes(StandardCharsets.UTF_16));
    assertTrue(utf16.problem().contains("UTF-16 (big-endian) byte-order mark"), utf16::getMessage);
    // a UTF-8 byte-order mark is allowed and takes no column
    byte[] json = utf8(edited(r -> {}));
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(json, 0, withBom, 3, json.length);
    assertEquals(PolicyFixtures.minimal(), PolicyReader.read(new ByteArrayInputStream(withBom), "bom.json"));
    PolicyFormatException afterBom = failsOn(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', ' ', 'x'});
    assertEquals(1, afterBom.line());
    assertEquals(3, afterBom.column(), afterBom::getMessage);
  }

  @Test
  @DisplayName("NUL bytes anywhere are malformed JSON at their place")
  void nulBytes() throws Exception {
    PolicyFormatException only = failsOn(new byte[8]);
    assertEquals(1, only.line());
    assertEquals(1, only.column());
    assertTrue(only.problem().contains("NUL"), only::getMessage);

    String json = edited(r -> r.put("version", "NUL-HERE"));
    PolicyFormatException inString = failsOn(withBytes(json, "NUL-HERE", (byte) 0));
    pointsAt(json, inString, "NUL-HERE");
    assertTrue(inString.problem().contains("code 0"), inString::getMessage);

    PolicyFormatException betweenTokens = failsOn(withBytes(json, "\"NUL-HERE\"", (byte) 0));
    pointsAt(json, betweenTokens, "NUL-HERE");
  }

  @Test
  @DisplayName("invalid UTF-8 is malformed JSON on its line")
  void invalidUtf8() throws Exception {
    String json = edited(r -> r.put("version", "BAD-BYTES"));
    for (byte[] bad : List.of(new byte[] {(byte) 0xC0, (byte) 0x80}, new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
      PolicyFormatException e = failsOn(withBytes(json, "BAD-BYTES", bad));
      pointsAt(json, e, "BAD-BYTES");
      assertTrue(e.problem().startsWith("malformed JSON"), e::getMessage);
    }
  }

  @Test
  @DisplayName("an empty document, white space and the document null are refused at a place")
  void emptyAndNull() {
    for (String empty : List.of("", " ", "\n\n")) {
      PolicyFormatException e = failsOn(utf8(empty));
      assertTrue(e.problem().contains("empty"), e::getMessage);
    }
    PolicyFormatException nullDocument = failsOn(utf8("\n  null"));
    assertEquals(2, nullDocument.line());
    assertEquals(3, nullDocument.column());
    assertTrue(nullDocument.problem().contains("the document is null"), nullDocument::getMessage);
    PolicyFormatException array = failsOn(utf8("[ null ]"));
    assertEquals("expected a JSON object holding the policy but found an array", array.problem());
  }

  @Test
  @DisplayName("null inside a list is refused at the null")
  void nullInLists() throws Exception {
    String inPurpose = edited(r -> ((ArrayNode) purpose(r, 0).get("clauses")).insertNull(0));
    PolicyFormatException e = failsOn(utf8(inPurpose));
    assertEquals("$.purposes[0].clauses[0]", e.jsonPath());
    assertTrue(e.problem().contains("null is not allowed in a list"), e::getMessage);
    pointsAt(inPurpose, e, "null");

    String inSet = edited(r -> ((ArrayNode) purpose(r, 0).get("categories")).addNull());
    PolicyFormatException set = failsOn(utf8(inSet));
    assertTrue(set.jsonPath().startsWith("$.purposes[0].categories["), set::getMessage);
    pointsAt(inSet, set, "null");

    String topLevel = edited(r -> ((ArrayNode) r.get("purposes")).insertNull(1));
    PolicyFormatException top = failsOn(utf8(topLevel));
    assertEquals("$.purposes[1]", top.jsonPath());
    pointsAt(topLevel, top, "null");
  }

  @Test
  @DisplayName("a trailing comma is reported at the comma, not where the enclosing field began")
  void trailingComma() {
    String json = String.join("\n",
        "{",
        "  \"formatVersion\" : 1,",
        "  \"id\" : \"x\",",
        "  \"title\" : {",
        "    \"ky\" : \"Жекече\",",
        "    \"ru\" : \"Политика\",",
        "    \"en\" : \"Policy\",",
        "  }",
        "}");
    PolicyFormatException e = failsOn(utf8(json));
    assertEquals(7, e.line(), e::getMessage);
    assertEquals("    \"en\" : \"Policy\",".indexOf(',') + 1, e.column(), e::getMessage);
    assertTrue(e.problem().contains("trailing comma before '}'"), e::getMessage);

    String list = json.replace("\"id\" : \"x\",", "\"id\" : \"x\", \"clauses\" : [ { \"ref\" : \"§1\" },\n ],");
    PolicyFormatException inList = failsOn(utf8(list));
    assertEquals(3, inList.line(), inList::getMessage);
    assertEquals(list.split("\n")[2].lastIndexOf(',', list.split("\n")[2].length() - 1) + 1, inList.column(), inList::getMessage);
    assertTrue(inList.problem().contains("trailing comma before ']'"), inList::getMessage);
  }

  @Test
  @DisplayName("columns count characters, not bytes, and syntax errors point at the offending character")
  void columnsInCharacters() throws Exception {
    String json = edited(r -> r.put("version", "Жекече")).replace("\"Жекече\",", "\"Жекече\" x,");
    PolicyFormatException e = failsOn(utf8(json));
    String line = json.split("\n")[e.line() - 1];
    assertEquals(line.indexOf(" x,") + 2, e.column(), e::getMessage);
  }

  @Test
  @DisplayName("a 19,000,000-character enum value is refused at once, quoted as a short excerpt")
  void hugeEnumValue() throws Exception {
    String huge = "a".repeat(19_000_000);
    String json = edited(r -> purpose(r, 0).put("legalBasis", huge));
    // CPU time of this thread, not wall time: the bound catches the old quadratic search (5-8 s), not a busy machine
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    PolicyFormatException e = failsOn(utf8(json));
    long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
    assertTrue(millis < 2_000, () -> "took " + millis + " ms of CPU");
    assertEquals("$.purposes[0].legalBasis", e.jsonPath());
    assertTrue(e.problem().contains("expected one of [consent"), e::getMessage);
    assertFalse(e.getMessage().contains("a".repeat(PolicyJson.EXCERPT + 1)), "the value is cut");
    assertTrue(e.problem().contains("\"" + "a".repeat(PolicyJson.EXCERPT) + "…\""), e::getMessage);
  }

  @Test
  @DisplayName("huge and unprintable values, field names and ids are quoted as short escaped excerpts")
  void excerpts() throws Exception {
    PolicyFormatException field = failsOn(utf8(edited(r -> purpose(r, 0).put("b".repeat(10_000), 1))));
    assertTrue(field.problem().startsWith("unknown field '" + "b".repeat(PolicyJson.EXCERPT) + "…'"), field::getMessage);
    assertTrue(field.jsonPath().length() < 100, field::getMessage);
    String longName = edited(r -> purpose(r, 0).put("b".repeat(100_000), 1));
    PolicyFormatException tooLong = failsOn(utf8(longName));
    assertEquals("$.purposes[0]", tooLong.jsonPath(), tooLong::getMessage);
    assertTrue(tooLong.problem().contains("Name length"), tooLong::getMessage);
    assertTrue(tooLong.line() > 1, tooLong::getMessage);

    PolicyFormatException id = failsOn(utf8(edited(r -> r.put("id", "x\u0001y" + "z".repeat(10_000)))));
    assertEquals("$.id", id.jsonPath());
    assertTrue(id.problem().contains("x\\u0001y"), id::getMessage);
    assertTrue(id.line() > 1, id::getMessage);

    PolicyFormatException period = failsOn(utf8(edited(r -> ((ObjectNode) r.get("retention").get(0)).put("period", "P" + "9".repeat(5_000) + "Y"))));
    assertEquals("$.retention[0].period", period.jsonPath());
    assertFalse(period.getMessage().contains("9".repeat(PolicyJson.EXCERPT + 1)), period::getMessage);
  }

  @Test
  @DisplayName("deep nesting is refused quickly with a place")
  void deepNesting() throws Exception {
    PolicyFormatException arrays = failsOn(utf8("[".repeat(100_000) + "]".repeat(100_000)));
    assertTrue(arrays.problem().length() < 700, arrays::getMessage);
    String json = edited(r -> {}).replaceFirst("\"version\" : \"1\"", "\"version\" : " + "[".repeat(5_000) + "]".repeat(5_000));
    PolicyFormatException nested = failsOn(utf8(json));
    pointsAt(json, nested, "\"version\"");
    // Jackson reads into an object with unknown fields before it fails, so a deep syntax error has a
    // deep path: it is cut in the middle
    String deepPath = edited(r -> {}).replaceFirst("\"purposes\" : \\[ \\{",
        "\"purposes\" : [ " + "{ \"a\" : ".repeat(900) + "\n x");
    PolicyFormatException deep = failsOn(utf8(deepPath));
    assertTrue(deep.jsonPath().startsWith("$.purposes[0].a.a.a"), deep::getMessage);
    assertTrue(deep.jsonPath().length() <= 161, deep::getMessage);
    pointsAt(deepPath, deep, " x");
  }

  @Test
  @DisplayName("Kyrgyz Cyrillic and emoji survive a round trip")
  void unicode() throws Exception {
    String json = edited(r -> ((ObjectNode) r.get("title")).put("ky", "Жекече маалыматтарды коргоо саясаты ңөү 😀"));
    Policy p = PolicyReader.readString(json, "unicode.json");
    assertEquals("Жекече маалыматтарды коргоо саясаты ңөү 😀", p.title().ky());
    JsonNode again = JSON.readTree(PolicyWriter.writeString(p));
    assertEquals("Жекече маалыматтарды коргоо саясаты ңөү 😀", again.get("title").get("ky").asText());
  }
}
