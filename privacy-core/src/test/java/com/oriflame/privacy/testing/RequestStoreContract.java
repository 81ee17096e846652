package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.ClauseRef;
import com.oriflame.privacy.policy.DeadlineUnit;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.PurposeId;
import com.oriflame.privacy.rights.DeadlineSource;
import com.oriflame.privacy.rights.RefusalGround;
import com.oriflame.privacy.rights.RequestCodec;
import com.oriflame.privacy.rights.RequestDeadline;
import com.oriflame.privacy.rights.RequestFee;
import com.oriflame.privacy.rights.RequestId;
import com.oriflame.privacy.rights.RequestKind;
import com.oriflame.privacy.rights.RequestMedium;
import com.oriflame.privacy.rights.RequestRecord;
import com.oriflame.privacy.rights.RequestState;
import com.oriflame.privacy.rights.RequestTransition;
import com.oriflame.privacy.spi.StoredRow;
import com.oriflame.privacy.spi.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link com.oriflame.privacy.spi.RequestStore} must pass: run on the in-memory
 * reference ({@code InMemoryRequestStoreTest}), H2 ({@code H2RequestStoreTest}) and PostgreSQL
 * ({@code PostgresRequestStoreIT}).
 */
public abstract class RequestStoreContract {
  private static final Instant T0 = Instant.parse("2025-04-14T04:00:00.000001Z");
  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  private static AuditDraft audit(String action) {
    return new AuditDraft(T0, action, "", "1", Map.of("request", "r"));
  }

