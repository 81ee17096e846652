package com.oriflame.privacy.examples.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openjdk.jmh.Main;

/**
 * Runs the suite: {@code Bench quick|full [JMH options]}. Quick (about fifteen minutes on two
 * cores): one fork, 2 × 1 s warm-up, 3 × 1 s measurement. Full: longer iterations and the large
 * sizes (1,000,000 subjects in memory, 1,000,000 audit records, bigger databases). Both sample the
 * time of each operation (medians are p0.50) and run JMH's GC profiler (B/op). An option given
 * after the mode replaces the mode's setting of it; a regex selects benchmarks.
 */
public final class Bench {
  private static final String[] COMMON = {"-bm", "sample", "-tu", "ns", "-prof", "gc"};
  private static final String[] QUICK = {"-f", "1", "-wi", "2", "-w", "1s", "-i", "3", "-r", "1s"};
  private static final String[] FULL = {"-f", "1", "-wi", "3", "-w", "2s", "-i", "5", "-r", "2s", "-jvmArgsAppend", "-Xmx12g",
      "-p", "checkBase=memory/100000,h2/10000,postgres/10000",
      "-p", "filterBase=memory/1000000,h2/1000000,postgres/1000000",
      "-p", "compactBase=memory/100000,memory/100000+900000",
      "-p", "records=1000000"};

  private Bench() {}

  /**
   * @param args the mode, then JMH options
   * @throws Exception as JMH does
   */
  public static void main(String[] args) throws Exception {
    String mode = args.length == 0 ? "quick" : args[0];
    List<String> given = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    List<String> options = new ArrayList<>();
    keepUnlessGiven(COMMON, given, options);
    switch (mode) {
      case "quick" -> keepUnlessGiven(QUICK, given, options);
      case "full" -> keepUnlessGiven(FULL, given, options);
      default -> throw new IllegalArgumentException("mode must be quick or full, not '" + mode + "'");
    }
    options.addAll(given);
    Main.main(options.toArray(new String[0]));
  }

  /** Adds each flag-value pair of {@code defaults} whose flag (or, for -p, parameter) is not among {@code given}. */
  private static void keepUnlessGiven(String[] defaults, List<String> given, List<String> options) {
    for (int k = 0; k < defaults.length; k += 2) {
      String flag = defaults[k];
      String value = defaults[k + 1];
      boolean overridden = flag.equals("-p")
          ? given.stream().anyMatch(g -> g.startsWith(value.substring(0, value.indexOf('=') + 1)))
          : given.contains(flag);
      if (!overridden) {
        options.add(flag);
        options.add(value);
      }
    }
  }
}
