package com.oriflame.privacy.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * No personal data in logs, messages or {@code toString()}: a JVM at log level TRACE runs every
 * public operation on personal details, through failures, a corrupt row and a broken ledger; its
 * output and log hold none of the details.
 */
class NoPersonalDataTest {
  @Test
  @DisplayName("at TRACE, no personal detail reaches the log, an exception message or a toString()")
  void traced() throws Exception {
    File stderr = File.createTempFile("tracing-child", ".log");
    Process child = ForkedJvm.start(TracingChild.class, "trace", stderr);
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(120, TimeUnit.SECONDS));
    String log = Files.readString(stderr.toPath(), StandardCharsets.UTF_8);
    assertEquals(0, child.exitValue(), () -> out + log);
    assertTrue(out.endsWith("done\n"), out);
    // the run did what it claims: failures were met and logged, results were printed
    assertTrue(out.contains("grant while down threw StoreException"), out);
    assertTrue(out.contains("history on a corrupt row threw StoreException"), out);
    assertTrue(out.contains("conflicting retry threw EventConflictException"), out);
    assertTrue(out.contains("verify a corrupt ledger: VerificationResult"), out);
    assertTrue(log.contains("WARN") && log.contains("DEBUG"), log);
    for (String secret : TracingChild.SECRETS) {
      assertFalse(out.contains(secret), () -> "output holds '" + secret + "':\n" + out);
      assertFalse(log.contains(secret), () -> "log holds '" + secret + "':\n" + log);
    }
    System.out.printf("[guarantees] no personal data: %d lines of output and %d lines of TRACE log searched for %d details%n",
        out.lines().count(), log.lines().count(), TracingChild.SECRETS.size());
  }
}
