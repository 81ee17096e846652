package com.oriflame.privacy.testing;

import static com.oriflame.privacy.testing.ContractEvents.draft;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.audit.VerificationResult;
import com.oriflame.privacy.spi.AuditLog;
import com.oriflame.privacy.spi.Stores;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The contract every {@link AuditLog} must pass. */
public abstract class AuditLogContract {
  /** The stores under test, fresh for each test. */
  protected Stores stores;

  /** @return new, empty stores */
  protected abstract Stores newStores();

  /** Creates the stores for a test. */
  @BeforeEach
  protected void createStores() {
    stores = newStores();
  }

  private AuditLog log() {
    return stores.audit();
  }

  @Test
  @DisplayName("an empty log is intact and has the empty head")
  void empty() {
    assertEquals(ChainHead.EMPTY, log().head());
    assertEquals(List.of(), log().read(1, 10));
    VerificationResult v = log().verify();
    assertTrue(v.intact());
    assertEquals(0, v.verified());
  }

  @Test
  @DisplayName("records are numbered from 1 and linked by hash; the head follows the last")
  void linking() {
    AuditRecord first = log().append(draft(1));
    AuditRecord second = log().append(draft(2));
    assertEquals(1, first.sequence());
    assertEquals(AuditChain.GENESIS, first.previousHash());
    assertEquals(2, second.sequence());
    assertEquals(first.hash(), second.previousHash());
    assertEquals(log().chain().hash(first.hash(), 2, draft(2)), second.hash());
    assertEquals(ChainHead.of(second), log().head());
    assertEquals(List.of(first, second), log().read(1, 10));
    assertEquals(draft(2), log().read(2, 1).get(0).draft());
  }

  @Test
  @DisplayName("verification pages through a log longer than one page")
  void paging() {
    for (int i = 1; i <= 2_345; i++) {
      log().append(draft(i));
    }
    assertEquals(1_000, log().read(1, 1_000).size());
    assertEquals(345, log().read(2_001, 1_000).size());
    assertEquals(2_001, log().read(2_001, 1).get(0).sequence());
    VerificationResult v = log().verify();
    assertTrue(v.intact(), v::problem);
    assertEquals(2_345, v.verified());
  }

  @Test
  @DisplayName("verify() reports an intact chain while another writer appends")
  void verifyWhileWriting() throws Exception {
    for (int i = 1; i <= 50; i++) {
      log().append(draft(i));
    }
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try {
      Future<?> writes = writer.submit(() -> {
        for (int i = 0; i < 200; i++) {
          log().append(draft(10_000 + i));
        }
        return null;
      });
      while (!writes.isDone()) {
        VerificationResult v = log().verify();
        assertTrue(v.intact(), v::problem);
      }
      writes.get(60, TimeUnit.SECONDS);
    } finally {
      writer.shutdownNow();
    }
    assertTrue(log().verify().intact());
  }

  @Test
  @DisplayName("concurrent writers keep the chain valid")
  void concurrentWriters() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          for (int i = 0; i < 50; i++) {
            log().append(draft(thread * 1_000 + i));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(200, log().head().sequence());
    assertTrue(log().verify().intact(), () -> log().verify().problem());
  }
}
