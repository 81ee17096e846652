package com.oriflame.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.Mac;

/**
 * Keyed pseudonyms (HMAC-SHA-256) for subject ids in logs, {@code toString()} and receipts. Not API.
 * The process-wide instance uses a random key, so log pseudonyms are stable within one JVM and
 * useless to anyone without it.
 */
public final class Pseudonyms {
  private static final Pseudonyms PROCESS = new Pseudonyms(randomKey());
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final byte[] key;
  private final ThreadLocal<Mac> macs;

  /** @param key the secret key; at least 16 bytes */
  public Pseudonyms(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("pseudonym key must have at least 16 bytes, had " + key.length);
    }
    this.key = key.clone();
    this.macs = ThreadLocal.withInitial(() -> Digests.hmacSha256(this.key));
  }


  /** @return the per-process instance used for logs and {@code toString()} */
  public static Pseudonyms process() {
    return PROCESS;
  }

  /** @return 32 random bytes */
  public static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  /**
   * @param prefix what the value is, e.g. {@code "subject"}
   * @param value the value to hide
   * @return {@code prefix:} and the first 16 hex digits of HMAC-SHA-256(key, value)
   */
  public String of(String prefix, String value) {
    byte[] h = macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    StringBuilder sb = new StringBuilder(prefix.length() + 17).append(prefix).append(':');
    for (int i = 0; i < 8; i++) {
      sb.append(HEX[(h[i] >> 4) & 0xf]).append(HEX[h[i] & 0xf]);
    }
    return sb.toString();
  }

  /** @return lower-case hex of {@code bytes} */
  public static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      sb.append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }
    return sb.toString();
  }
}
