package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.oriflame.privacy.PrivacyEngine;
import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.audit.VerificationResult.Kind;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.ConsentGranted;
import com.oriflame.privacy.consent.ConsentWithdrawn;
import com.oriflame.privacy.consent.EventCodec;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.Evidence;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.decision.Request;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.Purpose;
import com.oriflame.privacy.spi.Stores;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract that {@link PrivacyEngine#verifyAudit()} proves the ledger on a store: someone with
 * write access to the database who deletes, rewrites, forges or moves a consent-event row, or
 * edits a profile version, turns a denial into a permit, and verification names the kind and the
 * audit sequence of the first mismatch. Also: unreadable audit records and a missing head are
 * reported, never thrown, and a keyed chain or a host-kept anchor catches a rewritten tail.
 * Shipped in the core's test-jar; every store implements {@link Tamper} with its own means (maps
 * for memory, SQL for JDBC).
 */
public abstract class LedgerIntegrityContract {
  /** When the subjects registered. */
  protected static final Instant REGISTERED = Instant.parse("2024-01-02T10:00:00Z");
  private static final Instant NOW = Instant.parse("2024-02-01T09:00:00Z");
  private static final byte[] HOST_KEY = "a host-held audit key of 32 bytes".getBytes(StandardCharsets.UTF_8);

  /** What someone with write access to the store can do behind the library's back. */
  public interface Tamper {
    /** Deletes the row of an event. */
    void deleteEvent(EventId id);

    /** Rewrites the row of {@code edited.id()} so that it holds {@code edited}, consistently in every column. */
    void replaceEvent(ConsentEvent edited);

    /** Inserts an event row without an audit record. */
    void insertEvent(ConsentEvent forged);

    /** Clears the erased flag of the profile version of {@code subject} valid from {@code validFrom}. */
    void clearErased(SubjectId subject, Instant validFrom);

    /** Rewrites the audit records from {@code records.get(0).sequence()} on, and the head. */
    void rewriteAudit(List<AuditRecord> records, ChainHead head);

    /** Deletes the audit records after {@code keep} and sets the head to {@code head}. */
    void truncateAudit(long keep, ChainHead head);

    /**
     * Makes the stored details of an audit record unparseable.
     *
     * @return {@code false} if the store keeps details as objects that cannot be corrupted
     */
    boolean corruptAuditDetails(long sequence);

    /**
     * Deletes the stored head.
     *
     * @return {@code false} if the store has no separately stored head
     */
    boolean deleteHead();
  }

  private final Policy policy = Policies.oriflameKyrgyzstan2017();
  private final Purpose sms = policy.purpose("marketing.similar-goods.sms");
  private final MutableClock clock = new MutableClock(REGISTERED);
  /** The stores under test. */
  protected Stores stores;
  private PrivacyEngine engine;
  private Tamper tamper;
  private final SubjectId aigul = SubjectId.of("consultant-aigul");
  private final SubjectId bakyt = SubjectId.of("consultant-bakyt");

  /**
   * @param chain how the audit log links records
   * @return new, empty stores
   */
  protected abstract Stores newStores(AuditChain chain);

  /**
   * @param stores stores made by {@link #newStores}
   * @return the attacker's means on them
   */
  protected abstract Tamper tamper(Stores stores);

  /** Creates plain-chain stores and two registered Consultants. */
  @BeforeEach
  protected void world() {
    world(AuditChain.sha256());
  }

  private void world(AuditChain chain) {
    stores = newStores(chain);
    tamper = tamper(stores);
    // the tampering is a write behind the engine's back: keep no subject snapshots, so that checks see it at once
    engine = PrivacyEngine.builder().policy(policy).stores(stores).clock(clock).cacheExpiry(java.time.Duration.ZERO)
        .pseudonymKey("a stable pseudonym key".getBytes(StandardCharsets.UTF_8)).build();
    for (SubjectId s : List.of(aigul, bakyt)) {
      Consultants.register(engine, clock, s, REGISTERED);
    }
    clock.set(NOW);
  }

  private Request smsTo(SubjectId s) {
    return Consultants.smsAboutSkinCare(policy, s);
  }

  private ConsentEvent grant(SubjectId s) {
    return engine.consents().grant(s, sms, Evidence.of(Channel.ACCOUNT_SETTINGS, "tick")).event();
  }

  private ConsentEvent withdraw(SubjectId s) {
    clock.set(clock.instant().plusSeconds(3600));
    return engine.consents().withdraw(s, sms, Evidence.of(Channel.EMAIL, "msg-7781")).event();
  }

