package com.oriflame.privacy.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The canonical form of a profile version: a small JSON object with every field in a fixed order.
 * Its digest goes into the audit record of the save, so verification can tell whether a stored
 * version is the one that was audited. Thread-safe.
 *
 * <p>For storage adapters (a {@code SubjectStore}'s {@code scan} yields this exact form), not for
 * hosts. Stability: stable for adapters; the form itself may gain fields.
 */
public final class ProfileCodec {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProfileCodec() {}

  /**
   * @param v a profile version
   * @return its canonical form
   */
  public static String write(ProfileVersion v) {
    SubjectProfile p = v.profile();
    ObjectNode n = JSON.createObjectNode();
    n.put("subject", p.id().value());
    n.put("validFrom", v.validFrom().toString());
    n.put("birthDate", p.birthDate().map(LocalDate::toString).orElse(null));
    if (p.contract().isPresent()) {
      Contract contract = p.contract().get();
      ObjectNode c = n.putObject("contract");
      c.put("start", contract.start().toString());
      c.put("end", contract.end().map(Instant::toString).orElse(null));
      c.put("creditAssessmentRequired", contract.creditAssessmentRequired());
    }
    strings(n.putArray("provided"), p.providedCategories());
    strings(n.putArray("productLines"), p.productLines());
    n.put("openMonetaryClaim", p.openMonetaryClaim());
    n.put("lastActivity", p.lastActivity().map(Instant::toString).orElse(null));
    n.put("accountClosedAt", p.accountClosedAt().map(Instant::toString).orElse(null));
    ArrayNode blocks = n.putArray("blocks");
    for (Blocking b : p.blocks()) {
      ObjectNode o = blocks.addObject();
      strings(o.putArray("categories"), b.categories());
      o.put("ground", b.ground().name());
    }
    n.put("erased", p.erased());
    strings(n.putArray("legalHolds"), p.legalHolds());
    strings(n.putArray("restrictedPurposes"), p.restrictedPurposes());
    return n.toString();
  }

  /**
   * @param json a canonical form written by {@link #write}
   * @return the profile version
   * @throws IllegalArgumentException if the text is not one, without quoting it
   */
  public static ProfileVersion read(String json) {
    JsonNode n;
    try {
      n = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a stored profile version is not valid JSON (at character "
          + (e.getLocation() == null ? "?" : e.getLocation().getCharOffset()) + ")");
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("a stored profile version is not a JSON object");
    }
    JsonNode c = n.get("contract");
    Contract contract = c == null || c.isNull() ? null
        : new Contract(Instant.parse(c.get("start").asText()), Optional.ofNullable(instant(c.get("end"))),
            c.get("creditAssessmentRequired").asBoolean());
    List<Blocking> blocks = new ArrayList<>();
    for (JsonNode b : n.get("blocks")) {
      blocks.add(new Blocking(set(b.get("categories"), CategoryId::of), BlockingGround.valueOf(b.get("ground").asText())));
    }
    JsonNode birth = n.get("birthDate");
    SubjectProfile p = SubjectProfile.builder(SubjectId.of(n.get("subject").asText()))
        .birthDate(birth == null || birth.isNull() ? null : LocalDate.parse(birth.asText()))
        .contract(contract)
        .providedCategories(set(n.get("provided"), CategoryId::of))
        .productLines(set(n.get("productLines"), s -> s))
        .openMonetaryClaim(n.get("openMonetaryClaim").asBoolean())
        .lastActivity(instant(n.get("lastActivity")))
        .accountClosedAt(instant(n.get("accountClosedAt")))
        .blocks(blocks)
        .erased(n.get("erased").asBoolean())
        .legalHolds(set(n.get("legalHolds"), HoldReason::valueOf))
        .restrictedPurposes(set(n.get("restrictedPurposes"), PurposeId::of))
        .build();
    return new ProfileVersion(Instant.parse(n.get("validFrom").asText()), p);
  }

  private static Instant instant(JsonNode n) {
    return n == null || n.isNull() ? null : Instant.parse(n.asText());
  }

  private static void strings(ArrayNode array, Collection<?> values) {
    values.forEach(v -> array.add(v instanceof Enum<?> e ? e.name() : v.toString()));
  }

  private static <T> Set<T> set(JsonNode array, Function<String, T> parse) {
    Set<T> result = new LinkedHashSet<>();
    if (array != null) {
      array.forEach(x -> result.add(parse.apply(x.asText())));
    }
    return result;
  }
}
