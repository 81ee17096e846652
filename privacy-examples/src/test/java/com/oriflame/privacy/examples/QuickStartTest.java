package com.oriflame.privacy.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README opens with the body of {@link QuickStart#main}, which compiles and runs. */
class QuickStartTest {

  static String snippet() throws Exception {
    return snippet("QuickStart");
  }

  /** The lines between README:begin and README:end of an example, without the method's indentation. */
  static String snippet(String example) throws Exception {
    List<String> lines = Files.readAllLines(Path.of("src/main/java/com/oriflame/privacy/examples/" + example + ".java"));
    int begin = lines.indexOf("    // README:begin");
    int end = lines.indexOf("    // README:end");
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(example + " has no README:begin/README:end markers");
    }
    return lines.subList(begin + 1, end).stream().map(l -> l.substring(Math.min(4, l.length())))
        .collect(Collectors.joining("\n"));
  }

  @Test
  @DisplayName("the README's opening example is QuickStart, word for word")
  void readmeQuotesQuickStart() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int first = readme.indexOf("```java\n");
    String block = readme.substring(first + 8, readme.indexOf("```", first + 8)).stripTrailing();
    assertEquals(snippet(), block);
  }

  @Test
  @DisplayName("the README's engine example is EngineExample, word for word, in a java block")
  void readmeQuotesEngineExample() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertTrue(readme.contains("```java\n" + snippet("EngineExample") + "\n```"), "README does not quote EngineExample");
  }

  @Test
  @DisplayName("EngineExample permits, then denies after the withdrawal, and prints a receipt")
  void engineExampleRuns() {
    String out = capture(() -> EngineExample.main(new String[0]));
    assertTrue(out.contains("\"version\" : \"oriflame-privacy-receipt/1\""), out);
    assertTrue(out.contains("PERMIT marketing.similar-goods.sms"), out);
    assertTrue(out.contains("CONSENT_IN_FORCE R7 [§2(2), §6.1] Consent is in force: consent given on"), out);
    assertTrue(out.contains("DENY marketing.similar-goods.sms"), out);
    assertTrue(out.contains("CONSENT_WITHDRAWN R7 [§2(2), §6.1] Согласие отозвано: согласие отозвано"), out);
    assertTrue(out.contains("0 recipient(s); audit intact: true"), out);
  }

  @Test
  @DisplayName("QuickStart prints what its comments promise")
  void runs() {
    String out = capture(() -> QuickStart.main(new String[0]));
    assertTrue(out.contains("CONSENT [§2(2), §6.1]"), out);
    assertTrue(out.contains("objection.marketing via [CAF_PAPER, CAF_WEB, ACCOUNT_SETTINGS, EMAIL, PHONE]"), out);
    assertTrue(out.contains("no errors"), out);
    assertTrue(out.contains("Unknown purpose 'marketing.sms'; did you mean 'marketing.similar-goods.sms'?"), out);
  }

  static String capture(Runnable r) {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      r.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
