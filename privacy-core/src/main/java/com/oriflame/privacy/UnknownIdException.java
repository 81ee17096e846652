package com.oriflame.privacy;

import java.util.List;

/**
 * A host asked for a policy element (purpose, category, recipient, ...) that the policy does not
 * define. This is a programming error of the host and fails fast; the message lists the closest
 * ids the policy does define.
 *
 * <pre>Unknown purpose 'marketing.sms'; did you mean 'marketing.similar-goods.sms'?</pre>
 *
 * <p>Stability: stable.
 */
public final class UnknownIdException extends PrivacyException {
  private static final long serialVersionUID = 1L;

  /** Serialized: the kind of element looked up, e.g. {@code purpose}. */
  private final String kind;
  /** Serialized: the id that was not found. */
  private final String id;
  /** Serialized: the closest ids the policy defines. */
  private final List<String> suggestions;

  /**
   * @param kind what was looked up, e.g. {@code "purpose"}
   * @param id the id that was not found
   * @param suggestions the closest known ids, best first (may be empty)
   */
  public UnknownIdException(String kind, String id, List<String> suggestions) {
    super(message(kind, id, suggestions));
    this.kind = kind;
    this.id = id;
    this.suggestions = List.copyOf(suggestions);
  }

  private static String message(String kind, String id, List<String> suggestions) {
    StringBuilder sb = new StringBuilder("Unknown ").append(kind).append(" '").append(id).append('\'');
    if (suggestions.isEmpty()) {
      sb.append("; the policy defines no ").append(kind).append(" with a similar id");
    } else {
      sb.append("; did you mean ");
      for (int i = 0; i < suggestions.size(); i++) {
        if (i > 0) {
          sb.append(i == suggestions.size() - 1 ? " or " : ", ");
        }
        sb.append('\'').append(suggestions.get(i)).append('\'');
      }
      sb.append('?');
    }
    return sb.toString();
  }

  /** @return what was looked up, e.g. {@code "purpose"} */
  public String kind() {
    return kind;
  }

  /** @return the id that was not found (a policy id, never personal data) */
  public String id() {
    return id;
  }

  /** @return the closest known ids, best first */
  public List<String> suggestions() {
    return suggestions;
  }
}
