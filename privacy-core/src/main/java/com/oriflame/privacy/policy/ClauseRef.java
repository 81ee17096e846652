package com.oriflame.privacy.policy;

import com.oriflame.privacy.internal.Ids;
import jakarta.validation.constraints.NotNull;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a clause of the policy or an article of the law it follows.
 *
 * <p>Policy clauses are written as in the English rendering: {@code §0} (the preamble), {@code
 * §1.1}, {@code §6.2}, and bullets of §2 as {@code §2(6)} or {@code §2(2′)}. Articles of the law
 * are written {@code Art. 30} or {@code Art. 17(e)}.
 *
 * <p>Stability: stable.
 *
 * @param value the reference as written
 */
public record ClauseRef(@NotNull String value) implements Comparable<ClauseRef> {
  private static final Pattern FORM =
      Pattern.compile("(§\\d{1,2}(?:\\.\\d{1,2})?)(\\(\\d{1,2}′?\\))?|(Art\\. \\d{1,3}(?:-\\d)?)(\\([a-z0-9]\\))?");

  /**
   * @throws IllegalArgumentException if {@code value} is not a clause or article reference
   *
   * @param value the reference as written
   */
  public ClauseRef {
    if (value == null) {
      throw new IllegalArgumentException("clause reference is missing");
    }
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "clause reference '"
              + Ids.printable(value)
              + "' is malformed: expected a policy clause such as '§6.1' or '§2(6)', or a law"
              + " article such as 'Art. 30' or 'Art. 17(e)'");
    }
  }

  /**
   * @param value the reference, e.g. {@code "§6.1"}
   * @return the reference
   * @throws IllegalArgumentException if malformed
   */
  public static ClauseRef of(String value) {
    return new ClauseRef(value);
  }

  /**
   * The section this reference points into: {@code §2(6)} gives {@code §2}, {@code Art. 17(e)}
   * gives {@code Art. 17}, {@code §6.1} gives itself.
   *
   * @return the enclosing section
   */
  public ClauseRef section() {
    Matcher m = FORM.matcher(value);
    if (!m.matches()) {
      throw new IllegalStateException("unreachable: validated in constructor");
    }
    String section = m.group(1) != null ? m.group(1) : m.group(3);
    return section.equals(value) ? this : new ClauseRef(section);
  }

  /** @return whether this refers to the law rather than to the policy text */
  public boolean isLawArticle() {
    return value.startsWith("Art.");
  }

  @Override
  public int compareTo(ClauseRef other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
