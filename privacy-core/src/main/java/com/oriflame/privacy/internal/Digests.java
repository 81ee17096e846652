package com.oriflame.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 digests of canonical forms, as lower-case hex. Not API. */
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
}
