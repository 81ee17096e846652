package com.oriflame.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public top-level type of an exported package says how stable it is, in its type Javadoc:
 * {@code Stability: stable}, {@code experimental} or {@code internal}. Hosts read the mark before
 * they depend on a type; a type added without one fails here.
 */
class ApiStabilityTest {
  private static final Path SOURCES = Path.of("src/main/java/com/oriflame/privacy");
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "(?s)/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*"
          + "(?:class|interface|record|enum|@interface)\\s+(\\w+)");
  private static final Pattern UNDOCUMENTED_PUBLIC_TYPE = Pattern.compile(
      "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed)\\s+)*(?:class|interface|record|enum|@interface)\\s+(\\w+)");
  private static final Pattern MARK = Pattern.compile("Stability: (stable|experimental|internal)\\b");

  @Test
  void everyExportedPublicTypeCarriesAStabilityMark() throws IOException {
    List<String> missing = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (file.toString().contains("/internal/") || file.getFileName().toString().endsWith("-info.java")) {
          continue;
        }
        String text = read(file);
        Matcher top = UNDOCUMENTED_PUBLIC_TYPE.matcher(text);
        if (!top.find()) {
          continue; // package-private type
        }
        checked++;
        Matcher documented = PUBLIC_TYPE.matcher(text);
        boolean marked = false;
        while (documented.find()) {
          if (documented.group(2).equals(top.group(1))) {
            marked = MARK.matcher(documented.group(1)).find();
            break;
          }
        }
        if (!marked) {
          missing.add(SOURCES.relativize(file).toString());
        }
      }
    }
    assertTrue(checked > 50, "found only " + checked + " public types under " + SOURCES.toAbsolutePath());
    assertEquals(List.of(), missing, "public types without 'Stability: stable|experimental|internal' in their Javadoc");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
