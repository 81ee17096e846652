package com.oriflame.privacy.jdbc;

import com.oriflame.privacy.consent.SubjectId;
import java.util.List;

/**
 * Reversible encoding of ids for key columns: PostgreSQL text cannot hold NUL, so {@code \} becomes
 * {@code \\} and NUL becomes {@code \0}. Injective, so equality on the encoded form is equality on
 * the id. Everything is bound as a parameter; nothing is concatenated into SQL.
 *
 * <p>Every other character is stored as it is, which is exact only for well-formed Unicode: the
 * PostgreSQL driver sends text as UTF-8 and would put {@code ?} in place of a lone surrogate,
 * merging two ids. The id types refuse lone surrogates, so none reaches here. A key is at most
 * twice as long as its id, which the key columns are sized for (600 characters for subject and
 * browser ids of up to 256, 300 for event ids of up to 128). The JSON payload column needs no such
 * encoding: the JSON writer escapes NUL and the other control characters.
 */
final class Keys {
  private Keys() {}

  static String encode(String id) {
    if (id.indexOf('\\') < 0 && id.indexOf('\0') < 0) {
      return id;
    }
    StringBuilder sb = new StringBuilder(id.length() + 8);
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '\\') {
        sb.append("\\\\");
      } else if (c == '\0') {
        sb.append("\\0");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** @return the subjects' ids encoded, in the same order */
  static List<String> ofSubjects(List<SubjectId> subjects) {
    return subjects.stream().map(s -> encode(s.value())).toList();
  }

  static String decode(String key) {
    if (key.indexOf('\\') < 0) {
      return key;
    }
    StringBuilder sb = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '\\' && i + 1 < key.length()) {
        char next = key.charAt(++i);
        sb.append(next == '0' ? '\0' : next);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
