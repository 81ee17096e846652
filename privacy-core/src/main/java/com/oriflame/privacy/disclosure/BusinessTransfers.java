package com.oriflame.privacy.disclosure;

import java.util.List;
import java.util.Optional;

/**
 * The register of business transfers (§3.3, R17), each change audited. Get it from {@code
 * PrivacyEngine#businessTransfers()}.
 *
 * <p>Stability: stable.
 */
public interface BusinessTransfers {

  /**
   * Records a transfer, or replaces the record with the same id (e.g. to end it).
   *
   * @param transfer the transfer
   */
  void record(BusinessTransfer transfer);

  /**
   * @param id a transfer id
   * @return the recorded transfer
   */
  Optional<BusinessTransfer> find(String id);

  /** @return every recorded transfer, in id order */
  List<BusinessTransfer> all();
}
