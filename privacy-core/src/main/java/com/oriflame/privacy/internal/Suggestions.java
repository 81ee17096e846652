package com.oriflame.privacy.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the known ids closest to an unknown one, for "did you mean" hints. Cheap whatever the
 * input: a value much longer than any id gets no suggestion, and edit distances are bounded. Not
 * API.
 */
public final class Suggestions {
  private static final int MAX = 3;
  /** Longer values are no misspelt id (ids have at most 200 characters): no suggestion. */
  static final int MAX_INPUT = 256;
  /** Edit distances beyond this only order the weaker tiers and count as equal. */
  private static final int MAX_DISTANCE = 32;

  private Suggestions() {}

  /**
   * Returns up to three known ids close to {@code unknown}: first by edit distance, then those
   * whose last segment contains the unknown one's (so {@code marketing.sms} finds {@code
   * marketing.similar-goods.sms} and {@code contact.phone} finds {@code contact.mobile-phone}),
   * then parents and children. An unknown value of more than 256 characters gets none.
   */
  public static List<String> closest(String unknown, Collection<String> known) {
    if (unknown.length() > MAX_INPUT) {
      return List.of();
    }
    record Scored(String id, int score) {}
    List<Scored> scored = new ArrayList<>();
    String last = lastSegment(unknown);
    for (String candidate : known) {
      if (candidate.length() > MAX_INPUT) {
        continue;
      }
      int limit = Math.max(2, Math.min(unknown.length(), candidate.length()) / 3);
      int distance = distance(unknown, candidate, Math.max(limit, MAX_DISTANCE));
      String candidateLast = lastSegment(candidate);
      boolean sameLeaf =
          last.length() >= 3 && (candidateLast.contains(last) || last.contains(candidateLast) && candidateLast.length() >= 3);
      boolean lineage = candidate.startsWith(unknown + ".") || unknown.startsWith(candidate + ".");
      // tiers: close spelling, then same leaf name, then parent or child; by distance within a tier
      if (distance <= limit) {
        scored.add(new Scored(candidate, distance));
      } else if (sameLeaf) {
        scored.add(new Scored(candidate, 1_000 + distance));
      } else if (lineage) {
        scored.add(new Scored(candidate, 2_000 + distance));
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

  private static String lastSegment(String id) {
    return id.substring(id.lastIndexOf('.') + 1);
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    return distance(a, b, Integer.MAX_VALUE - 1);
  }

  /**
   * Levenshtein distance, or {@code max + 1} as soon as it is known to exceed {@code max}: only
   * the diagonal band of width {@code 2 max + 1} is computed, so the cost is O(min(n, m) max).
   */
  static int distance(String a, String b, int max) {
    if (a.length() > b.length()) {
      String swap = a;
      a = b;
      b = swap;
    }
    int n = a.length();
    int m = b.length();
    if (m - n > max) {
      return max + 1;
    }
    int over = max + 1;
    int[] previous = new int[n + 1];
    int[] current = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      previous[i] = Math.min(i, over);
    }
    // rows run over the longer string, columns over the shorter one
    for (int j = 1; j <= m; j++) {
      int from = Math.max(1, j - max);
      int to = (int) Math.min(n, (long) j + max);
      current[0] = Math.min(j, over);
      if (from > 1) {
        current[from - 1] = over;
      }
      int rowMin = current[from - 1];
      for (int i = from; i <= to; i++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(current[i - 1] + 1, previous[i] + 1), previous[i - 1] + cost);
        current[i] = Math.min(value, over);
        rowMin = Math.min(rowMin, current[i]);
      }
      if (to < n) {
        current[to + 1] = over;
      }
      if (rowMin > max) {
        return over;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[n], over);
  }
}
