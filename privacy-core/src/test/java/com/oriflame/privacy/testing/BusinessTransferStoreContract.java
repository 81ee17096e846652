package com.oriflame.privacy.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.spi.BusinessTransferStore;
import com.oriflame.privacy.spi.Stores;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract every {@link BusinessTransferStore} must pass. */
public abstract class BusinessTransferStoreContract {
  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  private static AuditDraft audit() {
    return new AuditDraft(ContractEvents.T0, "business-transfer.recorded", "", "1", Map.of("transfer", "t"));
  }

  @Test
  @DisplayName("transfers are recorded whole, in id order; recording the same id again replaces it; each write is audited")
  void recordAndReplace() {
    BusinessTransfer b = BusinessTransfer.open("transfer.b", "Buyer B LLC", "SPA-2", Instant.parse("2025-01-01T00:00:00.000001Z"));
    BusinessTransfer a = BusinessTransfer.open("transfer.a", "«Покупатель» ОсОО", "SPA-1", Instant.parse("2025-02-01T00:00:00Z"));
    stores.businessTransfers().record(b, audit());
    stores.businessTransfers().record(a, audit());
    assertEquals(List.of(a, b), stores.businessTransfers().all());
    BusinessTransfer ended = b.withEnd(Instant.parse("2025-06-30T12:00:00Z"));
    stores.businessTransfers().record(ended, audit());
    assertEquals(List.of(a, ended), stores.businessTransfers().all());
    assertEquals(3, stores.audit().head().sequence());
    assertTrue(stores.audit().verify().intact());
  }
}
