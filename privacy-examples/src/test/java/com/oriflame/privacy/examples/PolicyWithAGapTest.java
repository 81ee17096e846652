package com.oriflame.privacy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PolicyLinter;
import com.oriflame.privacy.policy.PolicyReader;
import com.oriflame.privacy.testing.Invariant;
import com.oriflame.privacy.testing.InvariantReport;
import com.oriflame.privacy.testing.PolicyInvariants;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Tag;

/**
 * The bundled policy with a slip an author could make: the marketing objection no longer lists
 * {@code marketing.recommendations}, which only the network-sharing objection (scoped to one
 * recipient) names. The linter is satisfied, since some objection covers the purpose; the kit is
 * not: it reports {@link Invariant#OBJECTIONS_BLOCK_MARKETING} (R10) with a counterexample of one
 * objection and one request, and nothing else.
 */
@Tag("R10")
class PolicyWithAGapTest extends PolicyInvariants {
  @Override
  protected Policy policy() {
    ObjectMapper json = new ObjectMapper();
    try (InputStream in = Policies.class.getResourceAsStream(Policies.ORIFLAME_KG_2017_RESOURCE)) {
      ObjectNode document = (ObjectNode) json.readTree(in);
      for (JsonNode objection : document.get("objections")) {
        ArrayNode purposes = (ArrayNode) objection.get("purposes");
        if (objection.has("recipients")) {
          purposes.add("marketing.recommendations");
        } else {
          for (int i = purposes.size() - 1; i >= 0; i--) {
            if (purposes.get(i).asText().equals("marketing.recommendations")) {
              purposes.remove(i);
            }
          }
        }
      }
      Policy gap = PolicyReader.read(new ByteArrayInputStream(json.writeValueAsBytes(document)), "bundled policy with a gap");
      assertFalse(PolicyLinter.lint(gap).hasErrors(), "the linter lets the gap through");
      return gap;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Set<Invariant> expectedViolations() {
    return Set.of(Invariant.OBJECTIONS_BLOCK_MARKETING);
  }

  @Override
  protected void reported(InvariantReport report) {
    assertEquals(List.of(Invariant.OBJECTIONS_BLOCK_MARKETING), report.violated(), report::toString);
    InvariantReport.Result gap = report.result(Invariant.OBJECTIONS_BLOCK_MARKETING).orElseThrow();
    assertTrue(gap.message().orElseThrow().contains("marketing.recommendations is a marketing-type purpose"), report::toString);
    assertTrue(gap.counterexample().orElseThrow().contains("request 1: marketing.recommendations"), report::toString);
  }
}
