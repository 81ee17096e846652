package com.oriflame.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Contract;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.consent.SubjectProfile;
import com.oriflame.privacy.decision.Decision;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The subject snapshots check keeps: write-through, refresh, the expiry bound, the size bound, store failure. */
class SubjectCacheTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final SubjectId subject = SubjectId.of("cached-subject");
  private final MutableClock clock = MutableClock.at("2024-02-01T00:00:00Z");
  private final AtomicLong ticks = new AtomicLong();

  private PrivacyEngine engine(FailClosedTest.FlakyStores stores, Duration expiry) {
    return PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).ticker(ticks::get).cacheExpiry(expiry).build();
  }

  private void register(PrivacyEngine engine, SubjectId s) {
    engine.subjects().save(SubjectProfile.builder(s).birthDate(LocalDate.of(1990, 1, 1))
        .contract(Contract.since(Instant.parse("2024-01-01T00:00:00Z"))).providedCategories(policy.categories("contact"))
        .productLines(java.util.List.of("skin-care")).build());
    engine.consents().acceptPolicy(s, Evidence.of(Channel.CAF_PAPER, "CAF 1"));
    engine.consents().grant(s, sms, Evidence.of(Channel.CAF_PAPER, "CAF 1"));
  }

  private Request smsTo(SubjectId s) {
    return Request.of(s, sms, policy.categories("contact.mobile-phone")).withProductLine("skin-care");
  }

  @Test
  @DisplayName("a write through the engine counts at the next check; a permit is reused for the same request")
  void writeThrough() {
    FailClosedTest.FlakyStores stores = new FailClosedTest.FlakyStores();
    PrivacyEngine engine = engine(stores, Duration.ofHours(1));
    register(engine, subject);
    Request at = smsTo(subject).withInstant(clock.instant());
    Decision first = engine.check(at);
    assertTrue(first.permitted(), first.explain(com.oriflame.privacy.policy.Language.EN));
    assertSame(first, engine.check(at), "the same request in the same interval reuses the permit");
    engine.consents().withdraw(subject, sms, Evidence.of(Channel.EMAIL, "stop"));
    assertTrue(engine.check(smsTo(subject)).hasReason(ReasonCode.CONSENT_WITHDRAWN));
  }

  @Test
  @DisplayName("a batch appended through the ledger counts at the next check, and later permits are cached again")
  void batchWriteThrough() {
    FailClosedTest.FlakyStores stores = new FailClosedTest.FlakyStores();
    PrivacyEngine engine = engine(stores, Duration.ofHours(1));
    register(engine, subject);
    assertTrue(engine.check(smsTo(subject)).permitted());
    clock.advance(Duration.ofSeconds(1));
    com.oriflame.privacy.consent.ConsentWithdrawn stop = new com.oriflame.privacy.consent.ConsentWithdrawn(
        com.oriflame.privacy.consent.EventId.of("batch-withdrawal"), subject, java.util.Set.of(sms.id()), policy.version(),
        clock.instant(), clock.instant(), Evidence.of(Channel.EMAIL, "stop"));
    engine.consents().appendAll(java.util.List.of(stop));
    assertTrue(engine.check(smsTo(subject)).hasReason(ReasonCode.CONSENT_WITHDRAWN), "the batch is seen at once");
    SubjectId other = SubjectId.of("cached-other");
    register(engine, other);
    Request at = smsTo(other).withInstant(clock.instant());
    Decision first = engine.check(at);
    assertTrue(first.permitted(), first.explain(com.oriflame.privacy.policy.Language.EN));
    assertSame(first, engine.check(at), "after a batch, snapshots are kept again");
  }

  @Test
  @DisplayName("a write by another process counts after refresh, or once the expiry has run out")
  void otherProcess() {
    FailClosedTest.FlakyStores stores = new FailClosedTest.FlakyStores();
    PrivacyEngine reader = engine(stores, Duration.ofSeconds(1));
    PrivacyEngine writer = engine(stores, Duration.ofSeconds(1));
    register(writer, subject);
    assertTrue(reader.check(smsTo(subject)).permitted());
    writer.consents().withdraw(subject, sms, Evidence.of(Channel.EMAIL, "stop"));
    assertTrue(reader.check(smsTo(subject)).permitted(), "within the expiry the kept snapshot answers");
    reader.refresh(subject);
    assertFalse(reader.check(smsTo(subject)).permitted(), "refresh reads the stores again");

    writer.consents().grant(subject, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
    assertFalse(reader.check(smsTo(subject)).permitted());
    ticks.addAndGet(Duration.ofMillis(999).toNanos());
    assertFalse(reader.check(smsTo(subject)).permitted());
    ticks.addAndGet(Duration.ofMillis(1).toNanos());
    assertTrue(reader.check(smsTo(subject)).permitted(), "after the expiry the stores are read again");
  }

  @Test
  @DisplayName("filter decides a subject with a kept snapshot from it, as check does, and reads the others; store down or not")
  void filterUsesKeptSnapshots() {
    FailClosedTest.FlakyStores stores = new FailClosedTest.FlakyStores();
    PrivacyEngine reader = engine(stores, Duration.ofSeconds(1));
    PrivacyEngine writer = engine(stores, Duration.ofSeconds(1));
    SubjectId other = SubjectId.of("uncached-subject");
    register(writer, subject);
    register(writer, other);
    assertTrue(reader.check(smsTo(subject)).permitted());
    writer.consents().withdraw(subject, sms, Evidence.of(Channel.EMAIL, "stop"));
    writer.consents().withdraw(other, sms, Evidence.of(Channel.EMAIL, "stop"));
    java.util.List<SubjectId> both = java.util.List.of(subject, other);
    assertEquals(java.util.Set.of(subject), reader.filter(both, smsTo(subject)),
        "within the expiry the kept snapshot answers filter as it answers check; the other subject is read");
    assertTrue(reader.check(smsTo(subject)).permitted());
    stores.down = true;
    assertEquals(java.util.Set.of(subject), reader.filter(both, smsTo(subject)), "a kept snapshot needs no store");
    stores.down = false;
    reader.refresh(subject);
    assertEquals(java.util.Set.of(), reader.filter(both, smsTo(subject)), "refresh reads the stores again");
  }

  @Test
  @DisplayName("check decides a request without instant as of now and returns it as asked; the same request reuses the permit")
  void requestAsAsked() {
    FailClosedTest.FlakyStores stores = new FailClosedTest.FlakyStores();
    PrivacyEngine engine = engine(stores, Duration.ofHours(1));
    register(engine, subject);
    Request asked = smsTo(subject);
    Decision.Permit first = (Decision.Permit) engine.check(asked);
    assertSame(asked, first.request());
    assertEquals(clock.instant(), first.at());
    assertSame(first, engine.check(asked), "the same request object at the same instant");
    clock.advance(Duration.ofSeconds(1));
    Decision later = engine.check(asked);
    assertEquals(clock.instant(), later.at(), "a later check is decided for its own now");
    assertEquals(first.reasons(), later.reasons());
  }

  @Test
  @DisplayName("store failure on a read denies and keeps nothing; the kept snapshot of a working read needs no store")
  void storeFailure() {
    FailClosedTest.FlakyStores stores = new FailClosedTest.FlakyStores();
    PrivacyEngine engine = engine(stores, Duration.ofSeconds(1));
    register(engine, subject);
    stores.down = true;
    assertTrue(engine.check(smsTo(subject)).hasReason(ReasonCode.STORE_UNAVAILABLE));
    stores.down = false;
    assertTrue(engine.check(smsTo(subject)).permitted(), "the failed read was not kept");
    stores.down = true;
    assertTrue(engine.check(smsTo(subject)).permitted(), "a kept snapshot is used without a store");
    ticks.addAndGet(Duration.ofSeconds(1).toNanos());
    assertTrue(engine.check(smsTo(subject)).hasReason(ReasonCode.STORE_UNAVAILABLE), "an expired one is not");
  }

  @Test
  @DisplayName("the cache keeps at most cacheSize subjects; size 0 or expiry 0 keeps none")
  void bounds() {
    InMemoryStores stores = InMemoryStores.create();
    PrivacyEngine one = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).cacheSize(1).build();
    one.check(smsTo(subject));
    one.check(smsTo(SubjectId.of("other")));
    assertEquals(1, one.cachedSubjects());
    PrivacyEngine none = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).cacheSize(0).build();
    none.check(smsTo(subject));
    assertEquals(0, none.cachedSubjects());
    assertThrows(IllegalArgumentException.class, () -> PrivacyEngine.builder().cacheSize(-1));
    assertThrows(IllegalArgumentException.class, () -> PrivacyEngine.builder().cacheExpiry(Duration.ofSeconds(-1)));
    NullPointerException e = assertThrows(NullPointerException.class, () -> PrivacyEngine.builder().ticker(null));
    assertTrue(e.getMessage().contains("System::nanoTime"), e.getMessage());
  }
}
