package com.oriflame.privacy.spi;

import com.oriflame.privacy.consent.ConsentEvent;
import java.util.Objects;

/**
 * What {@link ConsentStore#append} did.
 *
 * <p>Stability: stable (service-provider interface).
 *
 * @param event the stored event (the earlier one, for a retry)
 * @param appended {@code true} if this call stored it, {@code false} if it was already stored
 */
public record AppendResult(ConsentEvent event, boolean appended) {

  /**
   * Rejects a missing event.
   *
   * @param event the stored event (the earlier one, for a retry)
   * @param appended {@code true} if this call stored it, {@code false} if it was already stored
   */
  public AppendResult {
    Objects.requireNonNull(event, "event");
  }
}
