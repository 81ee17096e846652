package com.oriflame.privacy.consent;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;

/** The JSON mapping of receipts; the only place Jackson touches them. */
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

  static String write(ConsentReceipt receipt) {
    try {
      return WRITER.writeValueAsString(receipt);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("receipt could not be serialised", e);
    }
  }
}
