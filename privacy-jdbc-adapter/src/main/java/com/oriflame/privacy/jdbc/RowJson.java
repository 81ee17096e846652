package com.oriflame.privacy.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oriflame.privacy.consent.Blocking;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.CategoryId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The stored form of the string sets, maps and blockings in rows: plain JSON. Events are stored by
 * the core's {@link com.oriflame.privacy.consent.EventCodec}. Errors never quote the stored text.
 */
final class RowJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RowJson() {}

  private static void strings(ArrayNode array, Collection<?> values) {
    values.forEach(v -> array.add(v.toString()));
  }

  private static <T> Set<T> set(JsonNode array, Function<String, T> parse) {
    Set<T> result = new LinkedHashSet<>();
    if (array != null) {
      array.forEach(x -> result.add(parse.apply(x.asText())));
    }
    return result;
  }

  /** @return {@code values} as a JSON array of their strings, in iteration order */
  static String writeStrings(Collection<?> values) {
    ArrayNode a = JSON.createArrayNode();
    strings(a, values);
    return a.toString();
  }

  /** @return the strings of a stored JSON array, parsed, in stored order */
  static <T> Set<T> readStrings(String json, Function<String, T> parse) {
    try {
      return set(JSON.readTree(json), parse);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored list is not valid JSON");
    }
  }

  /** @return {@code map} as a JSON object with sorted keys */
  static String writeMap(Map<String, String> map) {
    ObjectNode n = JSON.createObjectNode();
    new TreeMap<>(map).forEach(n::put);
    return n.toString();
  }

  /** @return the entries of a stored JSON object, in stored order */
  static Map<String, String> readMap(String json) {
    try {
      Map<String, String> result = new LinkedHashMap<>();
      JSON.readTree(json).properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
      return result;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored audit details are not valid JSON");
    }
  }

  /**
   * @param blocks blockings
   * @return a JSON array of {@code {"categories": [...], "ground": "..."}} objects, in the order
   *     given, each with its categories in their order
   */
  static String writeBlocks(List<Blocking> blocks) {
    ArrayNode a = JSON.createArrayNode();
    for (Blocking b : blocks) {
      ObjectNode n = a.addObject();
      strings(n.putArray("categories"), b.categories());
      n.put("ground", b.ground().name());
    }
    return a.toString();
  }

  /**
   * @param json text written by {@link #writeBlocks}
   * @return the blockings, in stored order
   * @throws IllegalStateException if the text is not such an array (the message quotes none of it)
   */
  static List<Blocking> readBlocks(String json) {
    JsonNode array;
    try {
      array = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored blockings are not valid JSON");
    }
    if (array == null || !array.isArray()) {
      throw new IllegalStateException("stored blockings are not a JSON array");
    }
    List<Blocking> result = new ArrayList<>(array.size());
    for (JsonNode n : array) {
      JsonNode categories = n.get("categories");
      JsonNode ground = n.get("ground");
      if (categories == null || !categories.isArray() || ground == null || !ground.isTextual()) {
        throw new IllegalStateException("a stored blocking has no categories array or no ground");
      }
      result.add(new Blocking(set(categories, CategoryId::of), BlockingGround.valueOf(ground.asText())));
    }
    return result;
  }
}
