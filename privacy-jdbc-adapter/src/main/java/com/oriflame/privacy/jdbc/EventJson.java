package com.oriflame.privacy.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.ObjectionLifted;
import com.oriflame.privacy.consent.ObjectionRaised;
import com.oriflame.privacy.consent.PolicyAccepted;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/** The stored form of events and of the string sets and maps in other rows: plain JSON. */
final class EventJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventJson() {}

  static String write(ConsentEvent e) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", e.type());
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
    ev.put("noticeHash", e.evidence().noticeHash());
    ev.put("form", e.evidence().form() == null ? null : e.evidence().form().value());
    if (e instanceof ConsentGranted g) {
      strings(n.putArray("purposes"), g.purposes());
    } else if (e instanceof ConsentWithdrawn w) {
      strings(n.putArray("purposes"), w.purposes());
    } else if (e instanceof ObjectionRaised r) {
      strings(n.putArray("objections"), r.objections());
    } else if (e instanceof ObjectionLifted l) {
      strings(n.putArray("objections"), l.objections());
    } else if (e instanceof CookiePreferencesSet c) {
      strings(n.putArray("allowed"), c.allowed());
      strings(n.putArray("refused"), c.refused());
    } else if (e instanceof VisitorLinked v) {
      n.put("browser", v.browser().value());
    }
    return n.toString();
  }

  static ConsentEvent read(String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      // the parser's message quotes the stored text, which may be personal data: keep only the position
      throw new IllegalStateException("a stored consent event is not valid JSON (at character "
          + (e.getLocation() == null ? "?" : e.getLocation().getCharOffset()) + ")");
    }
    EventId id = EventId.of(n.get("id").asText());
    String holderValue = n.get("holder").asText();
    Holder holder = n.get("holderKind").asText().equals("subject") ? SubjectId.of(holderValue) : BrowserId.of(holderValue);
    String version = n.get("policyVersion").asText();
    Instant effective = Instant.parse(n.get("effectiveAt").asText());
    Instant recorded = Instant.parse(n.get("recordedAt").asText());
    JsonNode ev = n.get("evidence");
    Evidence evidence = new Evidence(Channel.valueOf(ev.get("channel").asText()), ev.get("reference").asText(),
        Actor.valueOf(ev.get("actor").asText()), text(ev.get("noticeHash")),
        text(ev.get("form")) == null ? null : FormId.of(ev.get("form").asText()));
    String type = n.get("type").asText();
    return switch (type) {
      case "policy.accepted" -> new PolicyAccepted(id, (SubjectId) holder, version, effective, recorded, evidence);
      case "consent.granted" -> new ConsentGranted(id, (SubjectId) holder, set(n.get("purposes"), PurposeId::of), version,
          effective, recorded, evidence);
      case "consent.withdrawn" -> new ConsentWithdrawn(id, (SubjectId) holder, set(n.get("purposes"), PurposeId::of), version,
          effective, recorded, evidence);
      case "objection.raised" -> new ObjectionRaised(id, (SubjectId) holder, set(n.get("objections"), ObjectionId::of), version,
          effective, recorded, evidence);
      case "objection.lifted" -> new ObjectionLifted(id, (SubjectId) holder, set(n.get("objections"), ObjectionId::of), version,
          effective, recorded, evidence);
      case "cookies.set" -> new CookiePreferencesSet(id, holder, set(n.get("allowed"), CookieCategoryId::of),
          set(n.get("refused"), CookieCategoryId::of), version, effective, recorded, evidence);
      case "visitor.linked" -> new VisitorLinked(id, (SubjectId) holder, BrowserId.of(n.get("browser").asText()), version,
          effective, recorded, evidence);
      default -> throw new IllegalStateException("unknown stored event type '" + type + "'");
    };
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  private static void strings(ArrayNode array, Collection<?> values) {
    values.forEach(v -> array.add(v.toString()));
  }

  static <T> Set<T> set(JsonNode array, Function<String, T> parse) {
    Set<T> result = new LinkedHashSet<>();
    if (array != null) {
      array.forEach(x -> result.add(parse.apply(x.asText())));
    }
    return result;
  }

  static String writeStrings(Collection<?> values) {
    ArrayNode a = JSON.createArrayNode();
    strings(a, values);
    return a.toString();
  }

  static <T> Set<T> readStrings(String json, Function<String, T> parse) {
    try {
      return set(JSON.readTree(json), parse);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored list is not valid JSON");
    }
  }

  static String writeMap(Map<String, String> map) {
    ObjectNode n = JSON.createObjectNode();
    new TreeMap<>(map).forEach(n::put);
    return n.toString();
  }

  static Map<String, String> readMap(String json) {
    try {
      Map<String, String> result = new LinkedHashMap<>();
      JSON.readTree(json).properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
      return result;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored audit details are not valid JSON");
    }
  }
}
