package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The one stored form of consent events: every kind round-trips, and broken rows are refused without quoting them. */
class EventCodecProperties {

  @Provide
  Arbitrary<ConsentEvent> events() {
    // the emoji goes in whole (E stands for it): withChars would split its surrogate pair, and ids refuse a lone surrogate
    Arbitrary<String> text = Arbitraries.strings().withCharRange('a', 'z').withChars("Айгүл E'\"\\").ofMinLength(1).ofMaxLength(20)
        .map(s -> s.replace("E", "😀"));
    Arbitrary<Evidence> evidence = Combinators.combine(Arbitraries.of(Channel.class), text, Arbitraries.of(Actor.class),
        Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((c, ref, actor, notice, form) -> {
          Evidence e = Evidence.of(c, ref).withActor(actor).withForm(form ? FormId.of("form.caf.paper") : null);
          return notice ? e.withNotice(ref) : e;
        });
    Arbitrary<Instant> instants = Arbitraries.longs().between(1_400_000_000_000_000L, 1_900_000_000_000_000L)
        .map(us -> Instant.ofEpochSecond(us / 1_000_000, (us % 1_000_000) * 1_000));
    Set<PurposeId> purposes = Set.of(PurposeId.of("marketing.similar-goods.sms"), PurposeId.of("marketing.third-party"));
    Set<ObjectionId> objections = Set.of(ObjectionId.of("objection.marketing"));
    return Combinators.combine(Arbitraries.of(EventKind.class), text, text, instants, evidence, Arbitraries.of(true, false))
        .as((kind, id, holder, at, ev, boxes) -> {
          EventId eid = EventId.of(id);
          SubjectId s = SubjectId.of(holder);
          return switch (kind) {
            case POLICY_ACCEPTED -> new PolicyAccepted(eid, s, "1", at, at, ev, boxes ? purposes : Set.of(), boxes ? objections : Set.of());
            case CONSENT_GRANTED -> new ConsentGranted(eid, s, purposes, "1", at, at, ev);
            case CONSENT_WITHDRAWN -> new ConsentWithdrawn(eid, s, purposes, "1", at, at, ev);
            case OBJECTION_RAISED -> new ObjectionRaised(eid, s, objections, "1", at, at, ev);
            case OBJECTION_LIFTED -> new ObjectionLifted(eid, s, objections, "1", at, at, ev);
            case COOKIES_SET -> new CookiePreferencesSet(eid, boxes ? s : BrowserId.of(holder),
                Set.of(CookieCategoryId.of("cookie.functional")), Set.of(CookieCategoryId.of("cookie.behavioural-advertising")),
                "1", at, at, ev);
            case VISITOR_LINKED -> new VisitorLinked(eid, s, BrowserId.of(holder + "-browser"), "1", at, at, ev);
          };
        });
  }

  @Property(tries = 300)
  @Label("every kind of event round-trips through its stored form exactly")
  void roundTrip(@ForAll("events") ConsentEvent e) {
    assertEquals(e, EventCodec.read(EventCodec.write(e)));
    Statistics.collect(e.kind());
    Statistics.coverage(c -> {
      for (EventKind k : EventKind.values()) {
        c.check(k).count(n -> n > 0);
      }
    });
  }

  @Example
  @Label("a stored form that is not an event is refused with its position or the missing field, never its content")
  void brokenRows() {
    String secret = "Айгүл Асанова";
    IllegalArgumentException notJson = assertThrows(IllegalArgumentException.class, () -> EventCodec.read("{\"holder\":\"" + secret));
    assertFalse(notJson.getMessage().contains(secret), notJson::getMessage);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> EventCodec.read("{\"type\":\"consent.granted\",\"holder\":\"" + secret + "\"}"));
    assertEquals("a stored consent event has no 'id'", missing.getMessage());
    IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> EventCodec.read("{\"type\":\"consent.sold\"}"));
    assertEquals("unknown consent event type 'consent.sold'; known: [policy.accepted, consent.granted, consent.withdrawn,"
        + " objection.raised, objection.lifted, cookies.set, visitor.linked]", kind.getMessage());
  }
}
