package com.oriflame.privacy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.memory.InMemoryPersonalDataSource;
import com.oriflame.privacy.policy.CategoryId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The nightly retention job depersonalizes contract data five years after the contract, except under a debt hold (R29). */
@Tag("R29")
class NightlyRetentionJobTest {

  @Test
  @DisplayName("R29: five years after the contract ended the job depersonalizes contract data, except for the subject with an open debt hold; a second run applies nothing")
  void nightlyJob() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    InMemoryPersonalDataSource shop = NightlyRetentionJob.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
    String out = buf.toString(StandardCharsets.UTF_8);
    SubjectId first = SubjectId.of("consultant-1");
    SubjectId held = SubjectId.of("consultant-2");
    assertEquals(0, shop.count(first, CategoryId.of("identity.full-name")), out);     // depersonalized
    assertEquals(0, shop.count(first, CategoryId.of("financial.bank-details")), out);
    assertEquals(2, shop.depersonalizedCount(), out);                                // kept without the subject
    assertEquals(1, shop.count(held, CategoryId.of("identity.full-name")), out);      // the debt hold keeps them
    assertEquals(1, shop.count(held, CategoryId.of("financial.bank-details")), out);
    assertTrue(out.contains("DEPERSONALIZE") && out.contains("retention.contract-data (§6.2, §2(4))"), out);
    assertTrue(out.contains("HELD DEPERSONALIZE") && out.contains("debt-consultant-2"), out);
    assertTrue(out.contains("audit intact: true"), out);
    assertTrue(out.contains("second run applied 0"), out);
    assertFalse(out.contains("consultant-1") || out.contains("Invoice"), "the report names no one: " + out);
  }

  @Test
  @DisplayName("the README's retention example is NightlyRetentionJob, word for word, in a java block")
  void readmeQuotesTheJob() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("```java\n" + QuickStartTest.snippet("NightlyRetentionJob") + "\n```"),
        "README does not quote NightlyRetentionJob");
  }
}
