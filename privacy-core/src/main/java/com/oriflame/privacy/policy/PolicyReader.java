package com.oriflame.privacy.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads policy files (JSON, see the README's "Policy file format" and {@code policy.schema.json}).
 *
 * <p>Reading checks syntax, field names (unknown fields are errors), types and value formats, and
 * fails with a {@link PolicyFormatException} naming the file, line, column, JSON path and what was
 * expected. Whatever the bytes (another encoding, NULs, invalid UTF-8, an empty or {@code null}
 * document, deep nesting, huge values), that is the only exception reading a document throws; its
 * line and column are 1-based and point at the offending token (1:1 when nothing better is known),
 * and it quotes values only as short excerpts. It does not check meaning: run {@link PolicyLinter}
 * for that, or use {@link Policies#load(Path)}, which does both. Instances are immutable and
 * thread-safe.
 *
 * <p>Stability: stable.
 */
public final class PolicyReader {
  private static final ObjectMapper MAPPER = PolicyJson.mapper();
  /** The longest JSON path; longer ones are cut in the middle. */
  private static final int MAX_PATH = 160;
  /** The longest problem text; longer ones are cut. */
  private static final int MAX_PROBLEM = 600;
  /** Jackson's excerpt of the source in its messages: the document's first bytes, not the error. */
  private static final Pattern SOURCE_EXCERPT =
      Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)\\]", Pattern.DOTALL);
  private static final Pattern TYPE_NAME = Pattern.compile("`([^`]*)`");
  private static final Pattern FOUND = Pattern.compile("from ([\\w-]+) value");
  private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z_]\\w*\\.)+|\\b\\w+\\$");
  private static final Pattern TOKEN = Pattern.compile("\\(token `?JsonToken\\.(\\w+)`?\\)");
  /** A quoted value: the quotes stand outside words, the value neither starts nor ends in a space. */
  private static final Pattern LONG_QUOTE = Pattern.compile(
      "(?<!\\w)(['\"])(?!\\s)([^'\"]{" + (PolicyJson.EXCERPT + 1) + ",}?)(?<!\\s)\\1(?!\\w)");

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
    requireUtf8(document, source);
    PolicyContent parsed;
    try {
      parsed = MAPPER.readValue(document, PolicyContent.class);
    } catch (JsonProcessingException e) {
      throw translate(e, document, source);
    } catch (IOException | RuntimeException e) {
      // reading a byte array cannot fail for want of input; this is a decoder or mapper surprise,
      // and still a document the reader cannot take
      throw new PolicyFormatException(source, 1, 1, "$", readable("unreadable policy document: " + describe(e)), e);
    }
    if (parsed == null) {
      Position at = firstToken(document);
      throw new PolicyFormatException(
          source, at.line(), at.column(), "$", "the document is null; expected a JSON object holding the policy", null);
    }
    try {
      return new Policy(parsed);
    } catch (RuntimeException e) {
      throw new PolicyFormatException(source, 1, 1, "$", readable(describe(e)), e);
    }
  }

  /**
   * Policy files are UTF-8 (README). Jackson would guess UTF-16 or UTF-32 from a byte-order mark or
   * from NULs among the first four bytes and then misread the file; refuse those here, by name, and
   * any byte sequence that is not UTF-8, at its place.
   */
  private static void requireUtf8(byte[] d, String source) {
    String bom = null;
    if (startsWith(d, 0x00, 0x00, 0xFE, 0xFF)) {
      bom = "UTF-32 (big-endian)";
    } else if (startsWith(d, 0xFF, 0xFE, 0x00, 0x00)) {
      bom = "UTF-32 (little-endian)";
    } else if (startsWith(d, 0xFE, 0xFF)) {
      bom = "UTF-16 (big-endian)";
    } else if (startsWith(d, 0xFF, 0xFE)) {
      bom = "UTF-16 (little-endian)";
    }
    if (bom != null) {
      throw new PolicyFormatException(source, 1, 1, "$",
          "the file starts with a " + bom + " byte-order mark; a policy file must be UTF-8 JSON", null);
    }
    for (int i = 0; i < Math.min(4, d.length); i++) {
      if (d[i] == 0) {
        Position at = position(d, i);
        throw new PolicyFormatException(source, at.line(), at.column(), "$",
            "malformed JSON: NUL byte (0x00); a policy file must be UTF-8 JSON", null);
      }
    }
    // Jackson's decoder lets overlong forms and encoded surrogates through (C0 80 would become a
    // NUL character in a label); Java's is strict
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(d);
    CharBuffer out = CharBuffer.allocate(8_192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        int offset = in.position();
        StringBuilder bytes = new StringBuilder();
        for (int i = offset; i < Math.min(d.length, offset + result.length()); i++) {
          bytes.append(bytes.length() == 0 ? "" : " ").append(String.format("%02x", d[i] & 0xFF));
        }
        Position at = position(d, offset);
        throw new PolicyFormatException(source, at.line(), at.column(), "$",
            "malformed JSON: invalid UTF-8 (bytes " + bytes + "); a policy file must be UTF-8 JSON", null);
      }
      if (result.isUnderflow()) {
        return;
      }
      out.clear();
    }
  }

  private static boolean startsWith(byte[] d, int... prefix) {
    if (d.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((d[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static PolicyFormatException translate(JsonProcessingException e, byte[] document, String source) {
    JsonProcessingException syntax = syntaxError(e);
    if (syntax != null) {
      return translateSyntax(syntax, e, document, source);
    }
    JsonMappingException m = (JsonMappingException) e;
    String path = path(m.getPath());
    String problem = problem(m);
    Position at = position(document, m.getLocation(), m);
    if (m.getCause() instanceof PolicyContent.FieldProblem f) {
      path = path + "." + PolicyJson.excerpt(f.field);
      at = locate(document, path, segments(m.getPath()) + 1, at);
    } else if (!m.getPath().isEmpty()) {
      // Jackson reports where it noticed the problem (often the end of an object); point at the
      // offending field or element itself instead
      at = locate(document, path, segments(m.getPath()), at);
    }
    return new PolicyFormatException(source, at.line(), at.column(), path, readable(problem), e);
  }

  /**
   * The syntax error behind {@code e}, or {@code null} for a mapping problem. Jackson wraps a syntax
   * error met inside a nested value in a mapping exception whose path and location name the
   * enclosing field; the syntax error itself knows the offending character.
   */
  private static JsonProcessingException syntaxError(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException)) {
      return e;
    }
    return e.getCause() instanceof JsonProcessingException cause && !(cause instanceof JsonMappingException) ? cause : null;
  }

  private static PolicyFormatException translateSyntax(
      JsonProcessingException syntax, JsonProcessingException thrown, byte[] document, String source) {
    Position at = position(document, syntax.getLocation(), thrown);
    Object processor = syntax.getProcessor() != null ? syntax.getProcessor() : thrown.getProcessor();
    String path = processor instanceof JsonParser p ? path(p.getParsingContext()) : "$";
    if (syntax.getLocation() == null && thrown instanceof JsonMappingException m && !m.getPath().isEmpty()) {
      // limits of the stream (name or number length, nesting) come without a location: point at the
      // innermost value the mapper had reached
      path = path(m.getPath());
      at = locate(document, path, segments(m.getPath()), at);
    }
    String problem = syntax instanceof InputCoercionException
        ? "number out of range: " + syntax.getOriginalMessage()
        : syntax instanceof StreamConstraintsException
            ? "the document exceeds a limit of the reader: " + syntax.getOriginalMessage()
            : "malformed JSON: " + syntax.getOriginalMessage();
    long offset = syntax.getLocation() == null ? -1 : syntax.getLocation().getByteOffset();
    if (offset >= 0 && offset < document.length && (document[(int) offset] == '}' || document[(int) offset] == ']')) {
      int before = (int) offset - 1;
      while (before >= 0 && isJsonSpace(document[before])) {
        before--;
      }
      if (before >= 0 && document[before] == ',') {
        at = position(document, before);
        problem = "malformed JSON: trailing comma before '" + (char) document[(int) offset] + "'; remove the comma";
      }
    }
    return new PolicyFormatException(source, at.line(), at.column(), path, readable(problem), thrown);
  }

  private static boolean isJsonSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** A 1-based line and column, in characters. */
  private record Position(int line, int column) {
    static final Position START = new Position(1, 1);
  }

  /**
   * The position of a Jackson location: from its byte offset where known (Jackson counts columns
   * in bytes, editors in characters), else its line and column, else the parser's current
   * location, else 1:1.
   */
  private static Position position(byte[] document, JsonLocation location, JsonProcessingException e) {
    if (location == null && e != null && e.getProcessor() instanceof JsonParser p) {
      location = p.currentLocation();
    }
    if (location == null) {
      return Position.START;
    }
    long offset = location.getByteOffset();
    if (offset >= 0 && offset <= document.length) {
      return position(document, (int) offset);
    }
    return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /**
   * The line and column of byte {@code offset} of a UTF-8 document: lines end at LF, CR LF or a
   * lone CR; columns count characters (a pair of surrogates as one), not bytes; a UTF-8 byte-order
   * mark takes no column.
   */
  private static Position position(byte[] d, int offset) {
    int line = 1;
    int column = 1;
    int i = startsWith(d, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    for (; i < offset && i < d.length; i++) {
      byte b = d[i];
      if (b == '\n' || b == '\r' && (i + 1 >= d.length || d[i + 1] != '\n')) {
        line++;
        column = 1;
      } else if (b != '\r' && (b & 0xC0) != 0x80) {
        column++; // a character starts at every byte that is not a UTF-8 continuation byte
      }
    }
    return new Position(line, column);
  }

  /** The position of the first byte that is not JSON white space (1:1 for an empty document). */
  private static Position firstToken(byte[] d) {
    int i = startsWith(d, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    while (i < d.length && isJsonSpace(d[i])) {
      i++;
    }
    return position(d, i);
  }

  /**
   * The position of the first token at {@code path}, or {@code fallback}.
   *
   * @param segments the number of fields and indexes in the path
   */
  private static Position locate(byte[] document, String path, int segments, Position fallback) {
    try (JsonParser p = MAPPER.getFactory().createParser(document)) {
      while (p.nextToken() != null) {
        // the token's depth first: building every token's path costs O(depth) on deep documents;
        // a field name's context is its object, a start token's is the value it opens
        int depth = p.getParsingContext().getNestingDepth();
        if ((depth == segments || depth == segments + 1) && path.equals(path(p.getParsingContext()))) {
          return position(document, p.currentTokenLocation(), null);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the document was readable up to the error; keep Jackson's own location
    }
    return fallback;
  }

  private static String problem(JsonMappingException m) {
    if (m instanceof UnrecognizedPropertyException u) {
      TreeSet<String> known = new TreeSet<>();
      if (u.getReferringClass() == PolicyContent.class) {
        known.add("$schema"); // read and ignored, so Jackson does not list it
      }
      if (u.getKnownPropertyIds() != null) {
        for (Object k : u.getKnownPropertyIds()) {
          known.add(String.valueOf(k));
        }
      }
      return "unknown field '" + PolicyJson.excerpt(u.getPropertyName()) + "'; expected one of " + known;
    }
    if (m instanceof InvalidNullException) {
      return "null is not allowed in a list; remove it";
    }
    if (m instanceof InvalidFormatException f) {
      return f.getOriginalMessage().replaceFirst("^Cannot deserialize value of type `[^`]*` from String ", "");
    }
    if (m instanceof ValueInstantiationException v && v.getCause() != null) {
      Throwable cause = v.getCause();
      String message = describe(cause);
      return cause instanceof NullPointerException ? "missing required field: " + message : message;
    }
    String message = m.getOriginalMessage();
    if (m instanceof MismatchedInputException mi && mi.getTargetType() != null
        && (message.startsWith("Cannot construct instance of") || message.startsWith("Cannot deserialize value of type")
            || message.startsWith("Cannot map `null`"))) {
      return "expected " + shape(mi.getTargetType()) + " but found " + found(message);
    }
    if (message.startsWith("Cannot coerce Floating-point value")) {
      return "expected an integer but found a decimal number";
    }
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

  /** What Jackson's message says it found: "... from Array value (token ...)" and the like. */
  private static String found(String message) {
    if (message.startsWith("Cannot map `null`")) {
      return "null";
    }
    Matcher m = FOUND.matcher(message);
    if (!m.find()) {
      return "another kind of value";
    }
    return switch (m.group(1)) {
      case "Array" -> "an array";
      case "Object" -> "an object";
      case "String" -> "a string";
      case "Boolean" -> "true or false";
      case "Null" -> "null";
      default -> "a number";
    };
  }

  /** What a value of a Java type looks like in the policy file. */
  private static String shape(Class<?> type) {
    if (type == PolicyContent.class) {
      return "a JSON object holding the policy";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a JSON array";
    }
    if (type == String.class || type.isEnum() || ElementId.class.isAssignableFrom(type)) {
      return "a JSON string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    return "a JSON object (" + type.getSimpleName() + ")";
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * A problem fit for a message: Jackson's excerpts of the source and Java type names replaced by
   * plain words, long quoted values cut, unprintable characters escaped, at most {@value
   * #MAX_PROBLEM} characters.
   */
  private static String readable(String problem) {
    String s = problem.length() > 8 * MAX_PROBLEM ? problem.substring(0, 8 * MAX_PROBLEM) : problem;
    s = SOURCE_EXCERPT.matcher(s).replaceAll("[line $1, column $2]");
    s = TOKEN.matcher(s).replaceAll(r -> "(found " + tokenName(r.group(1)) + ")");
    s = TYPE_NAME.matcher(s).replaceAll(r -> Matcher.quoteReplacement(typeName(r.group(1))));
    s = LONG_QUOTE.matcher(s).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + PolicyJson.excerpt(r.group(2)) + r.group(1)));
    StringBuilder sb = new StringBuilder(Math.min(s.length(), MAX_PROBLEM) + 8);
    PolicyJson.escape(s, 0, s.length(), sb);
    if (sb.length() > MAX_PROBLEM) {
      int end = MAX_PROBLEM;
      if (Character.isHighSurrogate(sb.charAt(end - 1))) {
        end--;
      }
      sb.setLength(end);
      sb.append('…');
    }
    return sb.toString();
  }

  private static String typeName(String javaType) {
    String simple = QUALIFIER.matcher(javaType).replaceAll("");
    return simple.equals("PolicyContent") ? "policy document" : "`" + simple + "`";
  }

  private static String tokenName(String token) {
    return switch (token) {
      case "START_ARRAY" -> "an array";
      case "START_OBJECT" -> "an object";
      case "VALUE_STRING" -> "a string";
      case "VALUE_NUMBER_INT" -> "an integer";
      case "VALUE_NUMBER_FLOAT" -> "a decimal number";
      case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
      case "VALUE_NULL" -> "null";
      default -> token.toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }

  private static int segments(List<JsonMappingException.Reference> references) {
    int n = 0;
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null || r.getIndex() >= 0) {
        n++;
      }
    }
    return n;
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : references) {
      if (r.getFieldName() != null) {
        sb.append('.').append(PolicyJson.excerpt(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return shortPath(sb);
  }

  private static String path(JsonStreamContext context) {
    List<JsonStreamContext> chain = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.add(c);
    }
    StringBuilder sb = new StringBuilder("$");
    for (int i = chain.size() - 1; i >= 0; i--) {
      JsonStreamContext c = chain.get(i);
      if (c.inArray()) {
        sb.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
      } else if (c.getCurrentName() != null) {
        sb.append('.').append(PolicyJson.excerpt(c.getCurrentName()));
      }
    }
    return shortPath(sb);
  }

  /** A path of a deeply nested value, cut in the middle: its start and its end say where it is. */
  private static String shortPath(StringBuilder path) {
    if (path.length() <= MAX_PATH) {
      return path.toString();
    }
    int head = MAX_PATH / 2;
    int tail = path.length() - MAX_PATH / 2;
    if (Character.isHighSurrogate(path.charAt(head - 1))) {
      head--;
    }
    if (Character.isLowSurrogate(path.charAt(tail))) {
      tail++;
    }
    return path.substring(0, head) + "…" + path.substring(tail);
  }
}
