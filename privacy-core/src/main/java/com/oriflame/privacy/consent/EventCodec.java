package com.oriflame.privacy.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one stored form of consent events: a small JSON object per event, written and read here for
 * every adapter (the JDBC adapter keeps it in a column). Writing branches with a {@link
 * ConsentEvent.Visitor}, reading with a switch over {@link EventKind}; both are exhaustive, so a new
 * event type cannot be stored or read half-way. Thread-safe.
 *
 * <p>The JSON holds the event's own values, which may include personal data (the holder id, the
 * evidence reference): store it like the event. Errors never quote it.
 *
 * <p>For storage adapters (a {@code ConsentStore} must keep this exact form: its digest is in the
 * audit record), not for hosts. Stability: stable for adapters; the form itself may gain fields.
 */
public final class EventCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventCodec() {}

  /**
   * @param e an event
   * @return its stored form
   */
  public static String write(ConsentEvent e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", e.kind().type());
    n.put("id", e.id().value());
    n.put("holderKind", e.holder() instanceof SubjectId ? "subject" : "browser");
    n.put("holder", e.holder().value());
    n.put("policyVersion", e.policyVersion());
    n.put("effectiveAt", e.effectiveAt().toString());
    n.put("recordedAt", e.recordedAt().toString());
    ObjectNode ev = n.putObject("evidence");
    ev.put("channel", e.evidence().channel().name());
    ev.put("reference", e.evidence().reference());
    ev.put("actor", e.evidence().actor().name());
    ev.put("noticeHash", e.evidence().noticeHash().orElse(null));
    ev.put("form", e.evidence().form().map(FormId::value).orElse(null));
    e.accept(new ConsentEvent.Visitor<Void>() {
      @Override
      public Void acceptance(PolicyAccepted a) {
        if (!a.consents().isEmpty()) {
          strings(n.putArray("consents"), a.consents());
        }
        if (!a.optOuts().isEmpty()) {
          strings(n.putArray("optOuts"), a.optOuts());
        }
        return null;
      }

      @Override
      public Void grant(ConsentGranted g) {
        strings(n.putArray("purposes"), g.purposes());
        return null;
      }

      @Override
      public Void withdrawal(ConsentWithdrawn w) {
        strings(n.putArray("purposes"), w.purposes());
        return null;
      }

      @Override
      public Void objection(ObjectionRaised r) {
        strings(n.putArray("objections"), r.objections());
        return null;
      }

      @Override
      public Void objectionLifted(ObjectionLifted l) {
        strings(n.putArray("objections"), l.objections());
        return null;
      }

      @Override
      public Void cookies(CookiePreferencesSet c) {
        strings(n.putArray("allowed"), c.allowed());
        strings(n.putArray("refused"), c.refused());
        return null;
      }

      @Override
      public Void visitorLinked(VisitorLinked v) {
        n.put("browser", v.browser().value());
        return null;
      }
    });
    return n.toString();
  }

  /**
   * @param json a stored form written by {@link #write}
   * @return the event
   * @throws IllegalArgumentException if the text is not a stored event; the message gives the
   *     position or the missing field, never the stored values
   */
  public static ConsentEvent read(String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // the parser's message quotes the stored text, which may be personal data: keep only the position
      throw new IllegalArgumentException("a stored consent event is not valid JSON (at character "
          + (e.getLocation() == null ? "?" : e.getLocation().getCharOffset()) + ")");
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("a stored consent event is not a JSON object");
    }
    EventKind kind = EventKind.ofType(text(n, "type"));
    EventId id = EventId.of(text(n, "id"));
    String holderValue = text(n, "holder");
    boolean subjectHolder = text(n, "holderKind").equals("subject");
    String version = text(n, "policyVersion");
    Instant effective = Instant.parse(text(n, "effectiveAt"));
    Instant recorded = Instant.parse(text(n, "recordedAt"));
    JsonNode ev = field(n, "evidence");
    Evidence evidence = new Evidence(Channel.valueOf(text(ev, "channel")), text(ev, "reference"),
        Actor.valueOf(text(ev, "actor")), optionalText(ev.get("noticeHash")), optionalText(ev.get("form")).map(FormId::of));
    if (kind != EventKind.COOKIES_SET && !subjectHolder) {
      throw new IllegalArgumentException("a stored " + kind.type() + " event is recorded against a browser, not a subject");
    }
    Function<String, SubjectId> subject = SubjectId::of;
    return switch (kind) {
      case POLICY_ACCEPTED -> new PolicyAccepted(id, subject.apply(holderValue), version, effective, recorded, evidence,
          set(n.get("consents"), PurposeId::of), set(n.get("optOuts"), ObjectionId::of));
      case CONSENT_GRANTED -> new ConsentGranted(id, subject.apply(holderValue), set(field(n, "purposes"), PurposeId::of),
          version, effective, recorded, evidence);
      case CONSENT_WITHDRAWN -> new ConsentWithdrawn(id, subject.apply(holderValue), set(field(n, "purposes"), PurposeId::of),
          version, effective, recorded, evidence);
      case OBJECTION_RAISED -> new ObjectionRaised(id, subject.apply(holderValue),
          set(field(n, "objections"), ObjectionId::of), version, effective, recorded, evidence);
      case OBJECTION_LIFTED -> new ObjectionLifted(id, subject.apply(holderValue),
          set(field(n, "objections"), ObjectionId::of), version, effective, recorded, evidence);
      case COOKIES_SET -> new CookiePreferencesSet(id, subjectHolder ? SubjectId.of(holderValue) : BrowserId.of(holderValue),
          set(n.get("allowed"), CookieCategoryId::of), set(n.get("refused"), CookieCategoryId::of), version, effective,
          recorded, evidence);
      case VISITOR_LINKED -> new VisitorLinked(id, subject.apply(holderValue), BrowserId.of(text(n, "browser")), version,
          effective, recorded, evidence);
    };
  }

  private static JsonNode field(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("a stored consent event has no '" + name + "'");
    }
    return v;
  }

  private static String text(JsonNode n, String name) {
    return field(n, name).asText();
  }

  private static Optional<String> optionalText(JsonNode n) {
    return n == null || n.isNull() ? Optional.empty() : Optional.of(n.asText());
  }

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
}
