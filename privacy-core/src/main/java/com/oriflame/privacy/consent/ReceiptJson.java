package com.oriflame.privacy.consent;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.oriflame.privacy.policy.Language;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The JSON mapping of receipts; the only place Jackson touches them. Writes a fixed form, whatever the API types look like. */
final class ReceiptJson {
  private static final ObjectWriter WRITER;

  static {
    SimpleModule module = new SimpleModule("privacy-receipts");
    module.addSerializer(Instant.class, new StdSerializer<Instant>(Instant.class) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toString());
      }
    });
    WRITER = JsonMapper.builder().addModule(module).enable(SerializationFeature.INDENT_OUTPUT).build().writer();
  }

  private ReceiptJson() {}

  static String write(ConsentReceipt r) {
    List<Line> lines = new ArrayList<>(r.purposes().size());
    for (ConsentReceipt.ReceiptPurpose p : r.purposes()) {
      Names names = new Names(p.labels().get(Language.KY).orElse(null), p.labels().get(Language.RU).orElse(null),
          p.labels().get(Language.EN).orElse(null));
      lines.add(new Line(p.id(), names, p.legalBasis(), p.categories(), p.recipients(), p.thirdPartyDisclosure(),
          p.validity().orElse(null)));
    }
    Receipt json = new Receipt(r.receiptId(), r.version(), r.action(), r.consentTimestamp(), r.issuedAt(), r.controller(),
        r.controllerAddress(), r.jurisdiction(), r.law(), r.policyId(), r.policyVersion(), r.subjectRef(), lines, r.channel(),
        r.method(), r.evidenceReference(), r.noticeHash().orElse(null), r.withdrawalChannels());
    try {
      return WRITER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("receipt could not be serialised", e);
    }
  }

  // The written form, field for field and in this order (receipt format oriflame-privacy-receipt/1);
  // absent values are written as null. Change it only with a new format version.

  record Receipt(
      String receiptId,
      String version,
      String action,
      Instant consentTimestamp,
      Instant issuedAt,
      String controller,
      String controllerAddress,
      String jurisdiction,
      String law,
      String policyId,
      String policyVersion,
      String subjectRef,
      List<Line> purposes,
      String channel,
      String method,
      String evidenceReference,
      String noticeHash,
      List<String> withdrawalChannels) {}

  record Line(
      String id, Names labels, String legalBasis, List<String> categories, List<String> recipients,
      boolean thirdPartyDisclosure, String validity) {}

  record Names(String ky, String ru, String en) {}
}
