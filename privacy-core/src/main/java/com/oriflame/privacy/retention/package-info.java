/**
 * Retention that runs (§6.2, R29, Law L7): the legal-hold register, the planner that lists every
 * action due over the subject base for an instant (delete, depersonalize, block per category and
 * source) as data and as a readable dry-run report, and the executor that applies a plan through
 * the host's {@link com.oriflame.privacy.spi.PersonalDataSource}s in batches, idempotently and
 * resumably. Get it from {@code PrivacyEngine#retention()}.
 */
package com.oriflame.privacy.retention;
