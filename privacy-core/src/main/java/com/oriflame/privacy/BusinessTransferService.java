package com.oriflame.privacy;

import com.oriflame.privacy.audit.AuditDraft;
import com.oriflame.privacy.disclosure.BusinessTransfer;
import com.oriflame.privacy.disclosure.BusinessTransfers;
import com.oriflame.privacy.internal.Digests;
import com.oriflame.privacy.policy.Policy;
import com.oriflame.privacy.spi.Stores;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The register of business transfers behind {@link PrivacyEngine#businessTransfers()}. */
final class BusinessTransferService implements BusinessTransfers {
  private final Policy policy;
  private final Stores stores;
  private final Clock clock;

  BusinessTransferService(Policy policy, Stores stores, Clock clock) {
    this.policy = policy;
    this.stores = stores;
    this.clock = clock;
  }

  @Override
  public void record(BusinessTransfer transfer) {
    Objects.requireNonNull(transfer, "transfer must not be null");
    Map<String, String> details = new TreeMap<>();
    details.put("transfer", transfer.id());
    details.put("digest", Digests.sha256(transfer.canonical()));
    details.put("start", transfer.start().toString());
    transfer.end().ifPresent(end -> details.put("end", end.toString()));
    stores.businessTransfers().record(transfer, new AuditDraft(clock.instant(), "business-transfer.recorded", "", policy.version(),
        details));
  }

  @Override
  public Optional<BusinessTransfer> find(String id) {
    Objects.requireNonNull(id, "id must not be null");
    return all().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  @Override
  public List<BusinessTransfer> all() {
    return stores.businessTransfers().all();
  }
}
