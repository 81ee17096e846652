package com.oriflame.privacy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Finds the known ids closest to an unknown one, for "did you mean" hints. Not API. */
public final class Suggestions {
  private static final int MAX = 3;

  private Suggestions() {}

  /**
   * Returns up to three known ids close to {@code unknown}: by edit distance, or because one
   * contains the other's last segment (so {@code marketing.sms} finds {@code
   * marketing.similar-goods.sms}).
   */
  public static List<String> closest(String unknown, Collection<String> known) {
    record Scored(String id, int score) {}
    List<Scored> scored = new ArrayList<>();
    String lastSegment = unknown.substring(unknown.lastIndexOf('.') + 1);
    for (String candidate : known) {
      int distance = distance(unknown, candidate);
      int limit = Math.max(2, Math.min(unknown.length(), candidate.length()) / 3);
      boolean related =
          !lastSegment.isEmpty()
              && (candidate.endsWith("." + lastSegment)
                  || candidate.equals(lastSegment)
                  || candidate.startsWith(unknown + ".")
                  || unknown.startsWith(candidate + "."));
      if (distance <= limit || related) {
        scored.add(new Scored(candidate, related ? Math.min(distance, limit) : distance));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::id));
    List<String> result = new ArrayList<>();
    for (Scored s : scored) {
      if (result.size() == MAX) {
        break;
      }
      result.add(s.id());
    }
    return result;
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
