package com.oriflame.privacy.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.policy.BlockingGround;
import com.oriflame.privacy.policy.CategoryId;
import com.oriflame.privacy.policy.Channel;
import com.oriflame.privacy.policy.CookieCategoryId;
import com.oriflame.privacy.policy.FormId;
import com.oriflame.privacy.policy.HoldReason;
import com.oriflame.privacy.policy.Labels;
import com.oriflame.privacy.policy.ObjectionId;
import com.oriflame.privacy.policy.Policies;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.policy.PurposeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Pins the stored and canonical forms byte for byte: rows already in hosts' databases, and the
 * digests their audit records carry, must still read and verify after any change to the value
 * types. Change an expected string here only together with a migration of stored data.
 */
class StoredFormsTest {
  private static final Instant T = Instant.parse("2024-03-01T10:00:00.123456Z");
  private static final Instant LATER = Instant.parse("2024-03-02T11:30:00Z");
  private static final SubjectId SUBJECT = SubjectId.of("KG-000123");
  private static final String NOTICE = Evidence.sha256("Marketing notice text v1");

  private static Evidence full() {
    return Evidence.of(Channel.CAF_PAPER, "CAF 000123").withActor(Actor.GUARDIAN).withNotice("Marketing notice text v1")
        .withForm(FormId.of("form.caf.paper"));
  }

  @Test
  @DisplayName("consent events keep their stored form (EventCodec)")
  void events() {
    ConsentEvent grant = new ConsentGranted(EventId.of("e-1"), SUBJECT, Set.of(PurposeId.of("marketing.similar-goods.sms")), "1",
        T, LATER, full());
    assertEquals("{\"type\":\"consent.granted\",\"id\":\"e-1\",\"holderKind\":\"subject\",\"holder\":\"KG-000123\","
        + "\"policyVersion\":\"1\",\"effectiveAt\":\"2024-03-01T10:00:00.123456Z\",\"recordedAt\":\"2024-03-02T11:30:00Z\","
        + "\"evidence\":{\"channel\":\"CAF_PAPER\",\"reference\":\"CAF 000123\",\"actor\":\"GUARDIAN\",\"noticeHash\":\""
        + NOTICE + "\",\"form\":\"form.caf.paper\"},\"purposes\":[\"marketing.similar-goods.sms\"]}", EventCodec.write(grant));
    ConsentEvent accepted = new PolicyAccepted(EventId.of("e-2"), SUBJECT, "1", T, T, Evidence.of(Channel.CAF_WEB, ""),
        Set.of(PurposeId.of("marketing.similar-goods.email")), Set.of(ObjectionId.of("objection.marketing")));
    assertEquals("{\"type\":\"policy.accepted\",\"id\":\"e-2\",\"holderKind\":\"subject\",\"holder\":\"KG-000123\","
        + "\"policyVersion\":\"1\",\"effectiveAt\":\"2024-03-01T10:00:00.123456Z\",\"recordedAt\":\"2024-03-01T10:00:00.123456Z\","
        + "\"evidence\":{\"channel\":\"CAF_WEB\",\"reference\":\"\",\"actor\":\"SUBJECT\",\"noticeHash\":null,\"form\":null},"
        + "\"consents\":[\"marketing.similar-goods.email\"],\"optOuts\":[\"objection.marketing\"]}", EventCodec.write(accepted));
    ConsentEvent cookies = new CookiePreferencesSet(EventId.of("e-3"), BrowserId.of("b-9"),
        Set.of(CookieCategoryId.of("cookie.functional")), Set.of(), "1", T, T, Evidence.of(Channel.WEBSITE, "banner"));
    assertEquals("{\"type\":\"cookies.set\",\"id\":\"e-3\",\"holderKind\":\"browser\",\"holder\":\"b-9\","
        + "\"policyVersion\":\"1\",\"effectiveAt\":\"2024-03-01T10:00:00.123456Z\",\"recordedAt\":\"2024-03-01T10:00:00.123456Z\","
        + "\"evidence\":{\"channel\":\"WEBSITE\",\"reference\":\"banner\",\"actor\":\"SUBJECT\",\"noticeHash\":null,\"form\":null},"
        + "\"allowed\":[\"cookie.functional\"],\"refused\":[]}", EventCodec.write(cookies));
    for (ConsentEvent e : List.of(grant, accepted, cookies)) {
      assertEquals(e, EventCodec.read(EventCodec.write(e)));
    }
  }

