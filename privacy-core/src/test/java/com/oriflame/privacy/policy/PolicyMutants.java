package com.oriflame.privacy.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Mutated copies of the bundled policy file, for fuzzing the reader, the linter and the engine:
 * flipped, inserted and deleted bytes, truncation, duplicated slices, spliced JSON tokens, byte
 * order marks, NULs, invalid UTF-8, deep nesting, huge strings, values swapped for other values of
 * the file, removed and duplicated members and elements, out-of-range periods, dates and numbers.
 */
final class PolicyMutants {
  /** The bundled policy file as shipped. */
  static final byte[] BUNDLED = bundled();

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PERIOD = Pattern.compile("P(\\d+[YMWD])+");

  /** A region of the bundled file: [start, end) in bytes. */
  record Span(int start, int end) {}

  private static final List<Span> STRINGS = new ArrayList<>();
  private static final List<Span> DATES = new ArrayList<>();
  private static final List<Span> PERIODS = new ArrayList<>();
  private static final List<Span> NUMBERS = new ArrayList<>();
  private static final List<Span> ARRAYS = new ArrayList<>();
  private static final List<Span> ELEMENTS = new ArrayList<>();
  private static final List<Span> MEMBERS = new ArrayList<>();
  private static final List<Span> VALUES = new ArrayList<>();
  /** Short string values of the file, quoted: enum values, ids, clause references. */
  private static final List<String> WORDS = new ArrayList<>();

  static {
    index();
  }

  private PolicyMutants() {}

  /** A mutated document and how it was made. */
  record Mutant(String how, byte[] bytes) {
    @Override
    public String toString() {
      return how + " (" + bytes.length + " bytes)";
    }
  }

  /** One change to a document. */
  interface Mutation {
    byte[] apply(byte[] in);
  }

  /** @return one to three mutations applied to the bundled file, or a whole replaced document */
  static Arbitrary<Mutant> mutants() {
    Arbitrary<Mutant> mutated = mutation().list().ofMinSize(1).ofMaxSize(3).map(list -> {
      byte[] bytes = BUNDLED;
      for (Mutation m : list) {
        bytes = m.apply(bytes);
      }
      return new Mutant(list.toString(), bytes);
    });
    return Arbitraries.frequencyOf(
        Tuple.of(30, mutated),
        Tuple.of(1, wholeDocuments()));
  }

