package com.oriflame.privacy.policy;

import java.util.EnumSet;
import java.util.Set;

/**
 * The processing operations the policy lists at the end of §2 (R20). "All other actions" is not an
 * operation of its own: a host maps its action to the nearest of these.
 *
 * <p>Three groupings are shared by the linter and the decision engine, so both mean the same: the
 * operations that {@linkplain #writes() write} data (R23), that {@linkplain #discloses() disclose}
 * it to someone else (R25, R40) and that {@linkplain #disposes() dispose} of it (retention, R39).
 *
 * <p>Stability: stable.
 */
public enum Operation {
  /** Collection (сбор). */
  COLLECTION,
  /** Systematization (систематизация). */
  SYSTEMATIZATION,
  /** Accumulation (накопление). */
  ACCUMULATION,
  /** Storage (хранение). */
  STORAGE,
  /** Clarification: updating, changing (уточнение). */
  CLARIFICATION,
  /** Use (использование). */
  USE,
  /** Dissemination, including transfer to a recipient (распространение). */
  DISSEMINATION,
  /** Depersonalization (обезличивание). */
  DEPERSONALIZATION,
  /** Blocking: processing stops, the data is kept (блокирование). */
  BLOCKING,
  /** Destruction (уничтожение). */
  DESTRUCTION,
  /** Cross-border transfer (трансграничная передача), §2 and §4. */
  CROSS_BORDER_TRANSFER;

  private static final Set<Operation> WRITES =
      EnumSet.of(COLLECTION, SYSTEMATIZATION, ACCUMULATION, STORAGE, CLARIFICATION);
  private static final Set<Operation> DISCLOSES = EnumSet.of(DISSEMINATION, CROSS_BORDER_TRANSFER);
  private static final Set<Operation> DISPOSES = EnumSet.of(DEPERSONALIZATION, BLOCKING, DESTRUCTION);

  /**
   * @return whether the operation writes data into the operator's systems: collection,
   *     systematization, accumulation, storage or clarification (never allowed on never-stored
   *     data, §4, R23)
   */
  public boolean writes() {
    return WRITES.contains(this);
  }

  /** @return whether the operation hands data to someone else: dissemination or cross-border transfer */
  public boolean discloses() {
    return DISCLOSES.contains(this);
  }

  /**
   * @return whether the operation disposes of data: depersonalization, blocking or destruction
   *     (what a retention rule's action asks for once its period has run out)
   */
  public boolean disposes() {
    return DISPOSES.contains(this);
  }
}
