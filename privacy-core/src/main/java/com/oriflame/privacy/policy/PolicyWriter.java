package com.oriflame.privacy.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes policies in the format {@link PolicyReader} reads: {@code read(write(p))} equals {@code
 * p}. Output is deterministic (file order of elements, two-space indentation, UTF-8) and omits
 * empty lists and absent values. Instances are immutable and thread-safe.
 *
 * <p>Stability: stable.
 */
public final class PolicyWriter {
  /** The {@code $schema} value written into files, relative to the file. */
  public static final String SCHEMA = "policy.schema.json";

  private static final ObjectWriter WRITER = PolicyJson.mapper().writer();

  private PolicyWriter() {}

  /**
   * @param policy the policy
   * @return the policy as a JSON document
   */
  public static String writeString(Policy policy) {
    try {
      return WRITER.writeValueAsString(new PolicyJson.Written(SCHEMA, policy.content())) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("policy could not be serialised", e);
    }
  }

  /**
   * @param policy the policy
   * @param out receives UTF-8 JSON; not closed
   */
  public static void write(Policy policy, OutputStream out) {
    try {
      out.write(writeString(policy).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write policy", e);
    }
  }

  /**
   * Writes atomically: to a temporary file beside {@code file}, then moved over it, so a failed
   * write never leaves a half-written policy.
   *
   * @param policy the policy
   * @param file the target file
   */
  public static void write(Policy policy, Path file) {
    Path dir = file.toAbsolutePath().getParent();
    try {
      Path tmp = Files.createTempFile(dir, ".policy-", ".json.tmp");
      try {
        Files.writeString(tmp, writeString(policy), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write policy file " + file, e);
    }
  }
}