  static Arbitrary<Mutation> mutation() {
    Arbitrary<Integer> anywhere = Arbitraries.integers().between(0, BUNDLED.length);
    return Arbitraries.frequencyOf(
        Tuple.of(6, Combinators.combine(anywhere, Arbitraries.integers().between(0, 255))
            .as((at, b) -> named("flip byte " + at + " to " + b, in -> flip(in, at, (byte) (int) b)))),
        Tuple.of(8, Combinators.combine(anywhere, insertions())
            .as((at, bytes) -> named("insert " + show(bytes) + " at " + at, in -> insert(in, at, bytes)))),
        Tuple.of(4, Combinators.combine(anywhere, Arbitraries.integers().between(1, 200))
            .as((at, n) -> named("delete " + n + " bytes at " + at, in -> delete(in, at, n)))),
        Tuple.of(2, anywhere.map(at -> named("truncate at " + at, in -> Arrays.copyOf(in, Math.min(at, in.length))))),
        Tuple.of(3, Combinators.combine(anywhere, Arbitraries.integers().between(1, 3_000), anywhere)
            .as((from, n, to) -> named("copy " + n + " bytes from " + from + " to " + to, in -> duplicate(in, from, n, to)))),
        Tuple.of(8, replace("string", STRINGS, stringReplacements())),
        Tuple.of(10, replace("string", STRINGS, Arbitraries.of(WORDS))),
        Tuple.of(4, replace("date", DATES, Arbitraries.of(
            "\"+99999-01-01\"", "\"-0001-01-01\"", "\"0000-01-01\"", "\"1899-12-31\"", "\"1900-01-01\"",
            "\"9999-12-31\"", "\"+10000-01-01\"", "\"2017-02-30\"", "\"+999999999-12-31\"", "\"-999999999-01-01\""))),
        Tuple.of(4, replace("period", PERIODS, Arbitraries.of(
            "\"P999999999Y\"", "\"P200Y\"", "\"P201Y\"", "\"P2400M\"", "\"P2401M\"", "\"P73048D\"", "\"P73100D\"",
            "\"P-1Y\"", "\"P0D\"", "\"P2147483647D\"", "\"P2147483647M\"", "\"P1Y-400D\"", "\"-P1Y\"", "\"PT1H\"",
            "\"P0Y\"", "\"P199Y11M30D\"", "\"P1W\"", "\"P999999999Y11M\""))),
        Tuple.of(4, replace("number", NUMBERS, Arbitraries.of(
            "-1", "0", "1", "2", "30", "31", "2147483647", "2147483648", "99999999999999999999", "1e400", "1.5",
            "-0", "73049", "1000000", "\"7\"", "null", "1" + "0".repeat(2_000)))),
        Tuple.of(6, replace("value", VALUES, Arbitraries.of(
            "null", "[]", "{}", "\"\"", "0", "true", "[null]", "[ null, null ]", "\"x\"", "[[]]", "{\"a\":1}",
            "\"   \"", "[\"\"]", "\"\\u0000\""))),
        Tuple.of(3, replace("array", ARRAYS, Arbitraries.of("[]", "[ null ]", "[ [ ] ]", "{}", "null"))),
        Tuple.of(4, pick(MEMBERS).map(s -> named("remove member " + s, in -> removeSpan(in, s)))),
        Tuple.of(4, pick(ELEMENTS).map(s -> named("remove element " + s, in -> removeSpan(in, s)))),
        Tuple.of(3, pick(ELEMENTS).map(s -> named("repeat element " + s, in -> repeatSpan(in, s)))),
        Tuple.of(2, Combinators.combine(pick(VALUES), nestings())
            .as((s, n) -> named("nest " + n.length() + " chars at " + s, in -> splice(in, s, n)))));
  }

