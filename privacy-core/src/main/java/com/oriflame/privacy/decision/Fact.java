package com.oriflame.privacy.decision;

import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.Language;
import java.util.Arrays;
import java.util.Objects;

/**
 * A fact of a reason: a {@link FactText} and its values, rendered in the language asked for.
 * Values are policy ids and dates (the same in every language) or {@link Labels} (localised).
 */
final class Fact {
  private final FactText text;
  private final Object[] values;

  private Fact(FactText text, Object[] values) {
    this.text = text;
    this.values = values;
  }

  static Fact of(FactText text, Object... values) {
    for (Object v : values) {
      Objects.requireNonNull(v, () -> "a value of fact " + text + " is missing");
    }
    return new Fact(text, values.clone());
  }

  String in(Language language) {
    String pattern = text.pattern(language);
    StringBuilder sb = new StringBuilder(pattern.length() + 32);
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3) {
        int n = Integer.parseInt(pattern, i + 1, close, 10);
        Object v = values[n];
        sb.append(v instanceof Labels l ? l.in(language, "") : v.toString());
        i = close + 1;
      } else {
        sb.append(c);
        i++;
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fact f && f.text == text && Arrays.equals(f.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * text.hashCode() + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return in(Language.EN);
  }
}
