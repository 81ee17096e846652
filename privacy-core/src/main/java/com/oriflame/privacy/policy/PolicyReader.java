package com.oriflame.privacy.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reads policy files (JSON, see the README's "Policy file format" and {@code policy.schema.json}).
 *
 * <p>Reading checks syntax, field names (unknown fields are errors), types and value formats, and
 * fails with a {@link PolicyFormatException} naming the file, line, column, JSON path and what was
 * expected. It does not check meaning: run {@link PolicyLinter} for that, or use {@link
 * Policies#load(Path)}, which does both. Instances are immutable and thread-safe.
 */
public final class PolicyReader {
  private static final ObjectMapper MAPPER = PolicyJson.mapper();

  private PolicyReader() {}

  /**
   * @param file a policy file
   * @return the policy, not yet linted
   * @throws PolicyFormatException if the file is not a well-formed policy document
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Policy read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read policy file " + file, e);
    }
  }

  /**
   * @param in the document; not closed
   * @param source a name for messages, e.g. the resource path
   * @return the policy, not yet linted
   * @throws PolicyFormatException if the input is not a well-formed policy document
   */
  public static Policy read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    byte[] document;
    try {
      document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read policy " + source, e);
    }
    return parse(document, source);
  }

  /**
   * @param json the document
   * @param source a name for messages
   * @return the policy, not yet linted
   * @throws PolicyFormatException if the text is not a well-formed policy document
   */
  public static Policy readString(String json, String source) {
    return parse(json.getBytes(StandardCharsets.UTF_8), source);
  }

  private static Policy parse(byte[] document, String source) {
    try {
      return MAPPER.readValue(document, PolicyJson.Document.class).toPolicy();
    } catch (JsonProcessingException e) {
      throw translate(e, document, source);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read policy " + source, e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new PolicyFormatException(source, -1, -1, "$", e.getMessage(), e);
    }
  }

  private static PolicyFormatException translate(JsonProcessingException e, byte[] document, String source) {
    JsonLocation location = e.getLocation();
    String path;
    String problem;
    if (e instanceof JsonMappingException m) {
      path = path(m.getPath());
      problem = problem(m);
      if (!m.getPath().isEmpty()) {
        // Jackson reports where it noticed the problem (often the end of an object); point at
        // the offending field or element itself instead
        location = locate(document, path, location);
      }
    } else {
      path = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "$";
      problem = "malformed JSON: " + e.getOriginalMessage();
    }
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return new PolicyFormatException(source, line, column, path, problem, e);
  }

  /** The location of the first token at {@code path}, or {@code fallback}. */
  private static JsonLocation locate(byte[] document, String path, JsonLocation fallback) {
    try (JsonParser p = MAPPER.getFactory().createParser(document)) {
      while (p.nextToken() != null) {
        if (path.equals(path(p.getParsingContext()))) {
          return p.currentTokenLocation();
        }
      }
    } catch (IOException e) {
      // the document was readable up to the error; keep Jackson's own location
    }
    return fallback;
  }

  private static String problem(JsonMappingException m) {
    if (m instanceof UnrecognizedPropertyException u) {
      TreeSet<String> known = new TreeSet<>();
      if (u.getKnownPropertyIds() != null) {
        for (Object k : u.getKnownPropertyIds()) {
          known.add(String.valueOf(k));
        }
      }
      return "unknown field '" + u.getPropertyName() + "'; expected one of " + known;
    }
    if (m instanceof InvalidFormatException f) {
      return f.getOriginalMessage().replaceFirst("^Cannot deserialize value of type `[^`]*` from String ", "")
          .replaceFirst("^(\"[^\"]*\"): ", "$1: ");
    }
    if (m instanceof ValueInstantiationException v && v.getCause() != null) {
      Throwable cause = v.getCause();
      String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
      return cause instanceof NullPointerException ? "missing required field: " + message : message;
    }
    String message = m.getOriginalMessage();
    if (message.startsWith("No content to map")) {
      return "the document is empty; expected a JSON object";
    }
    if (message.startsWith("Trailing token")) {
      return "unexpected content after the end of the policy document";
    }
    int cut = message.indexOf(" (but might if coercion");
    if (cut > 0) {
      message = message.substring(0, cut) + "; write it without quotes";
    }
    cut = message.indexOf(" at [Source");
    return cut > 0 ? message.substring(0, cut) : message;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String path(JsonStreamContext context) {
    StringBuilder sb = new StringBuilder();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        sb.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        sb.insert(0, "." + c.getCurrentName());
      }
    }
    return "$" + sb;
  }
}
