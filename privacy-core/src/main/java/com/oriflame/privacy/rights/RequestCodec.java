package com.oriflame.privacy.rights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DeadlineUnit;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The stored, canonical JSON forms of a request (without its transitions) and of a transition:
 * what storage adapters keep and what audit records digest. Writing the same value always gives
 * the same text; reading gives back an equal value.
 *
 * <p>Stability: experimental (for storage adapters).
 */
public final class RequestCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private RequestCodec() {}

  /**
   * @param r a request
   * @return its canonical form, without its transitions
   */
  public static String write(RequestRecord r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", r.id().value());
    n.put("kind", r.kind().name());
    n.put("subject", r.subject().value());
    n.put("channel", r.channel().name());
    n.put("reference", r.reference());
    n.put("receivedAt", r.receivedAt().toString());
    n.put("policyVersion", r.policyVersion());
    r.deadline().ifPresent(d -> {
      ObjectNode dn = n.putObject("deadline");
      dn.put("amount", d.amount());
      dn.put("unit", d.unit().name());
      dn.put("source", d.source().name());
      ArrayNode cl = dn.putArray("clauses");
      d.clauses().forEach(c -> cl.add(c.value()));
      dn.put("dueDate", d.dueDate().toString());
      dn.put("expiresAt", d.expiresAt().toString());
    });
    n.put("fee", r.fee().basis().name());
    n.put("medium", r.medium().name());
    strings(n.putArray("categories"), r.categories(), CategoryId::value);
    ObjectNode corrections = n.putObject("corrections");
    r.corrections().forEach((k, v) -> corrections.put(k.value(), v));
    strings(n.putArray("objections"), r.objections(), ObjectionId::value);
    strings(n.putArray("purposes"), r.purposes(), PurposeId::value);
    n.put("description", r.description());
    strings(n.putArray("ledgerEvents"), r.ledgerEvents(), EventId::value);
    return text(n);
  }

  /**
   * @param t a transition
   * @return its canonical form
   */
  public static String write(RequestTransition t) {
    ObjectNode n = JSON.createObjectNode();
    n.put("sequence", t.sequence());
    n.put("state", t.state().name());
    n.put("at", t.at().toString());
    n.put("actor", t.actor());
    n.put("note", t.note());
    t.ground().ifPresent(g -> n.put("ground", g.name()));
    return text(n);
  }

  /**
   * @param request the form {@link #write(RequestRecord)} gave
   * @param transitions the forms {@link #write(RequestTransition)} gave, in sequence order
   * @return the request
   * @throws IllegalArgumentException if a form cannot be read (the message holds no stored values)
   */
  public static RequestRecord read(String request, List<String> transitions) {
    List<RequestTransition> ts = new ArrayList<>(transitions.size());
    transitions.forEach(t -> ts.add(readTransition(t)));
    try {
      JsonNode n = JSON.readTree(request);
      Optional<RequestDeadline> deadline = Optional.empty();
      JsonNode d = n.get("deadline");
      if (d != null && !d.isNull()) {
        List<ClauseRef> clauses = new ArrayList<>();
        d.get("clauses").forEach(c -> clauses.add(ClauseRef.of(c.asText())));
        deadline = Optional.of(new RequestDeadline(d.get("amount").intValue(), DeadlineUnit.valueOf(d.get("unit").asText()),
            DeadlineSource.valueOf(d.get("source").asText()), clauses, LocalDate.parse(d.get("dueDate").asText()),
            Instant.parse(d.get("expiresAt").asText())));
      }
      Map<CategoryId, String> corrections = new LinkedHashMap<>();
      n.get("corrections").properties().forEach(e -> corrections.put(CategoryId.of(e.getKey()), e.getValue().asText()));
      return new RequestRecord(RequestId.of(n.get("id").asText()), RequestKind.valueOf(n.get("kind").asText()),
          SubjectId.of(n.get("subject").asText()), Channel.valueOf(n.get("channel").asText()), n.get("reference").asText(),
          Instant.parse(n.get("receivedAt").asText()), n.get("policyVersion").asText(), deadline,
          RequestFee.of(RequestFee.Basis.valueOf(n.get("fee").asText())), RequestMedium.valueOf(n.get("medium").asText()),
          set(n.get("categories"), CategoryId::of), corrections, set(n.get("objections"), ObjectionId::of),
          set(n.get("purposes"), PurposeId::of), n.get("description").asText(),
          new ArrayList<>(set(n.get("ledgerEvents"), EventId::of)), ts);
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("stored request cannot be read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /**
   * @param form the form {@link #write(RequestTransition)} gave
   * @return the transition
   * @throws IllegalArgumentException if the form cannot be read
   */
  public static RequestTransition readTransition(String form) {
    try {
      JsonNode n = JSON.readTree(form);
      JsonNode g = n.get("ground");
      return new RequestTransition(n.get("sequence").intValue(), RequestState.valueOf(n.get("state").asText()),
          Instant.parse(n.get("at").asText()), n.get("actor").asText(), n.get("note").asText(),
          g == null ? Optional.empty() : Optional.of(RefusalGround.valueOf(g.asText())));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException("stored request transition cannot be read (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  private static <T> void strings(ArrayNode a, Iterable<T> values, Function<T, String> f) {
    values.forEach(v -> a.add(f.apply(v)));
  }

  private static <T> Set<T> set(JsonNode a, Function<String, T> f) {
    Set<T> s = new LinkedHashSet<>();
    a.forEach(x -> s.add(f.apply(x.asText())));
    return s;
  }

  private static String text(JsonNode n) {
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreachable: a JSON tree always writes", e);
    }
  }
}
