package com.oriflame.privacy.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.internal.Implements;
import com.oriflame.privacy.policy.LintCode;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * From clause to code to test: every policy rule a rule class names is tagged by a test, every
 * tag names a rule something implements, every rule class sits in the table and names in its
 * Javadoc what its {@code @Implements} mark says.
 */
class RuleTraceabilityTest {
  private static final Pattern TAG = Pattern.compile("@Tag\\(\"(R\\d+)\"\\)");
  private static final Pattern RULE_ID = Pattern.compile("R([1-9]|[1-3][0-9]|40)|E\\d+");
  private static final Path MAIN = Path.of("src/main/java");
  private static final Path TESTS = Path.of("src/test/java");

  private static final List<JavaClass> CLASSES = new ArrayList<>(new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.oriflame.privacy"));

  /** Rule classes: implementations of {@link Rule} and {@link CookieRule}. */
  private static List<JavaClass> ruleClasses() {
    return CLASSES.stream().filter(c -> !c.isInterface()
        && (c.isAssignableTo(Rule.class) || c.isAssignableTo(CookieRule.class))).toList();
  }

  private static Set<String> marks(Class<?> c) {
    Implements mark = c.getAnnotation(Implements.class);
    return mark == null ? Set.of() : new TreeSet<>(Arrays.asList(mark.value()));
  }

  /** R-numbers tagged by tests, with the files that tag them. */
  private static Map<String, Set<String>> tagged() {
    Map<String, Set<String>> tags = new TreeMap<>();
    try (Stream<Path> files = Files.walk(TESTS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = TAG.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          tags.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(f.getFileName().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tags;
  }

  private static Set<String> policyRules(Set<String> ids) {
    Set<String> r = new TreeSet<>();
    ids.stream().filter(id -> id.startsWith("R")).forEach(r::add);
    return r;
  }

  @Test
  @DisplayName("every policy rule a rule class names is tagged by a test")
  void ruleClassesAreTested() {
    Set<String> tags = tagged().keySet();
    for (JavaClass c : ruleClasses()) {
      Set<String> missing = new TreeSet<>(policyRules(marks(c.reflect())));
      missing.removeAll(tags);
      assertTrue(missing.isEmpty(), () -> c.getSimpleName() + " names " + missing + ", which no test tags");
    }
  }

  @Test
  @DisplayName("every tagged rule is named by a rule class, a lint code or the ledger's checks")
  void tagsNameImplementedRules() {
    Set<String> implemented = new TreeSet<>();
    for (JavaClass c : CLASSES) {
      implemented.addAll(policyRules(marks(c.reflect())));
    }
    for (LintCode code : LintCode.values()) {
      try {
        Implements mark = LintCode.class.getField(code.name()).getAnnotation(Implements.class);
        if (mark != null) {
          implemented.addAll(Arrays.asList(mark.value()));
        }
      } catch (NoSuchFieldException e) {
        throw new AssertionError(e);
      }
    }
    Map<String, Set<String>> tags = tagged();
    Set<String> stray = new TreeSet<>(tags.keySet());
    stray.removeAll(implemented);
    assertEquals(Set.of(), stray, () -> "tagged but implemented nowhere: " + stray + " in " + tags);
  }

  @Test
  @DisplayName("every rule class is in the table, is marked, and names its marks in its Javadoc")
  void ruleClassesAreDocumentedAndTabled() throws IOException {
    Set<Class<?>> tabled = new java.util.HashSet<>();
    Rules.PROCESSING.forEach(r -> tabled.add(r.getClass()));
    Rules.DISPOSAL.forEach(r -> tabled.add(r.getClass()));
    Rules.ESSENTIAL_COOKIES.forEach(r -> tabled.add(r.getClass()));
    Rules.COOKIES.forEach(r -> tabled.add(r.getClass()));
    List<JavaClass> rules = ruleClasses();
    assertTrue(rules.size() >= 25, () -> "rule classes: " + rules);
    for (JavaClass c : rules) {
      Class<?> type = c.reflect();
      assertTrue(tabled.contains(type), () -> c.getSimpleName() + " is in no table of Rules");
      Set<String> marks = marks(type);
      assertFalse(marks.isEmpty(), () -> c.getSimpleName() + " names no rule");
      marks.forEach(id -> assertTrue(RULE_ID.matcher(id).matches(), () -> c.getSimpleName() + ": bad rule id " + id));
      String source = Files.readString(MAIN.resolve(c.getName().replace('.', '/') + ".java"), StandardCharsets.UTF_8);
      String javadoc = source.substring(0, source.indexOf("@Implements"));
      for (String id : marks) {
        assertTrue(Pattern.compile("\\b" + id + "\\b").matcher(javadoc).find(),
            () -> c.getSimpleName() + "'s Javadoc does not name " + id);
      }
    }
  }
}
