package com.oriflame.privacy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's "Testing your rules" quotes {@link OurPolicyInvariantsTest} and the build's test dependencies. */
class TestingYourRulesReadmeTest {
  private static String readme() throws Exception {
    return Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("the README's policy-invariants example is OurPolicyInvariantsTest, word for word from its imports")
  void readmeQuotesTheExample() throws Exception {
    String source = Files.readString(Path.of("src/test/java/com/oriflame/privacy/examples/OurPolicyInvariantsTest.java"),
        StandardCharsets.UTF_8);
    String body = source.substring(source.indexOf("import ")).stripTrailing();
    assertTrue(readme().contains("```java\n" + body + "\n```"), "README does not quote OurPolicyInvariantsTest");
  }

  @Test
  @DisplayName("the README's dependency block names the test-jar and the jqwik and JUnit versions the build uses")
  void readmeNamesTheBuildsVersions() throws Exception {
    String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
    String section = readme().substring(readme().indexOf("## Testing your rules"));
    assertTrue(section.contains("<type>test-jar</type>"), "the test-jar dependency is missing");
    for (String property : new String[] {"jqwik.version", "junit.version"}) {
      Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)<").matcher(pom);
      assertTrue(m.find(), property);
      assertTrue(section.contains("<version>" + m.group(1) + "</version>"), () -> property + " " + m.group(1) + " not in README");
    }
  }
}
