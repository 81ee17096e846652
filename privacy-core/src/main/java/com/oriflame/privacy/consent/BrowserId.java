package com.oriflame.privacy.consent;

import com.oriflame.privacy.internal.Pseudonyms;
import java.util.Objects;

/**
 * A pseudonymous id of a website visitor who is not (yet) a known subject, e.g. a random cookie
 * value. Cookie preferences recorded against it follow the visitor once {@code
 * ConsentLedger#linkVisitor} links it to a subject at sign-in. {@link #toString()} prints a
 * pseudonym.
 *
 * @param value the browser id: 1 to 256 characters
 */
public record BrowserId(String value) implements Holder {

  /** @throws IllegalArgumentException if the id is empty or longer than 256 characters */
  public BrowserId {
    Objects.requireNonNull(value, "browser id is missing");
    if (value.isEmpty() || value.length() > 256) {
      throw new IllegalArgumentException("browser id must have 1 to 256 characters, had " + value.length());
    }
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
