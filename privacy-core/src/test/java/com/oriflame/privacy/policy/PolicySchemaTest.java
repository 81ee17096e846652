package com.oriflame.privacy.policy;

import com.oriflame.privacy.testing.SchemaCheck;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the shipped {@code policy.schema.json} honest: it must be exactly what {@link
 * PolicySchemaGenerator} derives from the records, cover every record of the format, and declare
 * every field the bundled policy uses.
 */
class PolicySchemaTest {
  private static final String REGENERATE = "privacy.schema.regenerate";
  private static final Path SCHEMA_FILE =
      Path.of("src/main/resources/com/oriflame/privacy/policy/policy.schema.json");
  private static final String BUNDLED_POLICY = "oriflame-kg-2017.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void shippedSchemaIsWhatTheGeneratorDerives() throws IOException {
    String expected = PolicySchemaGenerator.generate();
    Path file = schemaFile();
    if (Boolean.getBoolean(REGENERATE)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
      System.out.println("Regenerated " + file.toAbsolutePath());
      return;
    }
    String howToFix =
        "; regenerate it with: mvn -pl privacy-core test -Dtest=PolicySchemaTest -D"
            + REGENERATE
            + "=true";
    if (!Files.exists(file)) {
      fail(file.toAbsolutePath() + " is missing" + howToFix);
    }
    String actual = Files.readString(file, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(file + " is out of date (" + firstDifference(expected, actual) + ")" + howToFix);
    }
  }

  @Test
  void everyReachableRecordHasADefinitionWithItsComponents() throws IOException {
    JsonNode schema = generatedSchema();
    JsonNode defs = schema.path("$defs");

    List<String> documentFields = new ArrayList<>(List.of(PolicySchemaGenerator.SCHEMA_FIELD));
    for (RecordComponent component : PolicyContent.class.getRecordComponents()) {
      documentFields.add(PolicySchemaGenerator.jsonName(component));
    }
    assertEquals(documentFields, names(schema.path("properties")), "top-level properties");
    assertEquals(false, schema.path("additionalProperties").asBoolean(true), "top level");
    assertEquals(
        PolicySchemaGenerator.DOCUMENT_REQUIRED, strings(schema.path("required")), "top-level required");
    assertEquals(PolicyJson.FORMAT_VERSION, schema.at("/properties/formatVersion/const").asInt(-1));

    Set<Class<?>> records = reachableRecords(PolicyContent.class);
    assertFalse(records.isEmpty());
    Set<String> expectedNames = new TreeSet<>();
    for (Class<?> type : records) {
      String name = type.getSimpleName();
      expectedNames.add(name);
      JsonNode def = defs.path(name);
      assertTrue(def.isObject(), "no $defs entry for " + type.getName());
      List<String> components = new ArrayList<>();
      for (RecordComponent component : type.getRecordComponents()) {
        components.add(PolicySchemaGenerator.jsonName(component));
      }
      assertEquals(components, names(def.path("properties")), "properties of $defs/" + name);
      assertEquals("object", def.path("type").asText(), "type of $defs/" + name);
      assertEquals(
          false, def.path("additionalProperties").asBoolean(true), "additionalProperties of " + name);
      for (String required : strings(def.path("required"))) {
        assertTrue(components.contains(required), name + " requires unknown '" + required + "'");
      }
    }
    assertEquals(expectedNames, new TreeSet<>(names(defs)), "$defs entries");
    assertEquals(new ArrayList<>(expectedNames), names(defs), "$defs must be sorted by name");
    assertRefsResolve(schema, schema, "#");
  }

  @Test
  void bundledPolicyUsesOnlyDeclaredFields() throws IOException {
    JsonNode schema = generatedSchema();
    JsonNode policy;
    try (InputStream in = PolicySchemaTest.class.getResourceAsStream(BUNDLED_POLICY)) {
      assertNotNull(in, BUNDLED_POLICY + " not on the class path");
      policy = MAPPER.readTree(in);
    }

    JsonNode properties = schema.path("properties");
    for (String key : names(policy)) {
      assertTrue(properties.has(key), "top-level field '" + key + "' is not in the schema");
    }
    JsonNode purpose = policy.path("purposes").path(0);
    assertTrue(purpose.isObject(), "the bundled policy has no purposes");
    JsonNode purposeProperties = schema.at("/$defs/Purpose/properties");
    for (String key : names(purpose)) {
      assertTrue(purposeProperties.has(key), "purpose field '" + key + "' is not in the schema");
    }

    // Deeper: every object in the file uses declared fields, has the required ones, and every
    // patterned or enumerated string fits.
    List<String> problems = new ArrayList<>();
    SchemaCheck.check(policy, schema, schema, "$", problems);
    assertEquals(List.of(), problems, "the bundled policy does not fit the schema");
  }

  /** Where the schema file lives: relative to the module directory, Surefire's working directory. */
  private static Path schemaFile() {
    if (Files.isDirectory(Path.of("src/main/resources"))) {
      return SCHEMA_FILE;
    }
    Path fromRoot = Path.of("privacy-core").resolve(SCHEMA_FILE);
    return Files.isDirectory(Path.of("privacy-core/src/main/resources")) ? fromRoot : SCHEMA_FILE;
  }

  private static JsonNode generatedSchema() throws IOException {
    return MAPPER.readTree(PolicySchemaGenerator.generate());
  }

  /** The records written as JSON objects reachable from {@code root}, excluding {@code root}. */
  private static Set<Class<?>> reachableRecords(Class<?> root) {
    Set<Class<?>> found = new LinkedHashSet<>();
    List<Type> work = new ArrayList<>();
    for (RecordComponent component : root.getRecordComponents()) {
      work.add(component.getGenericType());
    }
    while (!work.isEmpty()) {
      Type type = work.remove(work.size() - 1);
      if (type instanceof ParameterizedType parameterized) {
        work.addAll(List.of(parameterized.getActualTypeArguments()));
      } else if (type instanceof Class<?> c
          && PolicySchemaGenerator.isObjectRecord(c)
          && c != root
          && found.add(c)) {
        for (RecordComponent component : c.getRecordComponents()) {
          work.add(component.getGenericType());
        }
      }
    }
    return found;
  }

  private static void assertRefsResolve(JsonNode node, JsonNode schema, String path) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        assertTrue(ref.asText().startsWith("#/"), path + ": non-local $ref " + ref);
        assertFalse(
            schema.at(ref.asText().substring(1)).isMissingNode(), path + ": dangling $ref " + ref);
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        assertRefsResolve(field.getValue(), schema, path + "/" + field.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertRefsResolve(node.get(i), schema, path + "/" + i);
      }
    }
  }


  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    for (JsonNode element : array) {
      strings.add(element.asText());
    }
    return strings;
  }

  private static String firstDifference(String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] have = actual.split("\n", -1);
    for (int i = 0; i < Math.min(want.length, have.length); i++) {
      if (!want[i].equals(have[i])) {
        return "first difference at line " + (i + 1) + ": expected <" + want[i] + "> but was <"
            + have[i] + ">";
      }
    }
    return "expected " + want.length + " lines but the file has " + have.length;
  }
}
