package com.oriflame.privacy.testing;

import static com.oriflame.privacy.testing.ContractEvents.audit;
import static com.oriflame.privacy.testing.ContractEvents.grant;
import static com.oriflame.privacy.testing.ContractEvents.withdraw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.EventConflictException;
import com.oriflame.privacy.spi.Stores;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ConsentStore} must pass. Extend it and return fresh, empty stores
 * from {@link #newStores()}; the in-memory reference and every adapter run the same tests.
 */
public abstract class ConsentStoreContract {
  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  private ConsentStore store() {
    return stores.consents();
  }

  private AppendResult append(ConsentEvent e) {
    return store().append(e, audit(e));
  }

  @Test
  @DisplayName("an appended event can be found by id and by holder")
  void appendThenRead() {
    SubjectId s = SubjectId.of("s-1");
    ConsentGranted g = grant("e-1", s, "marketing.similar-goods.sms", 10);
    AppendResult r = append(g);
    assertTrue(r.appended());
    assertEquals(g, r.event());
    assertEquals(Optional.of(g), store().find(g.id()));
    assertEquals(List.of(g), store().events(s));
    assertEquals(List.of(), store().events(SubjectId.of("s-2")));
    assertEquals(Optional.empty(), store().find(EventId.of("missing")));
  }

  @Test
  @DisplayName("appending the same event twice changes nothing and writes one audit record")
  void idempotentById() {
    SubjectId s = SubjectId.of("s-1");
    ConsentGranted g = grant("e-1", s, "marketing.similar-goods.sms", 10);
    append(g);
    long head = stores.audit().head().sequence();
    AppendResult again = append(g);
    assertFalse(again.appended());
    assertEquals(g, again.event());
    assertEquals(List.of(g), store().events(s));
    assertEquals(head, stores.audit().head().sequence());
  }

  @Test
  @DisplayName("an id reused with other content is refused and nothing is written")
  void conflictingReuse() {
    SubjectId s = SubjectId.of("s-1");
    append(grant("e-1", s, "marketing.similar-goods.sms", 10));
    long head = stores.audit().head().sequence();
    ConsentEvent other = withdraw("e-1", s, "marketing.similar-goods.sms", 20);
    EventConflictException e = assertThrows(EventConflictException.class, () -> append(other));
    assertEquals(EventId.of("e-1"), e.id());
    assertEquals(1, store().events(s).size());
    assertEquals(head, stores.audit().head().sequence());
  }

  @Test
  @DisplayName("events come back in canonical order whatever order they were appended in")
  void canonicalOrder() {
    SubjectId s = SubjectId.of("s-1");
    List<ConsentEvent> events = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      events.add(i % 2 == 0 ? grant("g-" + i, s, "marketing.similar-goods.sms", i / 3)
          : withdraw("w-" + i, s, "marketing.similar-goods.sms", i / 3));
    }
    List<ConsentEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(42));
    shuffled.forEach(this::append);
    List<ConsentEvent> expected = new ArrayList<>(events);
    expected.sort(ConsentEvent.ORDER);
    assertEquals(expected, store().events(s));
  }

  @Test
  @DisplayName("a visitor link is found under the subject and under the browser id")
  void links() {
    SubjectId s = SubjectId.of("s-1");
    BrowserId b = BrowserId.of("b-1");
    ConsentEvent cookies = ContractEvents.cookies("c-1", b, 1);
    ConsentEvent link = ContractEvents.link("l-1", s, b, 2);
    append(cookies);
    append(link);
    assertEquals(List.of(cookies, link), store().events(b));
    assertEquals(List.of(link), store().events(s));
  }

  @Test
  @DisplayName("the bulk read returns what single reads return, for subjects with events")
  void bulkRead() {
    List<SubjectId> subjects = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      SubjectId s = SubjectId.of("bulk-" + i);
      subjects.add(s);
      if (i % 3 != 0) {
        append(grant("g-" + i, s, "marketing.similar-goods.sms", i));
        append(withdraw("w-" + i, s, "marketing.similar-goods.sms", i + 100));
      }
    }
    Map<SubjectId, List<ConsentEvent>> bulk = store().events(subjects);
    assertEquals(20, bulk.size());
    for (SubjectId s : subjects) {
      assertEquals(store().events(s), bulk.getOrDefault(s, List.of()), s::toString);
    }
  }

  @Test
  @DisplayName("subjects acted for by a guardian are listed")
  void actedForBy() {
    append(ContractEvents.guardianAcceptance("a-1", SubjectId.of("minor"), 1));
    append(grant("g-1", SubjectId.of("adult"), "marketing.similar-goods.sms", 1));
    assertEquals(Set.of(SubjectId.of("minor")), store().subjectsActedForBy(Actor.GUARDIAN));
    assertEquals(Set.of(SubjectId.of("adult")), store().subjectsActedForBy(Actor.SUBJECT));
  }

  @Test
  @DisplayName("every append writes exactly one audit record, and the chain stays intact")
  void auditedAtomically() {
    for (int i = 0; i < 25; i++) {
      append(grant("g-" + i, SubjectId.of("s-" + (i % 4)), "marketing.similar-goods.sms", i));
    }
    assertEquals(25, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
    assertEquals("consent.granted", stores.audit().read(1, 1).get(0).action());
  }

  @Test
  @DisplayName("hostile ids and values are stored and found exactly")
  void hostileValues() {
    int n = 0;
    for (String value : ContractEvents.HOSTILE) {
      SubjectId s = SubjectId.of(value);
      ConsentGranted g = new ConsentGranted(EventId.of("h-" + n++ + value.substring(0, Math.min(value.length(), 100))), s,
          Set.of(PurposeId.of("marketing.similar-goods.sms")), "1", ContractEvents.T0, ContractEvents.T0,
          Evidence.of(Channel.CAF_PAPER, value));
      append(g);
      assertEquals(List.of(g), store().events(s), () -> "lost or changed: " + value.length() + " chars");
      assertEquals(Optional.of(g), store().find(g.id()));
    }
    assertEquals(List.of(), store().events(SubjectId.of("ab")), "'a_b' and '%' must not match like wildcards");
    assertEquals(List.of(), store().events(SubjectId.of("100")));
  }

  @Test
  @DisplayName("concurrent appends for the same and different subjects lose nothing and double nothing")
  void concurrentAppends() throws Exception {
    int threads = 4;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < perThread; i++) {
            SubjectId s = SubjectId.of(i % 2 == 0 ? "shared" : "own-" + thread);
            ConsentGranted g = grant("t" + thread + "-" + i, s, "marketing.similar-goods.sms", i);
            append(g);
            append(g); // a retry
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(threads * perThread / 2, store().events(SubjectId.of("shared")).size());
    for (int t = 0; t < threads; t++) {
      assertEquals(perThread / 2, store().events(SubjectId.of("own-" + t)).size());
    }
    assertEquals(threads * perThread, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact(), () -> stores.audit().verify().problem());
  }
}
