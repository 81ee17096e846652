package com.oriflame.privacy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The Consultant's termination example runs on H2 and prints what its Javadoc promises. */
class ConsultantTerminationTest {

  @Test
  @Tag("R24")
  @Tag("R30")
  @Tag("R31")
  @DisplayName("R24 R30 R31 a Consultant's termination: encrypted exchange, no onward transfer, overdue return and destroy obligations")
  void termination() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    ConsultantTermination.run("jdbc:h2:mem:termination-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        new PrintStream(buf, true, StandardCharsets.UTF_8));
    String text = buf.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("PERMIT network.consultant-processing (oriflame-kg.personal-data-protection rev. 1)"), text);
    assertTrue(text.contains("obligation ENCRYPT_IN_TRANSIT: encrypt files of personal data sent over a public network"), text);
    assertTrue(text.contains("ONWARD_TRANSFER R30 [§7]"), text);
    assertTrue(text.contains("Owed: duty.return-entrusted-data due 2025-04-02T09:00:00Z (rev. 1)"), text);
    assertTrue(text.contains("Owed: duty.destroy-entrusted-data due 2025-04-02T09:00:00Z (rev. 1)"), text);
    assertTrue(text.contains("Overdue: duty.return-entrusted-data since 2025-04-02T09:00:00Z"), text);
    assertTrue(text.contains("Closed: duty.return-entrusted-data CLOSED_LATE"), text);
    assertTrue(text.contains("Still overdue: [duty.destroy-entrusted-data]"), text);
    assertTrue(text.contains("MANDATE_ENDED R31 [§7]"), text);
    assertTrue(text.contains("Audit intact: true"), text);
  }

  @Test
  @DisplayName("the entry point runs")
  void main() {
    String out = QuickStartTest.capture(() -> ConsultantTermination.main(new String[0]));
    assertTrue(out.contains("Still overdue"), out);
  }
}
