package com.oriflame.privacy.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Several revisions of one policy loaded together (§9, R34), oldest first: a change is a new
 * revision with a publication date, and consents keep the revision they were given under (R1), so
 * a host that moves to a new revision compares it with the old ones ({@link #diff}) to learn what
 * widened and who must consent again.
 *
 * <pre>{@code
 * PolicyHistory history = PolicyHistory.of(Policies.oriflameKyrgyzstan2017(), Policies.load(Path.of("policy-rev2.json")));
 * PolicyDiff diff = history.diff("1", "2");
 * diff.widens(); diff.reconsentPurposes();
 * }</pre>
 *
 * <p>Revisions are ordered by effective date, then by their place in the newest revision's change
 * history. Immutable and thread-safe.
 *
 * <p>Stability: experimental.
 */
public final class PolicyHistory {
  private final List<Policy> revisions;

  private PolicyHistory(List<Policy> revisions) {
    this.revisions = revisions;
  }

  /**
   * @param revisions revisions of one policy, in any order
   * @return the history, oldest first
   * @throws IllegalArgumentException if there are none, they belong to different policies, or two
   *     share a version
   */
  public static PolicyHistory of(Policy... revisions) {
    Objects.requireNonNull(revisions, "revisions must not be null");
    return of(List.of(revisions));
  }

  /**
   * @param revisions revisions of one policy, in any order
   * @return the history, oldest first
   * @throws IllegalArgumentException if there are none, they belong to different policies, or two
   *     share a version
   */
  public static PolicyHistory of(Collection<Policy> revisions) {
    Objects.requireNonNull(revisions, "revisions must not be null");
    if (revisions.isEmpty()) {
      throw new IllegalArgumentException("a policy history needs at least one revision");
    }
    List<Policy> list = new ArrayList<>();
    Set<String> versions = new HashSet<>();
    String id = null;
    for (Policy p : revisions) {
      Objects.requireNonNull(p, "revisions must not contain null");
      if (id != null && !id.equals(p.id())) {
        throw new IllegalArgumentException("revisions of different policies cannot share a history: '" + id + "' and '" + p.id()
            + "'");
      }
      id = p.id();
      if (!versions.add(p.version())) {
        throw new IllegalArgumentException("policy '" + id + "' has two revisions with version '" + p.version()
            + "'; each revision needs its own version");
      }
      list.add(p);
    }
    Policy newest = list.stream().max(Comparator.comparing(Policy::effectiveDate)).orElseThrow();
    List<String> declared = newest.changes().history().stream().map(PolicyChange::version).toList();
    list.sort(Comparator.comparing(Policy::effectiveDate).thenComparingInt(p -> declared.indexOf(p.version())));
    return new PolicyHistory(List.copyOf(list));
  }

  /** @return every revision, oldest first */
  public List<Policy> revisions() {
    return revisions;
  }

  /** @return the newest revision */
  public Policy current() {
    return revisions.get(revisions.size() - 1);
  }

  /**
   * @param version a revision's version, e.g. {@code "2"}
   * @return that revision
   */
  public Optional<Policy> find(String version) {
    Objects.requireNonNull(version, "version must not be null");
    return revisions.stream().filter(p -> p.version().equals(version)).findFirst();
  }

  /**
   * @param version a revision's version
   * @return that revision
   * @throws IllegalArgumentException if the history holds no such revision
   */
  public Policy revision(String version) {
    return find(version).orElseThrow(() -> new IllegalArgumentException("policy '" + current().id() + "' has no revision '"
        + version + "' in this history; it holds " + versions()));
  }

  /** @return the versions, oldest first */
  public List<String> versions() {
    return revisions.stream().map(Policy::version).toList();
  }

  /**
   * @param older the older revision's version
   * @param newer the newer revision's version
   * @return what changed from {@code older} to {@code newer}
   * @throws IllegalArgumentException if either is missing, or {@code older} is not older
   */
  public PolicyDiff diff(String older, String newer) {
    Policy a = revision(older);
    Policy b = revision(newer);
    if (revisions.indexOf(a) >= revisions.indexOf(b)) {
      throw new IllegalArgumentException("revision '" + older + "' is not older than revision '" + newer + "'; the history runs "
          + versions());
    }
    return PolicyDiff.between(a, b);
  }

  /**
   * @return what the newest revision changed from the one before it
   * @throws IllegalStateException if the history holds one revision only
   */
  public PolicyDiff latestDiff() {
    if (revisions.size() < 2) {
      throw new IllegalStateException("the history holds one revision only (" + versions() + "); there is nothing to compare");
    }
    return PolicyDiff.between(revisions.get(revisions.size() - 2), current());
  }

  @Override
  public String toString() {
    return "PolicyHistory[" + current().id() + " revisions " + versions() + "]";
  }
}
