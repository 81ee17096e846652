package com.oriflame.privacy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.policy.Language;
import com.oriflame.privacy.policy.Policies;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The main demo runs the engine on H2 and prints what the README promises. */
class PrivacyDemoTest {

  @Test
  @DisplayName("R1 R7 R13 the main demo on H2: consent, withdrawal, advertising aggregates, campaign, audit")
  void demoOnH2() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    PrivacyDemo.run(Policies.oriflameKyrgyzstan2017(), "jdbc:h2:mem:demo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Language.EN, out);
    String text = buf.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("Engine on JdbcStores[H2, tables privacy_*]"), text);
    assertTrue(text.contains("PERMIT marketing.similar-goods.sms (oriflame-kg.personal-data-protection rev. 1)"), text);
    assertTrue(text.contains("CONSENT_WITHDRAWN R7 [§2(2), §6.1] Consent was withdrawn: consent withdrawn on"), text);
    assertTrue(text.contains("RECIPIENT_DATA_FORM R13 [§3.3]"), text);
    assertTrue(text.contains("NO_LEGAL_GROUND R18"), text);
    assertTrue(text.contains("PERMIT legal.enforcement-and-protection"), text);
    assertTrue(text.contains("obligation SUPPRESS_SMALL_GROUPS: suppress groups smaller than 50 subjects"), text);
    assertTrue(text.contains("SMS campaign: 34 of 100 consultants may receive it"), text);
    assertTrue(text.matches("(?s).*Audit chain: \\d+ records, intact.*"), text);
  }

  @Test
  @DisplayName("the main entry point prints the tour, then runs on H2")
  void main() {
    String out = QuickStartTest.capture(() -> PrivacyDemo.main(new String[] {"ru"}));
    assertTrue(out.contains("Policy: Политика защиты персональных данных"), out);
    assertTrue(out.contains("Lint: 0 error(s), 1 warning(s)"), out);
    assertTrue(out.contains("Согласие отозвано: согласие отозвано"), out);
  }
}
