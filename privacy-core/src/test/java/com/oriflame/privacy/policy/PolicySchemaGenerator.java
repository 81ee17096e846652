package com.oriflame.privacy.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Derives {@code policy.schema.json} (JSON Schema draft 2020-12) from the policy records by
 * reflection, so that the schema shipped for editors cannot drift from the format {@link
 * PolicyJson} reads. {@link PolicySchemaTest} checks the shipped file against {@link #generate()}.
 *
 * <p>Mapping: {@code String} to string, {@code int} to integer (with {@code @Min} as {@code
 * minimum}), {@code boolean} to boolean, {@code LocalDate} to a date string, {@code Period} to an
 * ISO-8601 period string, ids ({@link ElementId}) and {@link ClauseRef}s to patterned strings,
 * enums to their kebab-case names, {@code List}/{@code Set} to arrays ({@code Set} with unique
 * items), {@code Optional} to the schema of its value, other records to {@code $ref}s into {@code
 * $defs}. Every object forbids additional
 * properties. A component is required if it is a non-collection marked {@code @NotNull} or
 * {@code @NotBlank}, a collection marked {@code @NotEmpty}, or a primitive {@code int}; primitive
 * booleans default to {@code false} and are never required. The top level is {@code $schema}
 * followed by {@link PolicyContent}'s components, and mirrors the checks in its constructor.
 */
final class PolicySchemaGenerator {
  /** The JSON Schema dialect. */
  static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  /** The only description in the schema; component javadoc is not available at run time. */
  static final String DESCRIPTION =
      "Oriflame privacy SDK policy file, formatVersion " + PolicyJson.FORMAT_VERSION;

  /** Longest id the reader accepts (see {@code Ids}). */
  static final int ID_MAX_LENGTH = 200;

  /** A non-negative ISO-8601 period as {@link Period#parse} reads it, e.g. {@code P5Y}, {@code P13M}. */
  static final String PERIOD_PATTERN = "^P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?$";

  /** IANA time zone ids such as {@code Asia/Bishkek}, or fixed offsets such as {@code Z} or {@code +06:00}. */
  static final String ZONE_PATTERN = "^(?:[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*|Z|[+-]\\d{2}:\\d{2})$";

  /** The first top-level field: the schema editors check the file against; the policy does not keep it. */
  static final String SCHEMA_FIELD = "$schema";

  /** The fields {@link PolicyContent}'s constructor rejects when missing. */
  static final List<String> DOCUMENT_REQUIRED =
      List.of(
          "formatVersion", "id", "version", "effectiveDate", "controller", "jurisdiction", "law",
          "changes", "minors");

  private final Map<String, Map<String, Object>> defs = new TreeMap<>();
  private final Map<String, Class<?>> defined = new HashMap<>();
  private final Deque<Class<?>> pending = new ArrayDeque<>();

  private PolicySchemaGenerator() {}

  /** @return the schema as nested maps and lists, in a fixed order */
  static Map<String, Object> schema() {
    return new PolicySchemaGenerator().build();
  }

  /** @return the schema file's exact content: two-space indentation, trailing newline */
  static String generate() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    ObjectWriter writer = new ObjectMapper().writer(printer);
    try {
      return writer.writeValueAsString(schema()) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("schema could not be serialised", e);
    }
  }

  /** @return the JSON name of a component: its {@code @JsonProperty} value, else its name */
  static String jsonName(RecordComponent component) {
    JsonProperty property = find(JsonProperty.class, component, component.getAccessor());
    return property == null || property.value().isEmpty() ? component.getName() : property.value();
  }

  /** @return whether {@code type} is written as a JSON object (a record that is not a string value) */
  static boolean isObjectRecord(Class<?> type) {
    return type.isRecord() && !ElementId.class.isAssignableFrom(type) && type != ClauseRef.class;
  }

  private Map<String, Object> build() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(SCHEMA_FIELD, Map.of("type", "string"));
    for (RecordComponent component : PolicyContent.class.getRecordComponents()) {
      String name = jsonName(component);
      switch (name) {
        case "formatVersion" -> {
          Map<String, Object> version = new LinkedHashMap<>();
          version.put("type", "integer");
          version.put("const", PolicyJson.FORMAT_VERSION);
          properties.put(name, version);
        }
        default -> properties.put(name, componentSchema(component));
      }
    }
    for (String name : DOCUMENT_REQUIRED) {
      if (!properties.containsKey(name)) {
        throw new IllegalStateException("required field '" + name + "' is not a PolicyContent component");
      }
    }
    drain();

    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", DIALECT);
    root.put("description", DESCRIPTION);
    root.put("type", "object");
    root.put("additionalProperties", false);
    root.put("required", DOCUMENT_REQUIRED);
    root.put("properties", properties);
    root.put("$defs", new LinkedHashMap<>(defs));
    return root;
  }

  private void drain() {
    while (!pending.isEmpty()) {
      Class<?> type = pending.removeFirst();
      if (!defs.containsKey(type.getSimpleName())) {
        defs.put(type.getSimpleName(), objectSchema(type));
      }
    }
  }

  private Map<String, Object> objectSchema(Class<?> type) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      String name = jsonName(component);
      properties.put(name, componentSchema(component));
      if (isRequired(component)) {
        required.add(name);
      }
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("properties", properties);
    return schema;
  }

  private static boolean isRequired(RecordComponent component) {
    Class<?> type = component.getType();
    AnnotatedElement[] sources = sources(component);
    if (Collection.class.isAssignableFrom(type)) {
      return find(NotEmpty.class, sources) != null;
    }
    return type == int.class
        || find(NotNull.class, sources) != null
        || find(NotBlank.class, sources) != null
        || find(NotEmpty.class, sources) != null;
  }

  private Map<String, Object> componentSchema(RecordComponent component) {
    Map<String, Object> schema = valueSchema(component.getAnnotatedType(), sources(component));
    if (Collection.class.isAssignableFrom(component.getType())
        && find(NotEmpty.class, sources(component)) != null) {
      schema.put("minItems", 1);
    }
    return schema;
  }

  /** Where a constraint on a component may sit: the component, its accessor, or its type. */
  private static AnnotatedElement[] sources(RecordComponent component) {
    return new AnnotatedElement[] {component, component.getAccessor(), component.getAnnotatedType()};
  }

  private Map<String, Object> valueSchema(AnnotatedType annotated, AnnotatedElement... sources) {
    Type type = annotated.getType();
    Map<String, Object> schema = new LinkedHashMap<>();
    if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class) {
      // an absent value is an absent field: the schema of the value itself, never required
      if (!(annotated instanceof AnnotatedParameterizedType annotatedParameterized)) {
        throw new IllegalStateException("no type argument for " + type);
      }
      AnnotatedType value = annotatedParameterized.getAnnotatedActualTypeArguments()[0];
      AnnotatedElement[] where = Arrays.copyOf(sources, sources.length + 1);
      where[sources.length] = value;
      return valueSchema(value, where);
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw
        && (raw == List.class || raw == Set.class)) {
      if (!(annotated instanceof AnnotatedParameterizedType annotatedParameterized)) {
        throw new IllegalStateException("no type arguments for " + type);
      }
      AnnotatedType element = annotatedParameterized.getAnnotatedActualTypeArguments()[0];
      schema.put("type", "array");
      schema.put("items", valueSchema(element, element));
      if (raw == Set.class) {
        schema.put("uniqueItems", true);
      }
      return schema;
    }
    if (!(type instanceof Class<?> c)) {
      throw new IllegalStateException("no schema mapping for " + type);
    }
    if (c == String.class) {
      schema.put("type", "string");
      Pattern pattern = find(Pattern.class, sources);
      if (pattern != null) {
        schema.put("pattern", "^(?:" + pattern.regexp() + ")$");
      }
    } else if (c == int.class || c == Integer.class) {
      schema.put("type", "integer");
      Min min = find(Min.class, sources);
      if (min != null) {
        schema.put("minimum", min.value());
      }
    } else if (c == boolean.class || c == Boolean.class) {
      schema.put("type", "boolean");
    } else if (c == LocalDate.class) {
      schema.put("type", "string");
      schema.put("format", "date");
    } else if (c == ZoneId.class) {
      schema.put("type", "string");
      schema.put("pattern", ZONE_PATTERN);
    } else if (c == Period.class) {
      schema.put("type", "string");
      schema.put("pattern", PERIOD_PATTERN);
    } else if (ElementId.class.isAssignableFrom(c)) {
      schema.put("type", "string");
      schema.put("pattern", "^" + ElementId.PATTERN + "$");
      schema.put("maxLength", ID_MAX_LENGTH);
    } else if (c == ClauseRef.class) {
      schema.put("type", "string");
      schema.put("pattern", "^(?:" + clauseRefPattern() + ")$");
    } else if (c.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : c.getEnumConstants()) {
        names.add(PolicyJson.jsonName((Enum<?>) constant));
      }
      schema.put("type", "string");
      schema.put("enum", names);
    } else if (c.isRecord()) {
      Class<?> previous = defined.putIfAbsent(c.getSimpleName(), c);
      if (previous != null && previous != c) {
        throw new IllegalStateException(
            "two records named " + c.getSimpleName() + ": " + previous + " and " + c);
      }
      if (previous == null) {
        pending.addLast(c);
      }
      schema.put("$ref", "#/$defs/" + c.getSimpleName());
    } else {
      throw new IllegalStateException("no schema mapping for " + c);
    }
    return schema;
  }

  /** The clause reference form, read from {@link ClauseRef} itself so that the two cannot drift. */
  private static String clauseRefPattern() {
    try {
      Field form = ClauseRef.class.getDeclaredField("FORM");
      form.setAccessible(true);
      return ((java.util.regex.Pattern) form.get(null)).pattern();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "ClauseRef no longer has a 'private static final Pattern FORM'; update the generator", e);
    }
  }

  private static <A extends Annotation> A find(Class<A> type, AnnotatedElement... sources) {
    for (AnnotatedElement source : sources) {
      A annotation = source.getAnnotation(type);
      if (annotation != null) {
        return annotation;
      }
    }
    return null;
  }
}
