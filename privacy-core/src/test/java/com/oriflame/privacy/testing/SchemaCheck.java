package com.oriflame.privacy.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A small check of a JSON value against the subset of JSON Schema the shipped schemas use (the
 * policy file schema and the access-export schema): types, required and additional properties,
 * enums, patterns, items and {@code $ref}s. Each problem is added as {@code "path: what"}.
 */
public final class SchemaCheck {
  private SchemaCheck() {}

  public static void check(
      JsonNode value, JsonNode node, JsonNode schema, String path, List<String> problems) {
    if (node.has("$ref")) {
      check(value, schema.at(node.get("$ref").asText().substring(1)), schema, path, problems);
      return;
    }
    switch (node.path("type").asText()) {
      case "object" -> {
        if (!value.isObject()) {
          problems.add(path + ": expected an object");
          return;
        }
        JsonNode properties = node.path("properties");
        for (String required : strings(node.path("required"))) {
          if (!value.has(required)) {
            problems.add(path + ": missing required '" + required + "'");
          }
        }
        for (String key : names(value)) {
          if (!properties.has(key)) {
            problems.add(path + ": undeclared field '" + key + "'");
          } else {
            check(value.get(key), properties.get(key), schema, path + "." + key, problems);
          }
        }
      }
      case "array" -> {
        if (!value.isArray()) {
          problems.add(path + ": expected an array");
          return;
        }
        for (int i = 0; i < value.size(); i++) {
          check(value.get(i), node.path("items"), schema, path + "[" + i + "]", problems);
        }
      }
      case "string" -> {
        if (!value.isTextual()) {
          problems.add(path + ": expected a string");
          return;
        }
        String text = value.asText();
        if (node.has("pattern") && !Pattern.compile(node.get("pattern").asText()).matcher(text).find()) {
          problems.add(path + ": '" + text + "' does not match " + node.get("pattern").asText());
        }
        if (node.has("enum") && !strings(node.get("enum")).contains(text)) {
          problems.add(path + ": '" + text + "' is not one of " + node.get("enum"));
        }
      }
      case "integer" -> {
        if (!value.isIntegralNumber()) {
          problems.add(path + ": expected an integer");
        } else if (node.has("minimum") && value.asLong() < node.get("minimum").asLong()) {
          problems.add(path + ": below the minimum " + node.get("minimum"));
        }
      }
      case "boolean" -> {
        if (!value.isBoolean()) {
          problems.add(path + ": expected a boolean");
        }
      }
      default -> problems.add(path + ": schema node without a known type: " + node);
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
}