  /** Whole documents, not derived from the bundled file. */
  static Arbitrary<Mutant> wholeDocuments() {
    List<Mutant> documents = new ArrayList<>();
    documents.add(new Mutant("empty", new byte[0]));
    documents.add(new Mutant("null", ascii("null")));
    documents.add(new Mutant("whitespace", ascii(" \n\t \r\n ")));
    documents.add(new Mutant("empty object", ascii("{}")));
    documents.add(new Mutant("empty array", ascii("[]")));
    documents.add(new Mutant("[null]", ascii("[null]")));
    documents.add(new Mutant("a string", ascii("\"policy\"")));
    documents.add(new Mutant("a number", ascii("1")));
    documents.add(new Mutant("UTF-32BE BOM and {}", new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF, 0x7B, 0x7D}));
    documents.add(new Mutant("UTF-32LE BOM and {}", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, 0x7B, 0x7D}));
    documents.add(new Mutant("UTF-16BE BOM and {}", new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 0x7B, 0, 0x7D}));
    documents.add(new Mutant("UTF-16LE BOM and {}", new byte[] {(byte) 0xFF, (byte) 0xFE, 0x7B, 0, 0x7D, 0}));
    documents.add(new Mutant("UTF-8 BOM and the policy", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BUNDLED)));
    documents.add(new Mutant("UTF-16BE BOM and the policy", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, BUNDLED)));
    documents.add(new Mutant("UTF-32BE BOM and the policy", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, BUNDLED)));
    documents.add(new Mutant("the policy in UTF-16", new String(BUNDLED, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16)));
    documents.add(new Mutant("NULs", new byte[16]));
    documents.add(new Mutant("a NUL and the policy", concat(new byte[] {0}, BUNDLED)));
    documents.add(new Mutant("invalid UTF-8", new byte[] {(byte) 0xC0, (byte) 0x80, (byte) 0xFF, (byte) 0xFE}));
    documents.add(new Mutant("deep arrays", ascii("[".repeat(100_000) + "]".repeat(100_000))));
    documents.add(new Mutant("deep objects", ascii("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000))));
    documents.add(new Mutant("the policy twice", concat(BUNDLED, BUNDLED)));
    documents.add(new Mutant("a huge string", ascii("\"" + "a".repeat(1_000_000) + "\"")));
    return Arbitraries.of(documents);
  }

  private static Arbitrary<byte[]> insertions() {
    List<byte[]> fixed = new ArrayList<>();
    for (String token : List.of("null", ",", "]", "[", "{", "}", ":", "\"", "\"\"", "0", "-", "1e999", "true",
        "\\", "\\u0000", "//", "/*", "\n", "\t", " ", "\u00a0", "😀", "ы", "[null]", ", null", "null,", "{}", "[]")) {
      fixed.add(token.getBytes(StandardCharsets.UTF_8));
    }
    fixed.add(new byte[] {0});
    fixed.add(new byte[] {0, 0, 0, 0});
    fixed.add(new byte[] {(byte) 0xFF});
    fixed.add(new byte[] {(byte) 0xC0, (byte) 0x80});
    fixed.add(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
    fixed.add(new byte[] {(byte) 0x80});
    fixed.add(new byte[] {(byte) 0xE2, (byte) 0x82});
    fixed.add(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
    fixed.add(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    fixed.add(new byte[] {(byte) 0xFE, (byte) 0xFF});
    fixed.add(new byte[] {(byte) 0xFF, (byte) 0xFE});
    fixed.add(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF});
    fixed.add(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(8);
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(fixed)), Tuple.of(1, random));
  }

  private static Arbitrary<String> stringReplacements() {
    return Arbitraries.oneOf(
        Arbitraries.of(1_000, 100_000, 1_000_000).map(n -> "\"" + "a".repeat(n) + "\""),
        Arbitraries.of(10_000, 125_000).map(n -> "\"" + "contract".repeat(n) + "\""),
        Arbitraries.of(300, 100_000).map(n -> "\"" + "a.".repeat(n) + "a\""),
        Arbitraries.of("\"\"", "\" \"", "\"UPPER\"", "\"a..b\"", "\"a.\"", "\".a\"", "\"a--b\"", "\"§\"", "\"§99\"",
            "\"Art. \"", "\"\\u0000\"", "\"\\ud800\"", "\"\\\"\"", "\"contrct\"", "\"consnet\"", "\"ZZ\"", "\"kg\"",
            "\"Asia/Nowhere\"", "\"Z\"", "\"+18:00\"", "\"UTC\"", "\"😀\"", "\"\\t\""));
  }

  private static Arbitrary<String> nestings() {
    return Arbitraries.of(10, 500, 999, 1_001, 5_000, 100_000)
        .flatMap(n -> Arbitraries.of("[".repeat(n) + "]".repeat(n), "{\"a\":".repeat(n) + "1" + "}".repeat(n),
            "[".repeat(n)));
  }

  private static Arbitrary<Mutation> replace(String what, List<Span> spans, Arbitrary<String> by) {
    return Combinators.combine(pick(spans), by)
        .as((s, text) -> named("replace " + what + " " + s + " with " + shortText(text), in -> splice(in, s, text)));
  }

  private static Arbitrary<Span> pick(List<Span> spans) {
    return Arbitraries.of(spans);
  }

  private static Mutation named(String name, Mutation m) {
    return new Mutation() {
      @Override
      public byte[] apply(byte[] in) {
        return m.apply(in);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  // ---- byte surgery (positions are clamped: an earlier mutation may have shortened the input) ----

  private static byte[] flip(byte[] in, int at, byte b) {
    if (in.length == 0) {
      return new byte[] {b};
    }
    byte[] out = in.clone();
    out[Math.min(at, in.length - 1)] = b;
    return out;
  }

  static byte[] insert(byte[] in, int at, byte[] bytes) {
    int p = Math.min(at, in.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + bytes.length);
    out.write(in, 0, p);
    out.write(bytes, 0, bytes.length);
    out.write(in, p, in.length - p);
    return out.toByteArray();
  }

  private static byte[] delete(byte[] in, int at, int n) {
    int p = Math.min(at, in.length);
    int q = Math.min(in.length, p + n);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, p);
    out.write(in, q, in.length - q);
    return out.toByteArray();
  }

  private static byte[] duplicate(byte[] in, int from, int n, int to) {
    int p = Math.min(from, in.length);
    int q = Math.min(in.length, p + n);
    return insert(in, to, Arrays.copyOfRange(in, p, q));
  }

  private static byte[] splice(byte[] in, Span s, String text) {
    int p = Math.min(s.start(), in.length);
    int q = Math.max(p, Math.min(s.end(), in.length));
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + bytes.length);
    out.write(in, 0, p);
    out.write(bytes, 0, bytes.length);
    out.write(in, q, in.length - q);
    return out.toByteArray();
  }

  /** Removes a member or element with the comma that separates it from the next or previous one. */
  private static byte[] removeSpan(byte[] in, Span s) {
    int p = Math.min(s.start(), in.length);
    int q = Math.max(p, Math.min(s.end(), in.length));
    int after = q;
    while (after < in.length && isSpace(in[after])) {
      after++;
    }
    if (after < in.length && in[after] == ',') {
      q = after + 1;
    } else {
      int before = p - 1;
      while (before >= 0 && isSpace(in[before])) {
        before--;
      }
      if (before >= 0 && in[before] == ',') {
        p = before;
      }
    }
    return delete(in, p, q - p);
  }

  private static byte[] repeatSpan(byte[] in, Span s) {
    int p = Math.min(s.start(), in.length);
    int q = Math.max(p, Math.min(s.end(), in.length));
    byte[] element = Arrays.copyOfRange(in, p, q);
    return insert(in, q, concat(ascii(", "), element));
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\n' || b == '\r' || b == '\t';
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static String show(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02x", b & 0xff));
    }
    return sb.toString();
  }

  private static String shortText(String text) {
    return text.length() > 40 ? text.substring(0, 20) + "…(" + text.length() + " chars)" : text;
  }

  // ---- index of the bundled file ------------------------------------------------------------

  private static byte[] bundled() {
    try (InputStream in = PolicyMutants.class.getResourceAsStream(Policies.ORIFLAME_KG_2017_RESOURCE)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void index() {
    Set<String> words = new LinkedHashSet<>();
    Deque<Integer> starts = new ArrayDeque<>();
    Deque<Integer> memberStarts = new ArrayDeque<>();
    Deque<Boolean> inArray = new ArrayDeque<>();
    int pendingMember = -1;
    try (JsonParser p = new JsonFactory().createParser(BUNDLED)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        int start = (int) p.currentTokenLocation().getByteOffset();
        if (t == JsonToken.FIELD_NAME) {
          pendingMember = start;
          continue;
        }
        int member = pendingMember;
        pendingMember = -1;
        boolean elementOfArray = !inArray.isEmpty() && inArray.peek();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          starts.push(start);
          memberStarts.push(member);
          inArray.push(t == JsonToken.START_ARRAY);
          continue;
        }
        int end;
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          inArray.pop();
          start = starts.pop();
          member = memberStarts.pop();
          end = (int) p.currentTokenLocation().getByteOffset() + 1;
          elementOfArray = !inArray.isEmpty() && inArray.peek();
          if (t == JsonToken.END_ARRAY) {
            ARRAYS.add(new Span(start, end));
          }
        } else {
          String text = p.getText();
          end = (int) p.currentLocation().getByteOffset();
          Span value = new Span(start, end);
          if (t == JsonToken.VALUE_STRING) {
            STRINGS.add(value);
            if (DATE.matcher(text).matches()) {
              DATES.add(value);
            }
            if (PERIOD.matcher(text).matches()) {
              PERIODS.add(value);
            }
            if (text.length() <= 40) {
              words.add("\"" + text + "\"");
            }
          } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            NUMBERS.add(value);
          }
        }
        Span span = new Span(start, end);
        VALUES.add(span);
        if (elementOfArray) {
          ELEMENTS.add(span);
        } else if (member >= 0) {
          MEMBERS.add(new Span(member, end));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WORDS.addAll(words);
  }
}
