package com.oriflame.privacy.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry points to ready-to-use, linted policies.
 *
 * <p>Stability: stable.
 */
public final class Policies {
  private static final Logger log = LoggerFactory.getLogger(Policies.class);

  /** Class-path location of the bundled Kyrgyz policy. */
  public static final String ORIFLAME_KG_2017_RESOURCE = "/com/oriflame/privacy/policy/oriflame-kg-2017.json";

  private Policies() {}

  /**
   * The Oriflame Cosmetics (Kyrgyz Republic) personal-data protection policy, rev. 1 of
   * 2017-01-01, under Law No. 58 of 14 April 2008, as shipped in this jar. Values the policy does
   * not state (retention periods, some deadlines, the minimum advertising group size) are
   * engineering defaults marked {@code engineeringDefault}; see the README.
   *
   * @return the bundled policy, linted; the same instance on every call
   */
  public static Policy oriflameKyrgyzstan2017() {
    return Bundled.POLICY;
  }

  private static final class Bundled {
    static final Policy POLICY = loadResource(ORIFLAME_KG_2017_RESOURCE);
  }

  /**
   * Reads and lints a policy file.
   *
   * @param file the policy file
   * @return the policy
   * @throws PolicyFormatException if the file cannot be parsed
   * @throws InvalidPolicyException if the linter finds errors
   */
  public static Policy load(Path file) {
    return requireValid(PolicyReader.read(file), file.toString());
  }

  /**
   * Reads and lints a policy from the class path.
   *
   * @param resource absolute resource path
   * @return the policy
   * @throws PolicyFormatException if it cannot be parsed
   * @throws InvalidPolicyException if the linter finds errors
   */
  public static Policy loadResource(String resource) {
    try (InputStream in = Policies.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("policy resource " + resource + " not found"));
      }
      return requireValid(PolicyReader.read(in, resource), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read policy resource " + resource, e);
    }
  }

  /**
   * Lints a policy and returns it if it has no errors; warnings are logged at DEBUG.
   *
   * @param policy the policy
   * @param source where it came from, for messages
   * @return {@code policy}
   * @throws InvalidPolicyException if the linter finds errors
   */
  public static Policy requireValid(Policy policy, String source) {
    LintReport report = PolicyLinter.lint(policy);
    if (report.hasErrors()) {
      throw new InvalidPolicyException(source, report);
    }
    for (LintFinding warning : report.warnings()) {
      log.debug("Policy {} warning {} on {}", source, warning.code(), warning.elementId());
    }
    return policy;
  }
}
