package com.oriflame.privacy.memory;

import com.oriflame.privacy.audit.AuditChain;
import com.oriflame.privacy.audit.AuditRecord;
import com.oriflame.privacy.audit.ChainHead;
import com.oriflame.privacy.consent.ConsentEvent;
import com.oriflame.privacy.consent.EventId;
import com.oriflame.privacy.consent.ProfileVersion;
import com.oriflame.privacy.consent.SubjectId;
import com.oriflame.privacy.spi.Stores;
import com.oriflame.privacy.testing.LedgerIntegrityContract;
import java.time.Instant;
import java.util.List;

/** The ledger-integrity contract on the in-memory stores, tampered with through their maps. */
class InMemoryLedgerIntegrityTest extends LedgerIntegrityContract {

  @Override
  protected Stores newStores(AuditChain chain) {
    return InMemoryStores.create(chain);
  }

  @Override
  protected Tamper tamper(Stores stores) {
    InMemoryStores s = (InMemoryStores) stores;
    InMemoryConsentStore c = s.consents;
    return new Tamper() {
      @Override
      public void deleteEvent(EventId id) {
        ConsentEvent e = c.byId.remove(id);
        c.byHolder.values().forEach(list -> list.remove(e));
      }

      @Override
      public void replaceEvent(ConsentEvent edited) {
        deleteEvent(edited.id());
        insertEvent(edited);
      }

      @Override
      public void insertEvent(ConsentEvent forged) {
        c.byId.put(forged.id(), forged);
        c.index(forged.holder(), forged);
        forged.linkedBrowser().ifPresent(b -> c.index(b, forged));
      }

      @Override
      public void clearErased(SubjectId subject, Instant validFrom) {
        ProfileVersion v = s.subjects.versions.get(subject).get(validFrom);
        s.subjects.versions.get(subject).put(validFrom, new ProfileVersion(validFrom, v.profile().toBuilder().erased(false).build()));
      }

      @Override
      public void rewriteAudit(List<AuditRecord> records, ChainHead head) {
        for (AuditRecord r : records) {
          s.audit.records.set((int) r.sequence() - 1, r);
        }
        s.audit.head = head;
      }

      @Override
      public void truncateAudit(long keep, ChainHead head) {
        s.audit.records.subList((int) keep, s.audit.records.size()).clear();
        s.audit.head = head;
      }

      @Override
      public boolean corruptAuditDetails(long sequence) {
        return false;
      }

      @Override
      public boolean deleteHead() {
        return false;
      }
    };
  }
}
