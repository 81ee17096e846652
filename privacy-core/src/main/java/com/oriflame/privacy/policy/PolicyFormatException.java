package com.oriflame.privacy.policy;

import com.oriflame.privacy.PrivacyException;

/**
 * A policy file could not be read: bad bytes or JSON, an unknown or missing field, or a malformed
 * value. The message names the file, the line and column, the JSON path and what was expected, e.g.
 *
 * <pre>policy.json:41:21 at $.purposes[3].legalBasis: "consnet": expected one of [consent, contract, ...]; did you mean 'consent'?</pre>
 *
 * <p>{@link PolicyReader} always gives a 1-based line and column (1:1 when nothing better is
 * known) and quotes values only as short excerpts.
 *
 * <p>Stability: stable.
 */
public final class PolicyFormatException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  /** Serialized: the file or source name. */
  private final String source;
  /** Serialized: the 1-based line of the problem. */
  private final int line;
  /** Serialized: the 1-based column of the problem. */
  private final int column;
  /** Serialized: the JSON path of the offending element. */
  private final String jsonPath;
  /** Serialized: what was wrong. */
  private final String problem;

  /**
   * @param source the file or resource name
   * @param line 1-based line, or -1 if unknown
   * @param column 1-based column, or -1 if unknown
   * @param jsonPath where in the document, e.g. {@code $.purposes[3].id}
   * @param problem what was wrong and what was expected
   * @param cause the parser's exception
   */
  public PolicyFormatException(
      String source, int line, int column, String jsonPath, String problem, Throwable cause) {
    super(source + (line > 0 ? ":" + line + ":" + column : "") + " at " + jsonPath + ": " + problem, cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.jsonPath = jsonPath;
    this.problem = problem;
  }

  /** @return the file or resource name */
  public String source() {
    return source;
  }

  /** @return 1-based line, or -1 if unknown */
  public int line() {
    return line;
  }

  /** @return 1-based column, or -1 if unknown */
  public int column() {
    return column;
  }

  /** @return the JSON path of the offending value, e.g. {@code $.purposes[3].id} */
  public String jsonPath() {
    return jsonPath;
  }

  /** @return what was wrong and what was expected, without the location */
  public String problem() {
    return problem;
  }
}
