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
   * Returns up to three known ids close to {@code unknown}: first by edit distance, then those
   * whose last segment contains the unknown one's (so {@code marketing.sms} finds {@code
   * marketing.similar-goods.sms} and {@code contact.phone} finds {@code contact.mobile-phone}),
   * then parents and children.
   */
  public static List<String> closest(String unknown, Collection<String> known) {
    record Scored(String id, int score) {}
    List<Scored> scored = new ArrayList<>();
    String last = lastSegment(unknown);
    for (String candidate : known) {
      int distance = distance(unknown, candidate);
      int limit = Math.max(2, Math.min(unknown.length(), candidate.length()) / 3);
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
