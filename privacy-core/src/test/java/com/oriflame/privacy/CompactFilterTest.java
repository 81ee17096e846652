package com.oriflame.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.DecisionSpan;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code filter} over the compact index: a repeated campaign answers from the kept spans, and
 * agrees with {@code check} after writes through the engine, writes by another process (after
 * refresh or the expiry), a move of the instant out of a span, and past the index's capacity.
 */
class CompactFilterTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final MutableClock clock = MutableClock.at("2024-02-01T00:00:00Z");
  private final AtomicLong ticks = new AtomicLong();
  private final FailClosedTest.FlakyStores stores = new FailClosedTest.FlakyStores();

  private PrivacyEngine engine() {
    return PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).ticker(ticks::get).cacheExpiry(Duration.ofSeconds(1))
        .build();
  }

  private List<SubjectId> register(PrivacyEngine engine, int n) {
    List<SubjectId> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      SubjectId s = SubjectId.of("compact-" + i);
      engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 1, 1))
          .contract(Contract.since(Instant.parse("2024-01-01T00:00:00Z"))).providedCategories(policy.categories("contact"))
          .productLines(List.of("skin-care")).build());
      engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF " + i));
      if (i % 3 != 0) {
        engine.consents().grant(s, sms, Evidence.of(Channel.CAF_PAPER, "CAF " + i));
      }
      all.add(s);
    }
    return all;
  }

  private Request template(SubjectId s) {
    return Request.of(s, sms, policy.categories("contact.mobile-phone")).withProductLine("skin-care");
  }

  private Set<SubjectId> checked(PrivacyEngine engine, List<SubjectId> all, Request template) {
    Set<SubjectId> permitted = new LinkedHashSet<>();
    for (SubjectId s : all) {
      if (engine.check(template.withSubject(s)).permitted()) {
        permitted.add(s);
      }
    }
    return permitted;
  }

  @Test
  @DisplayName("a repeated campaign answers from the index without reading; writes through the engine count at once")
  void repeatedCampaign() {
    PrivacyEngine engine = engine();
    List<SubjectId> all = register(engine, 30);
    clock.advance(Duration.ofDays(1));
    Request t = template(all.get(1));
    Set<SubjectId> first = engine.filter(all, t);
    assertEquals(20, first.size());
    assertEquals(List.copyOf(checked(engine, all, t)), List.copyOf(first), "filter equals check, in the order asked");
    engine.refreshAll();
    first = engine.filter(all, t);
    stores.bulkReads.clear();
    stores.down = true;
    assertEquals(first, engine.filter(all, t), "the index answers: no store is read");
    assertTrue(stores.bulkReads.isEmpty());
    assertEquals(30, engine.compactIndex().size());
    stores.down = false;
    engine.consents().withdraw(all.get(1), sms, Evidence.of(Channel.EMAIL, "stop"));
    engine.consents().grant(all.get(0), sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "yes"));
    Set<SubjectId> after = engine.filter(all, t);
    assertEquals(checked(engine, all, t), after);
    assertTrue(after.contains(all.get(0)) && !after.contains(all.get(1)), "both writes count at the next campaign");
    assertThrows(UnsupportedOperationException.class, () -> after.add(all.get(3)), "the result is unmodifiable");
  }

  @Test
  @DisplayName("another process's write counts after refresh or the expiry; repeats count once; an instant outside the span reads again")
  void otherProcessAndSpans() {
    PrivacyEngine reader = engine();
    PrivacyEngine writer = engine();
    List<SubjectId> all = register(writer, 9);
    Instant granted = clock.instant();
    clock.advance(Duration.ofDays(10));
    SubjectId s = all.get(1);
    Request t = template(s);
    List<SubjectId> repeated = new ArrayList<>(all);
    repeated.addAll(all);
    assertEquals(6, reader.filter(repeated, t).size(), "repeats count once");
    writer.consents().withdraw(s, sms, Evidence.of(Channel.EMAIL, "stop"));
    assertTrue(reader.filter(all, t).contains(s), "within the expiry the kept span answers");
    reader.refresh(s);
    assertTrue(!reader.filter(all, t).contains(s), "refresh reads the subject again");
    writer.consents().grant(s, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "again"));
    // a subject the candidate query ruled out is kept as denied until the expiry
    assertTrue(!reader.filter(all, t).contains(s), "within the expiry the kept denial answers");
    reader.refresh(s);
    assertTrue(reader.filter(all, t).contains(s), "refresh reads the subject again");
    writer.consents().withdraw(all.get(2), sms, Evidence.of(Channel.EMAIL, "stop"));
    ticks.addAndGet(Duration.ofMillis(999).toNanos());
    assertTrue(reader.filter(all, t).contains(all.get(2)), "within the expiry the kept span answers");
    ticks.addAndGet(Duration.ofMillis(1).toNanos());
    assertTrue(!reader.filter(all, t).contains(all.get(2)), "after the expiry the stores are read again");
    // a campaign about the past: the same shape, an instant outside the kept span
    Request past = t.withInstant(granted.minusSeconds(1));
    assertEquals(checked(reader, all, past), reader.filter(all, past));
    assertEquals(Set.of(), reader.filter(all, past));
    assertEquals(checked(reader, all, t), reader.filter(all, t));
    clock.advance(Duration.ofDays(400));
    reader.refreshAll();
    assertEquals(checked(reader, all, t), reader.filter(all, t), "later: kept denials and spans agree with check");
    assertEquals(checked(reader, all, t.withInstant(clock.instant().plusSeconds(5))), reader.filter(all, t.withInstant(
        clock.instant().plusSeconds(5))));
  }

  @Test
  @DisplayName("past the index's capacity subjects are decided from their records, as check")
  void capacity() {
    PrivacyEngine engine = engine();
    List<SubjectId> all = register(engine, 12);
    CompactIndex small = new CompactIndex(5, Duration.ofSeconds(1).toNanos(), 0);
    SubjectId[] asked = all.toArray(new SubjectId[0]);
    CompactIndex.Scan scan = small.scan("shape", asked, 0, 0);
    assertEquals(5, small.size());
    assertEquals(12, scan.staleCount);
    assertEquals(CompactIndex.UNNUMBERED, scan.number[11]);
    Request t = template(all.get(1));
    assertEquals(checked(engine, all, t), engine.filter(all, t));
  }

  @Test
  @DisplayName("with a change feed another engine's writes count at the next campaign, and unchanged entries outlive the expiry unread")
  void changeFeed() {
    stores.feed = true;
    PrivacyEngine reader = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).ticker(ticks::get)
        .cacheExpiry(Duration.ofHours(1)).build();
    PrivacyEngine writer = engine();
    List<SubjectId> all = register(writer, 12);
    clock.advance(Duration.ofDays(2));
    Request t = template(all.get(1));
    assertEquals(checked(writer, all, t), reader.filter(all, t));
    SubjectId withdrawing = all.get(1);
    SubjectId granting = all.get(3); // never granted: ruled out by the candidate query and kept as denied
    writer.consents().withdraw(withdrawing, sms, Evidence.of(Channel.EMAIL, "stop"));
    writer.consents().grant(granting, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "yes"));
    Set<SubjectId> after = reader.filter(all, t);
    assertTrue(!after.contains(withdrawing) && after.contains(granting), "both writes count at once, within the expiry");
    assertEquals(checked(writer, all, t), after);
    assertTrue(!reader.check(t.withSubject(withdrawing)).permitted(), "the feed also drops what check kept");
    ticks.addAndGet(Duration.ofHours(2).toNanos());
    stores.bulkReads.clear();
    assertEquals(after, reader.filter(all, t), "past the expiry, the feed confirms what was kept");
    assertTrue(stores.bulkReads.isEmpty(), "no subject is read again: " + stores.bulkReads.size());
    writer.consents().grant(all.get(6), sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "yes"));
    assertTrue(reader.filter(all, t).contains(all.get(6)));
    assertEquals(List.of(all.get(6)), stores.bulkReads, "only the changed subject is read");
  }

  @Test
  @DisplayName("a change feed that cannot be read confirms nothing: kept entries run out with the expiry, never permitting on old data")
  void changeFeedDown() {
    stores.feed = true;
    PrivacyEngine reader = engine();
    PrivacyEngine writer = engine();
    List<SubjectId> all = register(writer, 9);
    clock.advance(Duration.ofDays(2));
    Request t = template(all.get(1));
    assertTrue(reader.filter(all, t).contains(all.get(1)));
    stores.feedDown = true;
    writer.consents().withdraw(all.get(1), sms, Evidence.of(Channel.EMAIL, "stop"));
    ticks.addAndGet(Duration.ofMillis(1500).toNanos());
    Set<SubjectId> after = reader.filter(all, t);
    assertTrue(!after.contains(all.get(1)), "past the expiry the subject is read again, feed or not");
    assertEquals(checked(writer, all, t), after);
    stores.feedDown = false;
    writer.consents().withdraw(all.get(2), sms, Evidence.of(Channel.EMAIL, "stop"));
    assertTrue(!reader.filter(all, t).contains(all.get(2)), "the feed, back, lists what changed while it was down");
  }

  @Test
  @DisplayName("what was read before a reading of the change feed began is not kept; the first reading forgets everything")
  void readsOlderThanAFeedReadingAreNotKept() {
    CompactIndex index = new CompactIndex(100, Duration.ofHours(1).toNanos(), 0);
    SubjectId[] asked = {SubjectId.of("a"), SubjectId.of("b")};
    DecisionSpan[] permit = {new DecisionSpan(true, 0, 100), new DecisionSpan(true, 0, 100)};
    int[] positions = {0, 1};
    CompactIndex.Scan scan = index.scan("shape", asked, 50, 0);
    long reading = index.readings();
    index.keep(scan, positions, permit, 0, 2, 0, true, reading);
    assertEquals(0, index.scan("shape", asked, 50, 0).staleCount, "kept");
    CompactIndex.Reading first = index.beginReading(0);
    index.endReading(first, 7, false);
    assertEquals(2, index.scan("shape", asked, 50, 0).staleCount, "the first reading forgets what predates its position");
    scan = index.scan("shape", asked, 50, 0);
    reading = index.readings();
    CompactIndex.Reading second = index.beginReading(0); // begins while the read is under way
    index.keep(scan, positions, permit, 0, 2, 0, true, reading);
    index.endReading(second, 9, false);
    assertEquals(2, index.scan("shape", asked, 50, 0).staleCount, "a read begun before the reading is not kept");
    scan = index.scan("shape", asked, 50, 0);
    index.keep(scan, positions, permit, 0, 2, 0, true, index.readings());
    long later = Duration.ofHours(2).toNanos();
    assertEquals(2, index.scan("shape", asked, 50, later).staleCount, "past the expiry, unconfirmed");
    CompactIndex.Reading third = index.beginReading(later);
    index.endReading(third, 9, false);
    assertEquals(0, index.scan("shape", asked, 50, later).staleCount, "a reading that listed neither confirms both");
  }
}