  @Test
  @DisplayName("profile versions keep their canonical form (ProfileCodec)")
  void profiles() {
    ProfileVersion empty = new ProfileVersion(T, SubjectProfile.empty(SUBJECT));
    assertEquals("{\"subject\":\"KG-000123\",\"validFrom\":\"2024-03-01T10:00:00.123456Z\",\"birthDate\":null,"
        + "\"provided\":[],\"productLines\":[],\"openMonetaryClaim\":false,\"lastActivity\":null,\"accountClosedAt\":null,"
        + "\"blocks\":[],\"erased\":false,\"legalHolds\":[],\"restrictedPurposes\":[]}", ProfileCodec.write(empty));
    SubjectProfile p = SubjectProfile.builder(SUBJECT)
        .birthDate(LocalDate.of(2001, 2, 3))
        .contract(Contract.since(T).withEnd(LATER).withCreditAssessmentRequired(true))
        .providedCategories(CategoryId.of("contact.email"))
        .productLines(List.of("skin-care"))
        .openMonetaryClaim(true)
        .lastActivity(T)
        .accountClosedAt(LATER)
        .blocks(List.of(Blocking.of(BlockingGround.INCOMPLETE, CategoryId.of("contact.email")), Blocking.ofSubject(BlockingGround.INCOMPLETE)))
        .erased(true)
        .legalHolds(List.of(HoldReason.DISPUTE))
        .restrictedPurposes(List.of(PurposeId.of("marketing.third-party")))
        .build();
    ProfileVersion full = new ProfileVersion(T, p);
    assertEquals("{\"subject\":\"KG-000123\",\"validFrom\":\"2024-03-01T10:00:00.123456Z\",\"birthDate\":\"2001-02-03\","
        + "\"contract\":{\"start\":\"2024-03-01T10:00:00.123456Z\",\"end\":\"2024-03-02T11:30:00Z\",\"creditAssessmentRequired\":true},"
        + "\"provided\":[\"contact.email\"],\"productLines\":[\"skin-care\"],\"openMonetaryClaim\":true,"
        + "\"lastActivity\":\"2024-03-01T10:00:00.123456Z\",\"accountClosedAt\":\"2024-03-02T11:30:00Z\","
        + "\"blocks\":[{\"categories\":[\"contact.email\"],\"ground\":\"INCOMPLETE\"},{\"categories\":[],\"ground\":\"INCOMPLETE\"}],"
        + "\"erased\":true,\"legalHolds\":[\"DISPUTE\"],\"restrictedPurposes\":[\"marketing.third-party\"]}",
        ProfileCodec.write(full));
    assertEquals(empty, ProfileCodec.read(ProfileCodec.write(empty)));
    assertEquals(full, ProfileCodec.read(ProfileCodec.write(full)));
    ProfileVersion open = new ProfileVersion(T, p.toBuilder().contract(Contract.since(T)).build());
    assertEquals(true, ProfileCodec.write(open).contains(
        "\"contract\":{\"start\":\"2024-03-01T10:00:00.123456Z\",\"end\":null,\"creditAssessmentRequired\":false}"));
  }

  @Test
  @DisplayName("business transfers keep their canonical form")
  void transfers() {
    BusinessTransfer open = BusinessTransfer.open("transfer.retail", "Buyer LLC", "SPA-7", T);
    assertEquals("15:transfer.retail;9:Buyer LLC;5:SPA-7;27:2024-03-01T10:00:00.123456Z;0:;", open.canonical());
    assertEquals("15:transfer.retail;9:Buyer LLC;5:SPA-7;27:2024-03-01T10:00:00.123456Z;20:2024-03-02T11:30:00Z;",
        open.withEnd(LATER).canonical());
  }

