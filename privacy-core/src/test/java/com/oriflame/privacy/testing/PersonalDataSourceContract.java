package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.rights.OperationKey;
import com.oriflame.privacy.spi.PersonalDataSource;
import com.oriflame.privacy.rights.SourceExport;
import com.oriflame.privacy.rights.SourceResult;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link PersonalDataSource} must pass (see its Javadoc): exports hold the
 * subject's data of the categories asked for and nothing of anyone else, never credentials (R25);
 * categories not held are reported as not held; every changing operation is applied once per
 * {@link OperationKey} and a replay returns the same result without changing anything again.
 *
 * <p>Implement {@link #newSource()} (an empty source holding at least {@link #category()}, {@link
 * #otherCategory()} and {@link #credential()}) and {@link #put} (how a test puts a value into it).
 */
public abstract class PersonalDataSourceContract {

  /** @return a new, empty source */
  protected abstract PersonalDataSource newSource();

  /**
   * Stores a value in the source, as the host system would.
   *
   * @param source the source from {@link #newSource()}
   * @param subject whose data
   * @param category its category
   * @param field the field
   * @param value the value
   */
  protected abstract void put(PersonalDataSource source, SubjectId subject, CategoryId category, String field, String value);

  /** @return a category the source holds (default {@code contact.email}) */
  protected CategoryId category() {
    return CategoryId.of("contact.email");
  }

  /** @return another category the source holds (default {@code commerce.purchase-history}) */
  protected CategoryId otherCategory() {
    return CategoryId.of("commerce.purchase-history");
  }

  /** @return the credential category the source holds (default {@code credential.password}) */
  protected CategoryId credential() {
    return CategoryId.of("credential.password");
  }

  private static final SubjectId ALICE = SubjectId.of("alice");
  private static final SubjectId BOB = SubjectId.of("bob");

  @Test
  @DisplayName("an export holds the subject's data of the categories asked for, and nothing of anyone else")
  void exportIsOwnData() {
    PersonalDataSource s = newSource();
    put(s, ALICE, category(), "e-mail", "alice@example.kg");
    put(s, ALICE, otherCategory(), "order 1", "1200 KGS");
    put(s, BOB, category(), "e-mail", "bob@example.kg");
    SourceExport all = s.export(ALICE, Set.of(category(), otherCategory()));
    assertEquals(s.id(), all.source());
    assertEquals(Set.of("alice@example.kg", "1200 KGS"), values(all));
    assertEquals(Set.of("alice@example.kg"), values(s.export(ALICE, Set.of(category()))));
    assertEquals(Set.of(), values(s.export(SubjectId.of("nobody"), Set.of(category()))));
  }

  @Test
  @Tag("R25")
  @DisplayName("R25: an export never holds a credential, even when every category is asked for")
  void exportNeverHoldsCredentials() {
    PersonalDataSource s = newSource();
    put(s, ALICE, credential(), "password", "s3cret!");
    put(s, ALICE, category(), "e-mail", "alice@example.kg");
    Set<CategoryId> everything = new LinkedHashSet<>(s.categories());
    everything.add(credential());
    everything.add(CategoryId.of(credential().value().split("\\.")[0]));
    SourceExport e = s.export(ALICE, everything);
    assertFalse(values(e).contains("s3cret!"), "the password was exported");
    assertTrue(e.items().stream().noneMatch(i -> i.category().equals(credential())));
  }

  @Test
  @DisplayName("erase removes the data, reports what it did and what is not held, and a replay changes nothing")
  void eraseOnce() {
    PersonalDataSource s = newSource();
    put(s, ALICE, category(), "e-mail", "alice@example.kg");
    put(s, BOB, category(), "e-mail", "bob@example.kg");
    OperationKey key = new OperationKey("request-1", s.id(), "erase");
    SourceResult first = s.erase(key, ALICE, Set.of(category(), otherCategory()));
    assertEquals(Set.of(category()), first.done());
    assertEquals(Set.of(otherCategory()), first.notHeld());
    assertEquals(Set.of(), values(s.export(ALICE, Set.of(category()))));
    assertEquals(Set.of("bob@example.kg"), values(s.export(BOB, Set.of(category()))), "another subject's data was touched");
    put(s, ALICE, category(), "e-mail", "new@example.kg");
    assertEquals(first, s.erase(key, ALICE, Set.of(category(), otherCategory())), "a replay must return the first result");
    assertEquals(Set.of("new@example.kg"), values(s.export(ALICE, Set.of(category()))), "a replay must not erase again");
  }

  @Test
  @DisplayName("depersonalize detaches the data from the subject, once per key")
  void depersonalizeOnce() {
    PersonalDataSource s = newSource();
    put(s, ALICE, otherCategory(), "order 1", "1200 KGS");
    OperationKey key = new OperationKey("request-2", s.id(), "depersonalize");
    SourceResult first = s.depersonalize(key, ALICE, Set.of(otherCategory()));
    assertEquals(Set.of(otherCategory()), first.done());
    assertEquals(Set.of(), values(s.export(ALICE, Set.of(otherCategory()))));
    put(s, ALICE, otherCategory(), "order 2", "300 KGS");
    assertEquals(first, s.depersonalize(key, ALICE, Set.of(otherCategory())));
    assertEquals(Set.of("300 KGS"), values(s.export(ALICE, Set.of(otherCategory()))));
  }

  @Test
  @DisplayName("rectify replaces the values of a category; block keeps the data (R39); both report what is not held")
  void rectifyAndBlock() {
    PersonalDataSource s = newSource();
    put(s, ALICE, category(), "e-mail", "old@example.kg");
    SourceResult fixed = s.rectify(new OperationKey("request-3", s.id(), "rectify"), ALICE,
        Map.of(category(), "alice@example.kg", otherCategory(), "x"));
    assertEquals(Set.of(category()), fixed.done());
    assertEquals(Set.of(otherCategory()), fixed.notHeld());
    assertEquals(Set.of("alice@example.kg"), values(s.export(ALICE, Set.of(category()))));
    SourceResult blocked = s.block(new OperationKey("request-4", s.id(), "block"), ALICE, Set.of(category()));
    assertEquals(Set.of(category()), blocked.done());
    assertEquals(Set.of("alice@example.kg"), values(s.export(ALICE, Set.of(category()))), "blocked data must be kept");
  }

  /**
   * A replayed key never changes anything again, whatever happens in between.
   *
   * @param replays how often the step is sent again
   * @param refill whether new data arrives before each replay
   */
  @Property(tries = 30)
  void replaysAreIdempotent(@ForAll("replays") int replays, @ForAll boolean refill) {
    PersonalDataSource s = newSource();
    put(s, ALICE, category(), "e-mail", "a0");
    OperationKey key = new OperationKey("request-p", s.id(), "erase");
    SourceResult first = s.erase(key, ALICE, Set.of(category()));
    int expected = 0;
    for (int i = 1; i <= replays; i++) {
      if (refill) {
        put(s, ALICE, category(), "e-mail", "a" + i);
        expected++;
      }
      assertEquals(first, s.erase(key, ALICE, Set.of(category())));
    }
    assertEquals(expected, s.export(ALICE, Set.of(category())).items().size());
  }

  @Provide
  Arbitrary<Integer> replays() {
    return Arbitraries.integers().between(1, 5);
  }

  private static Set<String> values(SourceExport e) {
    Set<String> values = new HashSet<>();
    for (SourceExport.Item i : e.items()) {
      values.add(i.value());
    }
    return values;
  }

  /** @return the values of {@code e}, for subclasses */
  protected static List<String> valueList(SourceExport e) {
    return e.items().stream().map(SourceExport.Item::value).toList();
  }
}
