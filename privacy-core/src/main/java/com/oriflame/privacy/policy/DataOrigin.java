package com.oriflame.privacy.policy;

/**
 * Where data of a category comes from (§1.1–§1.3).
 *
 * <p>Stability: stable.
 */
public enum DataOrigin {
  /** Given by the subject: forms, letters, calls (§1.1). */
  SUBJECT,
  /** Collected automatically on visits and calls (§1.2). */
  AUTOMATIC,
  /** Received from other sources: other sites, partners, agencies (§1.3). */
  OTHER_SOURCES
}
