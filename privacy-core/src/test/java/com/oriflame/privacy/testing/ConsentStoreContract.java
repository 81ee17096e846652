package com.oriflame.privacy.testing;

import static com.oriflame.privacy.testing.ContractEvents.accepted;
import static com.oriflame.privacy.testing.ContractEvents.audit;
import static com.oriflame.privacy.testing.ContractEvents.grant;
import static com.oriflame.privacy.testing.ContractEvents.withdraw;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Actor;
import com.oriflame.privacy.consent.BrowserId;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.CookiePreferencesSet;
import com.oriflame.privacy.consent.EventConflictException;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.Holder;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.VisitorLinked;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.spi.AppendResult;
import com.oriflame.privacy.spi.ConsentStore;
import com.oriflame.privacy.spi.Stores;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link ConsentStore} must pass. Extend it and return fresh, empty stores
 * from {@link #newStores()}; the in-memory reference and every adapter run the same tests.
 *
 * <p>The jqwik properties (tag {@code hostile-ids}) share one set of stores across their tries and
 * check it against a model of every event they appended, so that ids from earlier tries are kept
 * apart too.
 */
public abstract class ConsentStoreContract {
  /** The stores under test, fresh for each test and for each property. */
  protected Stores stores;

  /** The model of the properties: every event appended in this property's tries, by id. */
  private final Map<EventId, ConsentEvent> appended = new LinkedHashMap<>();

  /** The number of the current try, for event ids and instants. */
  private int tries;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  /**
   * Creates the stores and empties the model for a jqwik property: JUnit's {@code @BeforeEach} does
   * not run for properties.
   */
  @BeforeProperty
  protected void createPropertyStores() {
    createStores();
    appended.clear();
    tries = 0;
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

  private static ConsentStore.Append entry(ConsentEvent e) {
    return new ConsentStore.Append(e, audit(e));
  }

  @Test
  @DisplayName("appendAll stores a batch with one audit record per new event, in batch order, and the chain verifies")
  void appendAllStoresTheBatch() {
    SubjectId s = SubjectId.of("s-1");
    List<ConsentStore.Append> batch = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ConsentEvent e = i % 3 == 2 ? withdraw("w-" + i, s, "marketing.similar-goods.sms", i)
          : grant("g-" + i, SubjectId.of("s-" + (i % 4)), "marketing.similar-goods.sms", i);
      batch.add(entry(e));
    }
    append(grant("before", s, "marketing.similar-goods.email", 0));
    List<AppendResult> results = store().appendAll(batch);
    assertEquals(30, results.size());
    for (int i = 0; i < 30; i++) {
      assertTrue(results.get(i).appended());
      assertEquals(batch.get(i).event(), results.get(i).event());
      assertEquals(Optional.of(batch.get(i).event()), store().find(batch.get(i).event().id()));
    }
    assertEquals(31, stores.audit().head().sequence());
    assertEquals(batch.get(0).audit().details(), stores.audit().read(2, 1).get(0).details(), "audit records follow batch order");
    assertTrue(stores.audit().verify().intact(), () -> stores.audit().verify().problem());
    assertEquals(List.of(), store().appendAll(List.of()));
  }

  @Test
  @DisplayName("appendAll is idempotent by id: events stored before or repeated in the batch are reported, not doubled")
  void appendAllIsIdempotent() {
    SubjectId s = SubjectId.of("s-1");
    ConsentGranted stored = grant("g-1", s, "marketing.similar-goods.sms", 1);
    append(stored);
    ConsentWithdrawn fresh = withdraw("w-2", s, "marketing.similar-goods.sms", 2);
    List<AppendResult> results = store().appendAll(List.of(entry(stored), entry(fresh), entry(fresh), entry(stored)));
    assertEquals(List.of(false, true, false, false), results.stream().map(AppendResult::appended).toList());
    assertEquals(List.of(stored, fresh, fresh, stored), results.stream().map(AppendResult::event).toList());
    assertEquals(List.of(stored, fresh), store().events(s));
    assertEquals(2, stores.audit().head().sequence());
    List<AppendResult> again = store().appendAll(List.of(entry(fresh), entry(stored)));
    assertFalse(again.get(0).appended() || again.get(1).appended());
    assertEquals(2, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @DisplayName("appendAll is atomic: a conflict anywhere in the batch writes nothing, events, facts or audit records")
  void appendAllIsAtomic() {
    SubjectId s = SubjectId.of("s-1");
    PurposeId sms = PurposeId.of("marketing.similar-goods.sms");
    append(grant("g-1", s, "marketing.similar-goods.sms", 1));
    long head = stores.audit().head().sequence();
    var query = com.oriflame.privacy.spi.CandidateQuery.consent(sms, ContractEvents.T0.plusSeconds(100));
    assertEquals(Set.of(s), store().candidates(query, List.of(s)));
    ConsentEvent ok = withdraw("w-2", s, "marketing.similar-goods.sms", 2);
    ConsentEvent ok2 = grant("g-3", SubjectId.of("s-2"), "marketing.similar-goods.sms", 3);
    // a stored id with other content, late in the batch
    EventConflictException stored = assertThrows(EventConflictException.class, () -> store().appendAll(
        List.of(entry(ok), entry(ok2), entry(withdraw("g-1", s, "marketing.similar-goods.sms", 9)))));
    assertEquals(EventId.of("g-1"), stored.id());
    // an id repeated inside the batch with other content
    EventConflictException repeated = assertThrows(EventConflictException.class, () -> store().appendAll(
        List.of(entry(ok), entry(ok2), entry(grant("w-2", s, "marketing.similar-goods.sms", 5)))));
    assertEquals(EventId.of("w-2"), repeated.id());
    assertEquals(Optional.empty(), store().find(ok.id()));
    assertEquals(Optional.empty(), store().find(ok2.id()));
    assertEquals(1, store().events(s).size());
    assertEquals(head, stores.audit().head().sequence());
    assertEquals(Set.of(s), store().candidates(query, List.of(s)), "the withdrawal of the failed batch left a fact behind");
    assertTrue(stores.audit().verify().intact());
  }

  /** @return look-alike pairs of hostile texts (NUL, backslashes, normal forms, homoglyphs, lone surrogates, ...) */
  @Provide
  Arbitrary<Tuple2<String, String>> lookAlikeIds() {
    return PrivacyArbitraries.lookAlikePairs();
  }

  /** @return hostile texts, some of which ids and references must refuse */
  @Provide
  Arbitrary<String> hostileTexts() {
    return PrivacyArbitraries.hostileStrings();
  }

  @Property(tries = 50)
  @Tag("hostile-ids")
  @Label("two different hostile ids never share stored events, and every accepted id and reference round-trips")
  void differentIdsNeverShareEvents(@ForAll("lookAlikeIds") Tuple2<String, String> ids,
      @ForAll("hostileTexts") String reference) {
    int n = ++tries;
    Evidence evidence = accepted("evidence reference", reference, 0, 512, r -> Evidence.of(Channel.CAF_PAPER, r))
        .orElseGet(() -> Evidence.of(Channel.CAF_PAPER, "the hostile reference was refused"));
    Optional<SubjectId> a = accepted("subject id", ids.get1(), 1, 256, SubjectId::of);
    Optional<SubjectId> b = accepted("subject id", ids.get2(), 1, 256, SubjectId::of);
    Optional<BrowserId> browserA = accepted("browser id", ids.get1(), 1, 256, BrowserId::of);
    Optional<BrowserId> browserB = accepted("browser id", ids.get2(), 1, 256, BrowserId::of);
    Statistics.label("accepted ids").collect(a.isPresent() && b.isPresent() ? "both" : a.isPresent() || b.isPresent() ? "one" : "none");

    // A (as a subject and as a browser) gets events; B must see none of them, and has no profile
    a.ifPresent(s -> appendAndRetry(granted(n + "-a", s, evidence, n)));
    browserA.ifPresent(br -> appendAndRetry(cookiesSet(n + "-ba", br, evidence, n)));
    b.ifPresent(s -> {
      assertEquals(expectedEvents(s), store().events(s), "B read events that are not its own");
      assertEquals(List.of(), stores.subjects().history(s), "B read a profile, but none was ever saved");
    });
    browserB.ifPresent(br -> assertEquals(expectedEvents(br), store().events(br), "browser B read events not its own"));

    // then B gets its own events, and subject A is linked to browser B
    b.ifPresent(s -> appendAndRetry(withdrawn(n + "-b", s, evidence, n)));
    if (a.isPresent() && browserB.isPresent()) {
      appendAndRetry(new VisitorLinked(EventId.of(n + "-l"), a.get(), browserB.get(), "1", at(n), at(n), evidence));
    }

    List<Holder> holders = new ArrayList<>();
    a.ifPresent(holders::add);
    b.ifPresent(holders::add);
    browserA.ifPresent(holders::add);
    browserB.ifPresent(holders::add);
    for (Holder h : holders) {
      assertEquals(expectedEvents(h), store().events(h), "a holder's history is not exactly its own events");
    }
    List<SubjectId> subjects = new ArrayList<>();
    a.ifPresent(subjects::add);
    b.ifPresent(subjects::add);
    Map<SubjectId, List<ConsentEvent>> bulk = new LinkedHashMap<>();
    for (SubjectId s : subjects) {
      if (!expectedEvents(s).isEmpty()) {
        bulk.put(s, expectedEvents(s));
      }
    }
    assertEquals(bulk, store().events(subjects), "the bulk read disagrees with the model");
  }

  @Property(tries = 80)
  @Tag("hostile-ids")
  @Label("retrying an identical event with a hostile event id, holder and reference returns the stored event")
  void retriesReturnTheStoredEvent(@ForAll("hostileTexts") String eventId, @ForAll("hostileTexts") String holder,
      @ForAll("hostileTexts") String reference, @ForAll boolean browser) {
    int n = ++tries;
    EventId id = accepted("event id", eventId, 1, 128, EventId::of).orElseGet(() -> EventId.of("refused-" + n));
    Evidence evidence = accepted("evidence reference", reference, 0, 512, r -> Evidence.of(Channel.WEBSITE, r))
        .orElseGet(() -> Evidence.of(Channel.WEBSITE, "the hostile reference was refused"));
    ConsentEvent event;
    if (browser) {
      BrowserId b = accepted("browser id", holder, 1, 256, BrowserId::of).orElseGet(() -> BrowserId.of("refused-" + n));
      event = cookiesSet(id.value(), b, evidence, n);
    } else {
      SubjectId s = accepted("subject id", holder, 1, 256, SubjectId::of).orElseGet(() -> SubjectId.of("refused-" + n));
      event = granted(id.value(), s, evidence, n);
    }
    Statistics.label("event id").collect(appended.containsKey(id) ? "reused with other content" : "new");
    appendAndRetry(event);
    assertEquals(expectedEvents(event.holder()), store().events(event.holder()));
  }

  /**
   * Appends {@code e} and then retries it, checking both against the model: a new id is appended
   * with one audit record; an id stored with the same content, or the retry, returns the stored
   * event and writes nothing; an id stored with other content is refused and writes nothing.
   */
  private void appendAndRetry(ConsentEvent e) {
    ConsentEvent stored = appended.get(e.id());
    long head = stores.audit().head().sequence();
    if (stored != null && !stored.equals(e)) {
      EventConflictException conflict = assertThrows(EventConflictException.class, () -> append(e));
      assertEquals(e.id(), conflict.id());
      assertEquals(head, stores.audit().head().sequence(), "a refused append wrote an audit record");
      assertEquals(Optional.of(stored), store().find(e.id()));
      return;
    }
    AppendResult first = append(e);
    appended.putIfAbsent(e.id(), e);
    assertEquals(stored == null, first.appended(), "appended");
    assertEquals(e, first.event(), "the append returned another event than the one stored");
    assertEquals(head + (stored == null ? 1 : 0), stores.audit().head().sequence(), "audit records written");
    AppendResult retry = assertDoesNotThrow(() -> append(e), "an identical retry was refused");
    assertFalse(retry.appended(), "an identical retry was appended again");
    assertEquals(e, retry.event(), "the retry did not return the stored event");
    assertEquals(head + (stored == null ? 1 : 0), stores.audit().head().sequence(), "the retry wrote an audit record");
    assertEquals(Optional.of(e), store().find(e.id()));
  }

  /** @return the model's events of {@code holder} (for a browser, also the links to it), in canonical order */
  private List<ConsentEvent> expectedEvents(Holder holder) {
    return appended.values().stream()
        .filter(e -> e.holder().equals(holder) || e instanceof VisitorLinked v && v.browser().equals(holder))
        .sorted(ConsentEvent.ORDER)
        .toList();
  }

  private static Instant at(int n) {
    return ContractEvents.T0.plusSeconds(n);
  }

  private static ConsentGranted granted(String id, SubjectId s, Evidence evidence, int n) {
    return new ConsentGranted(EventId.of(id), s, Set.of(PurposeId.of("marketing.similar-goods.sms")), "1", at(n), at(n), evidence);
  }

  private static ConsentWithdrawn withdrawn(String id, SubjectId s, Evidence evidence, int n) {
    return new ConsentWithdrawn(EventId.of(id), s, Set.of(PurposeId.of("marketing.similar-goods.sms")), "1", at(n), at(n), evidence);
  }

  private static CookiePreferencesSet cookiesSet(String id, BrowserId b, Evidence evidence, int n) {
    return new CookiePreferencesSet(EventId.of(id), b, Set.of(CookieCategoryId.of("cookie.functional")),
        Set.of(CookieCategoryId.of("cookie.behavioural-advertising")), "1", at(n), at(n), evidence);
  }
}