  private static RequestRecord request(String id, String subject, RequestKind kind, Instant at, Optional<LocalDate> due) {
    Map<CategoryId, String> corrections = new LinkedHashMap<>();
    corrections.put(CategoryId.of("contact.email"), "новый@пример.kg \u0000 \"quoted\"");
    corrections.put(CategoryId.of("identity.full-name"), "Асан Үсөнов");
    return new RequestRecord(RequestId.of(id), kind, SubjectId.of(subject), Channel.EMAIL, "msg <4711@mail.kg>", at, "1",
        due.map(d -> new RequestDeadline(7, DeadlineUnit.CALENDAR_DAYS, DeadlineSource.LAW,
            List.of(ClauseRef.of("Art. 17(e)")), d, d.plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Bishkek")).toInstant())),
        RequestFee.of(RequestFee.Basis.WRITTEN_ACCESS_FREE), RequestMedium.ELECTRONIC,
        Set.of(CategoryId.of("contact.email")), corrections, Set.of(ObjectionId.of("objection.marketing")),
        Set.of(PurposeId.of("marketing.similar-goods.sms")), "Жалоба: «нарушение»\nвторая строка",
        List.of(EventId.of("ev-1")), List.of(new RequestTransition(1, RequestState.RECEIVED, at, "", "", Optional.empty())));
  }

  private static RequestTransition move(int sequence, RequestState state, Instant at) {
    return new RequestTransition(sequence, state, at, "agent-7", "паспорт проверен",
        state == RequestState.REFUSED ? Optional.of(RefusalGround.RIGHTS_OF_OTHERS) : Optional.empty());
  }

  @Test
  @DisplayName("a received request is stored whole with its first transition and audited; the same id again stores nothing")
  void receive() {
    RequestRecord r = request("req-1", "KG-0001", RequestKind.RECTIFICATION, T0, Optional.of(LocalDate.of(2025, 4, 21)));
    assertTrue(stores.requests().receive(r, audit("request.received")));
    assertEquals(Optional.of(r), stores.requests().find(r.id()));
    assertFalse(stores.requests().receive(request("req-1", "KG-0002", RequestKind.ACCESS, T0, Optional.empty()),
        audit("request.received")));
    assertEquals(Optional.of(r), stores.requests().find(r.id()));
    assertEquals(1, stores.audit().head().sequence());
    assertEquals(Optional.empty(), stores.requests().find(RequestId.of("req-2")));
  }

  @Test
  @DisplayName("transitions append only in sequence, each with its audit record; a taken or skipped sequence writes nothing")
  void transitions() {
    RequestRecord r = request("req-1", "KG-0001", RequestKind.ACCESS, T0, Optional.of(LocalDate.of(2025, 4, 21)));
    stores.requests().receive(r, audit("request.received"));
    RequestTransition verified = move(2, RequestState.IDENTITY_VERIFIED, T0.plusSeconds(60));
    assertTrue(stores.requests().transition(r.id(), verified, audit("request.identity-verified")));
    assertFalse(stores.requests().transition(r.id(), move(2, RequestState.IN_PROGRESS, T0.plusSeconds(61)), audit("x")));
    assertFalse(stores.requests().transition(r.id(), move(4, RequestState.IN_PROGRESS, T0.plusSeconds(61)), audit("x")));
    assertFalse(stores.requests().transition(RequestId.of("unknown"), move(2, RequestState.IN_PROGRESS, T0), audit("x")));
    RequestTransition refused = move(3, RequestState.REFUSED, T0.plusSeconds(120));
    assertTrue(stores.requests().transition(r.id(), refused, audit("request.refused")));
    assertEquals(Optional.of(r.with(verified).with(refused)), stores.requests().find(r.id()));
    assertEquals(3, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
  }

  @Test
  @DisplayName("a subject's requests come by receipt instant then id; other subjects' never")
  void forSubject() {
    RequestRecord late = request("a", "KG-0001", RequestKind.ACCESS, T0.plusSeconds(10), Optional.empty());
    RequestRecord early = request("b", "KG-0001", RequestKind.ERASURE, T0, Optional.empty());
    RequestRecord same = request("c", "KG-0001", RequestKind.COMPLAINT, T0, Optional.empty());
    RequestRecord other = request("d", "KG-0002", RequestKind.ACCESS, T0, Optional.empty());
    for (RequestRecord r : List.of(late, early, same, other)) {
      stores.requests().receive(r, audit("request.received"));
    }
    assertEquals(List.of(early, same, late), stores.requests().forSubject(SubjectId.of("KG-0001")));
    assertEquals(List.of(), stores.requests().forSubject(SubjectId.of("KG-0003")));
  }

  @Test
  @DisplayName("open requests expiring before an instant come by expiry; closed ones and those without deadline never")
  void openExpiring() {
    RequestRecord first = request("a", "KG-0001", RequestKind.ACCESS, T0, Optional.of(LocalDate.of(2025, 4, 21)));
    RequestRecord second = request("b", "KG-0002", RequestKind.ACCESS, T0, Optional.of(LocalDate.of(2025, 4, 22)));
    RequestRecord closed = request("c", "KG-0003", RequestKind.ACCESS, T0, Optional.of(LocalDate.of(2025, 4, 20)));
    RequestRecord none = request("d", "KG-0004", RequestKind.COMPLAINT, T0, Optional.empty());
    for (RequestRecord r : List.of(second, first, closed, none)) {
      stores.requests().receive(r, audit("request.received"));
    }
    stores.requests().transition(closed.id(), move(2, RequestState.WITHDRAWN, T0.plusSeconds(5)), audit("request.withdrawn"));
    Instant firstExpiry = first.deadline().orElseThrow().expiresAt();
    Instant secondExpiry = second.deadline().orElseThrow().expiresAt();
    assertEquals(List.of(), stores.requests().openExpiringBefore(firstExpiry));
    assertEquals(List.of(first), stores.requests().openExpiringBefore(firstExpiry.plusNanos(1_000)));
    RequestRecord inProgress = first.with(move(2, RequestState.IN_PROGRESS, T0.plusSeconds(9)));
    stores.requests().transition(first.id(), inProgress.last(), audit("request.in-progress"));
    assertEquals(List.of(inProgress, second), stores.requests().openExpiringBefore(secondExpiry.plusSeconds(1)));
  }

  @Test
  @DisplayName("scan gives every request and transition in its canonical form, readable back")
  void scan() {
    RequestRecord r = request("req-1", "KG-0001", RequestKind.ACCESS, T0, Optional.of(LocalDate.of(2025, 4, 21)));
    stores.requests().receive(r, audit("request.received"));
    RequestTransition t = move(2, RequestState.IDENTITY_VERIFIED, T0.plusSeconds(1));
    stores.requests().transition(r.id(), t, audit("request.identity-verified"));
    List<StoredRow> rows = new ArrayList<>();
    stores.requests().scan(rows::add);
    assertEquals(List.of(StoredRow.of("req-1", RequestCodec.write(r)), StoredRow.of("req-1#1", RequestCodec.write(r.last())),
        StoredRow.of("req-1#2", RequestCodec.write(t))), rows);
    assertEquals(r.with(t), RequestCodec.read(rows.get(0).form(), List.of(rows.get(1).form(), rows.get(2).form())));
  }
}
