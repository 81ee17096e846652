package com.oriflame.privacy.policy;

/**
 * The processing operations the policy lists at the end of §2 (R20). "All other actions" is not an
 * operation of its own: a host maps its action to the nearest of these.
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
  CROSS_BORDER_TRANSFER
}