  @Test
  @DisplayName("R25 receipts keep their JSON form")
  void receipts() {
    Policy policy = Policies.oriflameKyrgyzstan2017();
    ConsentEvent grant = new ConsentGranted(EventId.of("e-1"), SUBJECT, Set.of(PurposeId.of("marketing.similar-goods.sms")), "1",
        T, LATER, full());
    ConsentReceipt receipt = ConsentReceipt.of(policy, grant, "subject:0123456789abcdef").orElseThrow();
    ConsentReceipt built = ConsentReceipt.builder().receiptId("r-1").action("grant").consentTimestamp(T).issuedAt(LATER)
        .controller("Controller").controllerAddress("Address").jurisdiction("KG").law("Law").policyId("policy.id")
        .policyVersion("2").subjectRef("subject:0123456789abcdef")
        .purposes(List.of(new ConsentReceipt.ReceiptPurpose("p.one", Labels.of("ky", null, "en"), "CONSENT",
            List.of("contact.email"), List.of(), false, Optional.of("P1Y"))))
        .channel("EMAIL").method("SUBJECT").withdrawalChannels(List.of("EMAIL"))
        .build();
    assertEquals(GRANT_RECEIPT.replace("NOTICE", NOTICE), receipt.toJson().replace("\r\n", "\n"));
    assertEquals(BUILT_RECEIPT, built.toJson().replace("\r\n", "\n"));
  }

  private static final String GRANT_RECEIPT = """
      {
        "receiptId" : "5417f81f-eb3e-3728-88cd-afd2645d33e7",
        "version" : "oriflame-privacy-receipt/1",
        "action" : "grant",
        "consentTimestamp" : "2024-03-01T10:00:00.123456Z",
        "issuedAt" : "2024-03-02T11:30:00Z",
        "controller" : "«Oriflame Cosmetics» LLC",
        "controllerAddress" : "Bishkek, Kyrgyz Republic",
        "jurisdiction" : "KG",
        "law" : "Law No. 58 of 2008-04-14",
        "policyId" : "oriflame-kg.personal-data-protection",
        "policyVersion" : "1",
        "subjectRef" : "subject:0123456789abcdef",
        "purposes" : [ {
          "id" : "marketing.similar-goods.sms",
          "labels" : {
            "ky" : "Окшош товарлар жана кызматтар тууралуу SMS аркылуу маалымат",
            "ru" : "Информация о схожих товарах и услугах по SMS",
            "en" : "Information about similar goods and services by SMS"
          },
          "legalBasis" : "CONSENT",
          "categories" : [ "identity.full-name", "contact.mobile-phone", "commerce.purchase-history", "behaviour.products-viewed" ],
          "recipients" : [ "messaging-providers" ],
          "thirdPartyDisclosure" : true,
          "validity" : null
        } ],
        "channel" : "CAF_PAPER",
        "method" : "GUARDIAN",
        "evidenceReference" : "CAF 000123",
        "noticeHash" : "NOTICE",
        "withdrawalChannels" : [ "CAF_PAPER", "CAF_WEB", "ACCOUNT_SETTINGS", "EMAIL", "PHONE" ]
      }""";

  private static final String BUILT_RECEIPT = """
      {
        "receiptId" : "r-1",
        "version" : "oriflame-privacy-receipt/1",
        "action" : "grant",
        "consentTimestamp" : "2024-03-01T10:00:00.123456Z",
        "issuedAt" : "2024-03-02T11:30:00Z",
        "controller" : "Controller",
        "controllerAddress" : "Address",
        "jurisdiction" : "KG",
        "law" : "Law",
        "policyId" : "policy.id",
        "policyVersion" : "2",
        "subjectRef" : "subject:0123456789abcdef",
        "purposes" : [ {
          "id" : "p.one",
          "labels" : {
            "ky" : "ky",
            "ru" : null,
            "en" : "en"
          },
          "legalBasis" : "CONSENT",
          "categories" : [ "contact.email" ],
          "recipients" : [ ],
          "thirdPartyDisclosure" : false,
          "validity" : "P1Y"
        } ],
        "channel" : "EMAIL",
        "method" : "SUBJECT",
        "evidenceReference" : "",
        "noticeHash" : null,
        "withdrawalChannels" : [ "EMAIL" ]
      }""";
}
