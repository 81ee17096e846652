package com.oriflame.privacy.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.oriflame.privacy.internal.Suggestions;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The one place where the policy JSON format is defined: value (de)serializers and the mapping of
 * the top-level document, which is {@link PolicyContent} (its components are the top-level fields).
 * Domain records are mapped by their components; no Jackson annotations sit on them.
 */
final class PolicyJson {
  /** The format version this reader and writer understand. */
  static final int FORMAT_VERSION = 1;
  /** The longest excerpt of a value that messages quote. */
  static final int EXCERPT = 60;

  private PolicyJson() {}

  static ObjectMapper mapper() {
    SimpleModule module = new SimpleModule("privacy-policy");
    // keep the order the file gives, so that messages and rewritten files are stable
    module.addAbstractTypeMapping(Set.class, LinkedHashSet.class);
    text(module, CategoryId.class, CategoryId::of, "a category id such as 'contact.email'");
    text(module, PurposeId.class, PurposeId::of, "a purpose id such as 'marketing.similar-goods.sms'");
    text(module, RecipientId.class, RecipientId::of, "a recipient id");
    text(module, ObjectionId.class, ObjectionId::of, "an objection id");
    text(module, FormId.class, FormId::of, "a form id");
    text(module, RetentionRuleId.class, RetentionRuleId::of, "a retention rule id");
    text(module, CookieCategoryId.class, CookieCategoryId::of, "a cookie category id");
    text(module, TransferId.class, TransferId::of, "a transfer id");
    text(module, DutyId.class, DutyId::of, "a duty id");
    text(module, ClauseRef.class, ClauseRef::of, "a clause reference such as '§6.1'");
    text(module, LocalDate.class, PolicyJson::date, "an ISO date such as '2017-01-01'");
    text(module, Period.class, PolicyJson::period, "an ISO-8601 period such as 'P5Y' or 'P13M'");
    text(module, ZoneId.class, PolicyJson::zone, "a time zone id such as 'Asia/Bishkek'");
    for (Class<? extends Enum<?>> type :
        List.of(
            LegalBasis.class, Operation.class, ProcessingMode.class, Channel.class,
            DataOrigin.class, CategoryTrait.class, PurposeTrait.class, Condition.class,
            RecipientKind.class, DataForm.class, ObligationKind.class, NoticeKind.class,
            RetentionTrigger.class, RetentionAction.class, HoldReason.class, CookieKind.class,
            RightKind.class, DeadlineUnit.class, DutyTrigger.class)) {
      kebabEnum(module, type);
    }
    return JsonMapper.builder()
        .addModule(module)
        .addModule(new Jdk8Module())
        .addMixIn(PolicyContent.class, ContentMixIn.class)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // 1.5 is no integer: refuse it instead of reading 1
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        // a null inside a list is an error at its place, not an exception from a constructor
        .defaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL))
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .build();
  }

  private static LocalDate date(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date (yyyy-mm-dd)");
    }
  }

  private static ZoneId zone(String s) {
    try {
      return ZoneId.of(s);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a time zone id of the IANA database");
    }
  }

  private static Period period(String s) {
    try {
      return Period.parse(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 period");
    }
  }

  private static <T> void text(
      SimpleModule module, Class<T> type, Function<String, T> parse, String expected) {
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              return type.cast(
                  ctxt.handleUnexpectedToken(
                      type, p.currentToken(), p, "expected %s (a JSON string)", expected));
            }
            String s = p.getText();
            try {
              return parse.apply(s);
            } catch (IllegalArgumentException e) {
              throw InvalidFormatException.from(
                  p, quoted(s) + ": expected " + expected + ": " + e.getMessage(), s, type);
            }
          }
        });
    module.addSerializer(
        type,
        new StdSerializer<T>(type) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(value instanceof ElementId id ? id.value() : value.toString());
          }
        });
  }

  /**
   * A value as messages quote it: in double quotes, cut to {@value #EXCERPT} characters, so that a
   * huge or binary value never floods a message (see {@link #excerpt}).
   */
  static String quoted(String value) {
    return "\"" + excerpt(value) + "\"";
  }

  /**
   * A short, printable excerpt of a value for a message: at most {@value #EXCERPT} characters
   * (then "…"), never cutting a surrogate pair; control characters, lone surrogates and other
   * unprintable characters are written as Java-style unicode escapes.
   */
  static String excerpt(String value) {
    int end = Math.min(value.length(), EXCERPT);
    if (end < value.length() && end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    StringBuilder sb = new StringBuilder(end + 8);
    escape(value, 0, end, sb);
    if (end < value.length()) {
      sb.append('…');
    }
    return sb.toString();
  }

  /** Appends {@code s[from, to)} to {@code sb}, escaping what a terminal would not print. */
  static void escape(String s, int from, int to, StringBuilder sb) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(++i));
      } else if (Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
          || c == '\ufeff' || c == '\ufffe' || c == '\uffff') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
  }

  /** JSON name of an enum constant: lower case, hyphens for underscores. */
  static String jsonName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void kebabEnum(SimpleModule module, Class<? extends Enum<?>> type) {
    Enum<?>[] constants = type.getEnumConstants();
    List<String> names = new ArrayList<>();
    for (Enum<?> c : constants) {
      names.add(jsonName(c));
    }
    module.addDeserializer(
        (Class) type,
        new JsonDeserializer<Object>() {
          @Override
          public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              return ctxt.handleUnexpectedToken(
                  type, p.currentToken(), p, "expected one of %s (a JSON string)", names);
            }
            String s = p.getText();
            for (int i = 0; i < constants.length; i++) {
              if (names.get(i).equals(s)) {
                return constants[i];
              }
            }
            List<String> close = Suggestions.closest(s, names);
            throw InvalidFormatException.from(
                p,
                quoted(s) + ": expected one of " + names
                    + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?"),
                s,
                type);
          }
        });
    module.addSerializer(
        (Class) type,
        new StdSerializer<Enum<?>>((Class) type) {
          private static final long serialVersionUID = 1L;

          @Override
          public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider)
              throws IOException {
            gen.writeString(jsonName(value));
          }
        });
  }

  /** Reading: the file's {@code $schema} is for editors; the policy does not keep it. */
  @JsonIgnoreProperties({"$schema"})
  private abstract static class ContentMixIn {}

  /**
   * A policy as written: {@code $schema} first, then the top-level fields in {@link PolicyContent}'s
   * order.
   *
   * @param schema the {@code $schema} value
   * @param content the policy's fields
   */
  record Written(@JsonProperty("$schema") String schema, @JsonUnwrapped PolicyContent content) {}
}