  /** @return the sequence of the audit record whose details name {@code key} = {@code value} */
  private long auditOf(String key, String value) {
    return stores.audit().read(1, 10_000).stream().filter(r -> value.equals(r.details().get(key)))
        .mapToLong(AuditRecord::sequence).max().orElseThrow(() -> new AssertionError("no audit record names " + value));
  }

  private static void assertBroken(Kind kind, long sequence, VerificationResult v) {
    assertFalse(v.intact(), v::toString);
    assertEquals(kind, v.kind(), v::toString);
    assertEquals(OptionalLong.of(sequence), v.firstBroken(), v::toString);
  }

  private static ConsentGranted asGrant(ConsentEvent w, SubjectId holder) {
    return new ConsentGranted(w.id(), holder, ((ConsentWithdrawn) w).purposes(), w.policyVersion(), w.effectiveAt(),
        w.recordedAt(), w.evidence());
  }

  @Test
  @DisplayName("an untouched ledger with grants, withdrawals and profile versions verifies intact up to its head")
  void intact() {
    grant(aigul);
    withdraw(aigul);
    grant(bakyt);
    engine.subjects().save(engine.subjects().find(bakyt).orElseThrow().toBuilder().erased(true).build());
    VerificationResult v = engine.verifyAudit();
    assertTrue(v.intact(), v::toString);
    assertEquals(stores.audit().head().sequence(), v.verified());
    assertTrue(engine.verifyAudit(stores.audit().head()).intact());
  }

  @Test
  @DisplayName("a deleted withdrawal row turns the denial into a permit, and verification reports DELETED at its record")
  void deletedWithdrawal() {
    grant(aigul);
    ConsentEvent w = withdraw(aigul);
    assertFalse(engine.check(smsTo(aigul)).permitted());
    tamper.deleteEvent(w.id());
    assertTrue(engine.check(smsTo(aigul)).permitted(), "the attack works on the decisions");
    assertBroken(Kind.DELETED, auditOf("event", w.id().value()), engine.verifyAudit());
  }

  @Test
  @DisplayName("a withdrawal rewritten into a grant is reported EDITED at its record")
  void withdrawalRewrittenIntoGrant() {
    grant(aigul);
    ConsentEvent w = withdraw(aigul);
    tamper.replaceEvent(asGrant(w, aigul));
    assertTrue(engine.check(smsTo(aigul)).permitted(), "the attack works on the decisions");
    assertBroken(Kind.EDITED, auditOf("event", w.id().value()), engine.verifyAudit());
  }

  @Test
  @DisplayName("a forged grant row that no audit record recorded is reported FORGED after the head")
  void forgedGrant() {
    ConsentEvent g = new ConsentGranted(EventId.of("forged-1"), bakyt, Set.of(sms.id()), policy.version(), NOW, NOW,
        Evidence.of(Channel.ACCOUNT_SETTINGS, "tick"));
    assertFalse(engine.check(smsTo(bakyt)).permitted());
    tamper.insertEvent(g);
    assertTrue(engine.check(smsTo(bakyt)).permitted(), "the attack works on the decisions");
    long head = stores.audit().head().sequence();
    assertBroken(Kind.FORGED, head + 1, engine.verifyAudit());
  }

  @Test
  @DisplayName("a grant moved to another subject is reported MOVED at its record, and the other subject was permitted by it")
  void grantMoved() {
    ConsentEvent g = grant(aigul);
    assertFalse(engine.check(smsTo(bakyt)).permitted());
    tamper.replaceEvent(new ConsentGranted(g.id(), bakyt, ((ConsentGranted) g).purposes(), g.policyVersion(),
        g.effectiveAt(), g.recordedAt(), g.evidence()));
    assertTrue(engine.check(smsTo(bakyt)).permitted(), "the attack works on the decisions");
    assertBroken(Kind.MOVED, auditOf("event", g.id().value()), engine.verifyAudit());
  }

  @Test
  @DisplayName("clearing a subject's erased flag in the store is reported EDITED at the profile version's record")
  void erasedFlagCleared() {
    grant(aigul);
    clock.set(NOW.plusSeconds(60));
    engine.subjects().save(engine.subjects().find(aigul).orElseThrow().toBuilder().erased(true).build());
    long saved = stores.audit().head().sequence();
    clock.set(NOW.plusSeconds(120));
    assertFalse(engine.check(smsTo(aigul)).permitted());
    ProfileVersion erased = engine.subjects().history(aigul).stream().filter(v -> v.profile().erased())
        .findFirst().orElseThrow();
    tamper.clearErased(aigul, erased.validFrom());
    assertTrue(engine.check(smsTo(aigul)).permitted(), "the attack works on the decisions");
    assertBroken(Kind.EDITED, saved, engine.verifyAudit());
  }

