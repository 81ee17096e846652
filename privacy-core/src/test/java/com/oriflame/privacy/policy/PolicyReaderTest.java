package com.oriflame.privacy.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
