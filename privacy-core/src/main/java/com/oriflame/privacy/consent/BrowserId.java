package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Pseudonyms;
import com.oriflame.privacy.internal.Text;
import java.util.Objects;

/**
 * A pseudonymous id of a website visitor who is not (yet) a known subject, e.g. a random cookie
 * value. Cookie preferences recorded against it follow the visitor once {@code
 * ConsentLedger#linkVisitor} links it to a subject at sign-in. {@link #toString()} prints a
 * pseudonym.
 *
 * <p>The same rules as for a {@link SubjectId}: any well-formed Unicode text of 1 to 256 UTF-16
 * code units, NUL and other control characters included, kept exactly (no trimming, case folding
 * or normalisation); a lone UTF-16 surrogate is refused.
 *
 * <p>Stability: stable.
 *
 * @param value the browser id: 1 to 256 UTF-16 code units of well-formed Unicode text
 */
public record BrowserId(String value) implements Holder {

  /**
   * @throws IllegalArgumentException if the id is empty, longer than 256 UTF-16 code units or
   *     contains an unpaired surrogate; the message names the rule, the length or the index, never
   *     the id
   *
   * @param value the browser id: 1 to 256 UTF-16 code units of well-formed Unicode text
   */
  public BrowserId {
    Objects.requireNonNull(value, "browser id is missing");
    if (value.isEmpty() || value.length() > 256) {
      throw new IllegalArgumentException("browser id must have 1 to 256 characters, had " + value.length());
    }
    Text.requireWellFormed(value, "browser id");
  }

  /**
   * @param value the browser id
   * @return the id
   */
  public static BrowserId of(String value) {
    return new BrowserId(value);
  }

  /** @return a pseudonym, never the id itself */
  @Override
  public String toString() {
    return Pseudonyms.process().of("browser", value);
  }
}
