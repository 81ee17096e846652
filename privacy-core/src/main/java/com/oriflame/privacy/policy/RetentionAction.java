package com.oriflame.privacy.policy;

/**
 * What happens to data when its retention period has run out.
 *
 * <p>Stability: stable.
 */
public enum RetentionAction {
  /** Destroy the data (уничтожение). */
  DELETE,
  /** Depersonalize it so it no longer relates to the subject (обезличивание). */
  DEPERSONALIZE,
  /** Block it: keep it, stop processing it (блокирование). */
  BLOCK
}
