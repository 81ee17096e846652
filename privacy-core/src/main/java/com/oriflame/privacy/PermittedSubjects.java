package com.oriflame.privacy;

import com.oriflame.privacy.consent.SubjectId;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The subjects a campaign may reach, in the order asked: an array, so that a million of them cost
 * four bytes each; {@code contains} builds a hash set on first use. Unmodifiable.
 */
final class PermittedSubjects extends AbstractSet<SubjectId> {
  private final SubjectId[] subjects;
  private Set<SubjectId> lookup;

  PermittedSubjects(SubjectId[] subjects) {
    this.subjects = subjects;
  }

  @Override
  public Iterator<SubjectId> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < subjects.length;
      }

      @Override
      public SubjectId next() {
        if (next >= subjects.length) {
          throw new NoSuchElementException();
        }
        return subjects[next++];
      }
    };
  }

  @Override
  public int size() {
    return subjects.length;
  }

  @Override
  public synchronized boolean contains(Object o) {
    if (lookup == null) {
      lookup = new HashSet<>(Arrays.asList(subjects));
    }
    return lookup.contains(o);
  }
}