  @Test
  @DisplayName("audit details that no longer parse are reported UNREADABLE with their sequence, not thrown")
  void unreadableDetails() {
    grant(aigul);
    long seq = stores.audit().head().sequence();
    assumeTrue(tamper.corruptAuditDetails(seq), "this store keeps audit details as objects, which cannot be corrupted (the JDBC suites run it on H2 and PostgreSQL)");
    assertBroken(Kind.UNREADABLE, seq, engine.verifyAudit());
  }

  @Test
  @DisplayName("a missing head row is reported UNREADABLE, not thrown")
  void missingHead() {
    grant(aigul);
    assumeTrue(tamper.deleteHead(), "this store has no separately stored head (the JDBC suites run it on H2 and PostgreSQL)");
    VerificationResult v = engine.verifyAudit();
    assertFalse(v.intact(), v::toString);
    assertEquals(Kind.UNREADABLE, v.kind(), v::toString);
  }

  /** The head a host kept elsewhere (a log line, another database) before the attack. */
  private ChainHead anchor;

  /**
   * Rewrites a withdrawal and its audit record into a grant's and re-links the tail and head with
   * {@code attacker}, keeping {@link #anchor} first.
   *
   * @return the sequence of the rewritten record
   */
  private long rewriteWithdrawalAndTail(AuditChain attacker) {
    grant(aigul);
    ConsentEvent w = withdraw(aigul);
    grant(bakyt);
    anchor = stores.audit().head();
    ConsentGranted g = asGrant(w, aigul);
    long seq = auditOf("event", w.id().value());
    ChainHead previous = ChainHead.of(stores.audit().read(seq - 1, 1).get(0));
    List<AuditRecord> relinked = new ArrayList<>();
    for (AuditRecord r : stores.audit().read(seq, 10_000)) {
      AuditDraft d = r.draft();
      if (r.sequence() == seq) {
        Map<String, String> details = new TreeMap<>(d.details());
        details.put("digest", Digests.sha256(EventCodec.write(g)));
        d = new AuditDraft(d.at(), g.type(), d.subjectRef(), d.policyVersion(), details);
      }
      AuditRecord linked = attacker.link(previous, d);
      relinked.add(linked);
      previous = ChainHead.of(linked);
    }
    tamper.replaceEvent(g);
    tamper.rewriteAudit(relinked, previous);
    assertTrue(engine.check(smsTo(aigul)).permitted(), "the attack works on the decisions");
    return seq;
  }

  @Test
  @DisplayName("on a plain chain a rewrite of row, record, tail and head passes verifyAudit(), but not a host-kept anchor")
  void anchorCatchesRewrittenTail() {
    rewriteWithdrawalAndTail(AuditChain.sha256());
    assertTrue(engine.verifyAudit().intact(), "a plain SHA-256 chain can be recomputed by whoever writes the database");
    assertBroken(Kind.ANCHOR, anchor.sequence(), engine.verifyAudit(anchor));
  }

  @Test
  @DisplayName("on a keyed (HMAC) chain the same rewrite, re-hashed without the host's key, breaks the chain at the record")
  void keyedChainCatchesRewrittenTail() {
    world(AuditChain.hmacSha256(HOST_KEY));
    long seq = rewriteWithdrawalAndTail(AuditChain.sha256());
    assertBroken(Kind.CHAIN, seq, engine.verifyAudit());
    world(AuditChain.hmacSha256(HOST_KEY));
    long again = rewriteWithdrawalAndTail(
        AuditChain.hmacSha256("a guessed key of 32 bytes or more".getBytes(StandardCharsets.UTF_8)));
    assertBroken(Kind.CHAIN, again, engine.verifyAudit());
  }

  @Test
  @DisplayName("deleting the newest row with its audit record and moving the head back is caught only by an anchor")
  void anchorCatchesTruncation() {
    grant(aigul);
    ChainHead before = stores.audit().head();
    ConsentEvent w = withdraw(aigul);
    ChainHead kept = stores.audit().head();
    tamper.deleteEvent(w.id());
    tamper.truncateAudit(before.sequence(), before);
    assertTrue(engine.check(smsTo(aigul)).permitted(), "the attack works on the decisions");
    assertTrue(engine.verifyAudit().intact(), "a consistent truncation leaves nothing to compare against");
    assertBroken(Kind.ANCHOR, before.sequence() + 1, engine.verifyAudit(kept));
  }
}
