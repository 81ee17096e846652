package com.oriflame.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.ReasonCode;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.memory.InMemoryStores;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link PrivacyEngine.Builder}: bad input is refused at the setter; the pseudonym key is the stores' unless the host sets one. */
class PrivacyEngineBuilderTest {
  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final SubjectId subject = SubjectId.of("consultant-000123");

  @Test
  @DisplayName("each setter refuses null, naming the argument and what to do instead")
  void nulls() {
    PrivacyEngine.Builder b = PrivacyEngine.builder();
    assertEquals("policy must not be null; pass e.g. Policies.oriflameKyrgyzstan2017()",
        assertThrows(NullPointerException.class, () -> b.policy(null)).getMessage());
    assertEquals("stores must not be null; pass e.g. InMemoryStores.create()",
        assertThrows(NullPointerException.class, () -> b.stores(null)).getMessage());
    assertEquals("clock must not be null; omit clock(...) for Clock.systemUTC()",
        assertThrows(NullPointerException.class, () -> b.clock(null)).getMessage());
    assertEquals("zone must not be null; omit zone(...) for the policy's zone",
        assertThrows(NullPointerException.class, () -> b.zone(null)).getMessage());
    assertEquals("pseudonymKey must not be null; omit pseudonymKey(...) to use the key the stores keep",
        assertThrows(NullPointerException.class, () -> b.pseudonymKey(null)).getMessage());
  }

  @Test
  @DisplayName("a short pseudonym key is refused at the setter with its length; the key is copied")
  void keyLength() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PrivacyEngine.builder().pseudonymKey(new byte[15]));
    assertEquals("pseudonymKey must have at least 16 bytes, had 15; use e.g. 32 random bytes from your vault", e.getMessage());
    byte[] key = "sixteen bytes ok".getBytes(StandardCharsets.UTF_8);
    InMemoryStores stores = InMemoryStores.create();
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).pseudonymKey(key).build();
    String ref = engine.consents().grant(subject, sms, Evidence.of(Channel.CAF_PAPER, "CAF 1")).receipt().orElseThrow()
        .subjectRef();
    key[0] ^= 1;
    assertEquals(ref, engine.consents().grant(subject, sms, Evidence.of(Channel.CAF_PAPER, "CAF 2")).receipt()
        .orElseThrow().subjectRef(), "changing the caller's array changes nothing");
  }

  @Test
  @DisplayName("build() without policy or stores says which is missing and how to set it")
  void missing() {
    assertEquals("policy is missing: call policy(...), e.g. with Policies.oriflameKyrgyzstan2017()",
        assertThrows(IllegalStateException.class, () -> PrivacyEngine.builder().stores(InMemoryStores.create()).build())
            .getMessage());
    assertEquals("stores are missing: call stores(...), e.g. with InMemoryStores.create()",
        assertThrows(IllegalStateException.class, () -> PrivacyEngine.builder().policy(policy).build()).getMessage());
  }

  @Test
  @DisplayName("without a host key, engines on one InMemoryStores share its key, other instances have their own; a host key wins")
  void inMemoryKeys() {
    InMemoryStores shared = InMemoryStores.create();
    String a = ref(PrivacyEngine.builder().policy(policy).stores(shared).build());
    String b = ref(PrivacyEngine.builder().policy(policy).stores(shared).build());
    String other = ref(PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).build());
    byte[] vault = "a stable secret from the vault!!".getBytes(StandardCharsets.UTF_8);
    String hosted = ref(PrivacyEngine.builder().policy(policy).stores(shared).pseudonymKey(vault).build());
    assertEquals(a, b);
    assertNotEquals(a, other);
    assertNotEquals(a, hosted);
    assertEquals(hosted, ref(PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).pseudonymKey(vault).build()));
    byte[] key = shared.pseudonymKey();
    key[0] ^= 1;
    assertArrayEquals(shared.pseudonymKey(), shared.pseudonymKey());
    assertFalse(java.util.Arrays.equals(key, shared.pseudonymKey()), "callers get a copy");
  }

  private String ref(PrivacyEngine engine) {
    return engine.consents().grant(subject, sms, Evidence.of(Channel.CAF_PAPER, "CAF 1")).receipt().orElseThrow().subjectRef();
  }

  @Test
  @DisplayName("null arguments of the engine's services are NullPointerExceptions naming the argument")
  void nullArguments() {
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(InMemoryStores.create()).build();
    Evidence caf = Evidence.of(Channel.CAF_PAPER, "CAF 1");
    assertEquals("subject must not be null", assertThrows(NullPointerException.class,
        () -> engine.consents().grant(null, sms, caf)).getMessage());
    assertEquals("evidence must not be null", assertThrows(NullPointerException.class,
        () -> engine.consents().withdraw(subject, sms, null)).getMessage());
    assertEquals("purpose must not be null", assertThrows(NullPointerException.class,
        () -> engine.consents().importing(java.time.Instant.EPOCH.plusSeconds(1_600_000_000L)).grant(subject, (Purpose) null, caf))
        .getMessage());
    assertEquals("at must not be null", assertThrows(NullPointerException.class, () -> engine.consents().importing(null))
        .getMessage());
    assertEquals("request must not be null", assertThrows(NullPointerException.class, () -> engine.check(null)).getMessage());
    assertEquals("records must not be null", assertThrows(NullPointerException.class, () -> engine.audit().scan(1, null))
        .getMessage());
    assertEquals("profile must not be null", assertThrows(NullPointerException.class, () -> engine.subjects().save(null))
        .getMessage());
  }

  @Test
  @DisplayName("build() touches no store: an engine built while its database is away denies, then works when it returns")
  void buildsWhileStoresAreDown() {
    FailClosedTest.FlakyStores stores = new FailClosedTest.FlakyStores();
    stores.down = true;
    PrivacyEngine engine = PrivacyEngine.builder().policy(policy).stores(stores).build();
    Request request = Request.of(subject, sms, policy.categories("contact.mobile-phone"));
    assertEquals(ReasonCode.STORE_UNAVAILABLE, engine.check(request).reasons().get(0).code());
    assertThrows(com.oriflame.privacy.spi.StoreException.class,
        () -> engine.consents().grant(subject, sms, Evidence.of(Channel.CAF_PAPER, "CAF 1")));
    stores.down = false;
    assertEquals(stores.real.pseudonymKey().length, 32);
    assertTrue(engine.consents().grant(subject, sms, Evidence.of(Channel.CAF_PAPER, "CAF 1")).appended());
    assertTrue(engine.audit().verify().intact());
  }
}
