package com.oriflame.privacy.spi;

import com.oriflame.privacy.consent.SubjectId;
import java.util.Objects;
import java.util.Set;

/**
 * Which subjects' decision-relevant data changed since a position: the engine's way to keep what
 * {@code filter} decided valid across campaigns, and across writes by other engines and processes
 * on the same data, without reading every subject again. A position is a number that grows with
 * every write about a subject (on the JDBC adapter, the audit sequence of the write's transaction,
 * which every writer takes under the one chain-head lock, so positions grow in commit order).
 *
 * <p>Contract, for every implementation (checked by {@code ChangeFeedContract}):
 *
 * <ul>
 *   <li>every write of a consent event about a subject, of a profile version and of a register
 *       legal hold makes that subject appear in {@link #since} from every position taken before
 *       the write was visible; it is recorded in the write's own atomic step, so a write that fails
 *       leaves no change and a change is never visible before its data;
 *   <li>{@link #position()} and {@link Changes#position()} never go backwards, and {@code since(p)}
 *       lists nothing written at or before {@code p};
 *   <li>when more than {@code limit} subjects changed, the answer is {@linkplain Changes#overflowed()
 *       overflowed}: its subject set is empty and the caller must forget everything it derived.
 * </ul>
 *
 * Writes that bypass the stores (SQL typed by hand, a restore) are not in the feed; after them call
 * {@code PrivacyEngine.refreshAll()}. Failures throw {@link StoreException}.
 *
 * <p>Stability: experimental (the fast path's storage query).
 */
public interface ChangeFeed {
  /**
   * @return the position now: every change visible now is at or before it
   * @throws StoreException if the feed cannot be read
   */
  long position();

  /**
   * The subjects changed after {@code after}, up to the position returned with them.
   *
   * @param after a position from {@link #position()} or an earlier answer
   * @param limit the most subjects to return, at least 1
   * @return the subjects and the position they bring the caller to
   * @throws StoreException if the feed cannot be read
   */
  Changes since(long after, int limit);

  /**
   * Subjects changed after one position up to another.
   *
   * @param position the position the answer brings its reader to
   * @param subjects the subjects changed, each once; empty when {@code overflowed}
   * @param overflowed whether more subjects changed than the limit: the reader forgets all it derived
   */
  record Changes(long position, Set<SubjectId> subjects, boolean overflowed) {
    /**
     * Checks the components and copies the set.
     *
     * @param position the position the answer brings its reader to
     * @param subjects the subjects changed; empty when {@code overflowed}
     * @param overflowed whether more subjects changed than the limit
     */
    public Changes {
      Objects.requireNonNull(subjects, "subjects must not be null");
      subjects = Set.copyOf(subjects);
      if (overflowed && !subjects.isEmpty()) {
        throw new IllegalArgumentException("an overflowed answer lists no subjects");
      }
    }

    @Override
    public String toString() {
      return "Changes[position=" + position + ", " + (overflowed ? "overflowed" : subjects.size() + " subjects") + "]";
    }
  }
}
