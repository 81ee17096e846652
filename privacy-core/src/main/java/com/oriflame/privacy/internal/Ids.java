package com.oriflame.privacy.internal;

import com.oriflame.privacy.policy.ElementId;
import java.util.regex.Pattern;

/** Validation of the dotted, lower-case ids used for every policy element. Not API. */
public final class Ids {
  private static final Pattern DOTTED = Pattern.compile(ElementId.PATTERN);
  private static final int MAX_LENGTH = 200;

  private Ids() {}

  /**
   * Returns {@code value} if it is a well-formed dotted id.
   *
   * @param value the candidate id
   * @param what what the id names, for the message (e.g. {@code "purpose id"})
   * @return {@code value}
   * @throws IllegalArgumentException naming the rule that was broken
   */
  public static String requireDotted(String value, String what) {
    if (value == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    if (value.isEmpty() || value.length() > MAX_LENGTH || !DOTTED.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what
              + " '"
              + printable(value)
              + "' is malformed: expected dot-separated segments of a-z, 0-9 and single hyphens,"
              + " at most "
              + MAX_LENGTH
              + " characters, e.g. 'contact.mobile-phone'");
    }
    return value;
  }

  /** Shortens and escapes a value for an error message. */
  public static String printable(String value) {
    String s = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
