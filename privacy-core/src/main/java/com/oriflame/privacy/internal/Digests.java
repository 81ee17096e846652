package com.oriflame.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** SHA-256 digests of canonical forms, as lower-case hex, and the HMAC-SHA-256 of keyed chains and pseudonyms. Not API. */
public final class Digests {
  private Digests() {}

  /**
   * @param text a canonical form
   * @return lower-case hex SHA-256 of its UTF-8 bytes
   */
  public static String sha256(String text) {
    try {
      return Pseudonyms.hex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /**
   * @param key the secret
   * @return a new HMAC-SHA-256 initialised with {@code key} (not thread-safe: keep one per thread)
   */
  public static Mac hmacSha256(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }
}
