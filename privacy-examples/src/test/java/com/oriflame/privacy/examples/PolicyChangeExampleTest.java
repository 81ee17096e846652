package com.oriflame.privacy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The policy change example prints the diff, who must consent again, and decisions that name their revision. */
class PolicyChangeExampleTest {

  @Test
  @Tag("R34")
  @Tag("R1")
  @DisplayName("R34 R1 a revision that widens SMS marketing: the diff, the re-consent list, and decisions under rev. 2")
  void policyChange() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PolicyChangeExample.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    String text = buf.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("rev. 1 (2017-01-01) -> rev. 2 (2025-03-01)"), text);
    assertTrue(text.contains("PURPOSE marketing.similar-goods.sms CHANGED categories +[identity.birth-date] (widening): RECONSENT"), text);
    assertTrue(text.contains("PURPOSE marketing.similar-goods.messenger ADDED (widening): NEW_CONSENT"), text);
    assertTrue(text.contains("RECONSENT consultant-1 [marketing.similar-goods.sms] (consent under rev. 1)"), text);
    assertTrue(text.contains("RECONSENT consultant-2 [marketing.similar-goods.sms]"), text);
    assertTrue(!text.contains("RECONSENT consultant-3"), text);
    assertTrue(text.contains("DENY marketing.similar-goods.sms (oriflame-kg.personal-data-protection rev. 2)"), text);
    assertTrue(text.contains("RECONSENT_REQUIRED R34"), text);
    assertTrue(text.contains("PERMIT marketing.similar-goods.sms (oriflame-kg.personal-data-protection rev. 2)"), text);
    assertTrue(text.contains("Still to ask: [consultant-2]"), text);
  }

  @Test
  @DisplayName("the entry point runs")
  void main() {
    String out = QuickStartTest.capture(() -> PolicyChangeExample.main(new String[0]));
    assertTrue(out.contains("Still to ask"), out);
  }
}
