package com.oriflame.privacy.internal;

/**
 * Checks on host-supplied text that the SDK stores and compares exactly (subject, browser and event
 * ids, evidence references). Such text must be well-formed UTF-16: a lone surrogate has no Unicode
 * code point, so every UTF-8 store (PostgreSQL, files, JSON over the wire) must replace it, and two
 * different ids would then share one stored key. Not API.
 */
public final class Text {
  private Text() {}

  /**
   * @param value text
   * @return the index of the first UTF-16 surrogate in {@code value} that is not part of a
   *     high-low pair, or {@code -1} if {@code value} is well-formed UTF-16
   */
  public static int unpairedSurrogate(CharSequence value) {
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++; // a pair: one supplementary code point
        } else {
          return i;
        }
      } else if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns {@code value} if it is well-formed UTF-16, i.e. a sequence of Unicode code points.
   *
   * @param value the text
   * @param what what the text is, for the message, e.g. {@code "subject id"}
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code what}, the kind of surrogate and its index;
   *     never quoting the text, which may be personal data
   */
  public static String requireWellFormed(String value, String what) {
    int at = unpairedSurrogate(value);
    if (at >= 0) {
      String kind = Character.isHighSurrogate(value.charAt(at)) ? "high" : "low";
      throw new IllegalArgumentException(what + " contains an unpaired UTF-16 " + kind + " surrogate at index " + at
          + "; it must be well-formed Unicode text");
    }
    return value;
  }

  /**
   * Returns {@code value} if it holds no control character (tab, line feed and carriage return
   * excepted): for free text such as a buyer's name, which PostgreSQL cannot store with a NUL.
   *
   * @param value the text
   * @param what what the text is, for the message
   * @return {@code value}
   * @throws IllegalArgumentException naming {@code what} and the index, never quoting the text
   */
  public static String requirePrintable(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        throw new IllegalArgumentException(what + " contains the control character U+"
            + String.format("%04X", (int) c) + " at index " + i);
      }
    }
    return value;
  }
}
